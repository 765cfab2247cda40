#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds LeadPact both ways and runs every test:
#   1. the GUI-less variant (build/core, LEADPACT_GUI=OFF): proves core has no GUI dependency;
#   2. a 60-second libFuzzer run over the CSV reader and the import mapper (scripts/fuzz.sh);
#   3. the full variant (build/full) with its GUI tests on the offscreen Qt platform.
# Exits non-zero if any stage fails. On success ctest's closing summary is the last output.
#
#   CI=true  makes compiler warnings errors (see scripts/build.sh)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

stage=0
stages=5
section() {
    stage=$((stage + 1))
    printf '\n==================== [%d/%d] %s ====================\n' "$stage" "$stages" "$*"
}

failed=()
fail() {
    failed+=("$1")
}

section "Installing missing Debian packages"
bash scripts/setup-deps.sh

# Private runtime dir for the Qt tests: avoids "XDG_RUNTIME_DIR not set" noise and leftovers.
xdg_runtime=$(mktemp -d "${TMPDIR:-/tmp}/leadpact-check-XXXXXX")
chmod 700 "$xdg_runtime"
trap 'rm -rf "$xdg_runtime"' EXIT

section "Building the GUI-less variant (build/core, LEADPACT_GUI=OFF)"
core_built=1
bash scripts/build.sh core || { core_built=0; fail "build core"; }

section "Running the tests of the GUI-less variant (build/core)"
if ((core_built)); then
    XDG_RUNTIME_DIR="$xdg_runtime" \
        ctest --test-dir build/core --output-on-failure --no-tests=error -j2 \
        || fail "tests core"
else
    printf 'skipped: the GUI-less build failed.\n'
fi

section "Fuzzing the CSV reader and the import mapper for 60 s (clang, libFuzzer, build/fuzz)"
bash scripts/fuzz.sh 60 || fail "fuzz"

section "Building the full variant (build/full)"
full_built=1
bash scripts/build.sh full || { full_built=0; fail "build full"; }

section "Running the tests of the full variant (build/full, QT_QPA_PLATFORM=offscreen)"
# Nothing may be printed after this ctest on success: CI reads its closing summary line.
if ((full_built)); then
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$xdg_runtime" \
        ctest --test-dir build/full --output-on-failure --no-tests=error -j2 \
        || fail "tests full"
else
    printf 'skipped: the full build failed.\n'
fi

if ((${#failed[@]} > 0)); then
    printf '\ncheck: FAILED:' >&2
    printf ' [%s]' "${failed[@]}" >&2
    printf '\n' >&2
    exit 1
fi
