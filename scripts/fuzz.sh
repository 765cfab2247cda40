#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer target over the CSV reader and the import mapper (tests/fuzz/fuzz_csv.cpp)
# for a short time: builds it with clang into build/fuzz (GUI-less, RelWithDebInfo, ASan),
# starts from the seeds in tests/fuzz/corpus and fails when the fuzzer finds a crash, a leak or
# a broken invariant, naming the input it saved.
# Usage: scripts/fuzz.sh [SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}

die() { printf 'fuzz: error: %s\n' "$*" >&2; exit 1; }
command -v clang++ >/dev/null 2>&1 || die "clang++ is missing (package clang; scripts/setup-deps.sh installs it)."

CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEADPACT_GUI=OFF >/dev/null
cmake --build build/fuzz -j"$(nproc)" --target leadpact_fuzz_csv

work=$(mktemp -d "${TMPDIR:-/tmp}/leadpact-fuzz-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/artifacts"
cp tests/fuzz/corpus/* "$work/corpus/"
printf 'fuzz: %s s over the CSV reader and the mapper\n' "$seconds"
if ! (cd "$work" && ASAN_OPTIONS=detect_leaks=1 "$OLDPWD/build/fuzz/bin/leadpact_fuzz_csv" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$work/corpus" \
        >"$work/log" 2>&1); then
    tail -n 40 "$work/log" >&2
    mkdir -p build/fuzz/crashes
    cp "$work"/artifacts/* build/fuzz/crashes/ 2>/dev/null || true
    die "the fuzzer failed; the input is kept in build/fuzz/crashes/ (replay it with build/full/bin/leadpact_fuzz_csv_replay FILE)"
fi
grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added)' "$work/log" || true
