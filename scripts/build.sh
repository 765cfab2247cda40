#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures and builds LeadPact with Ninja.
#
#   scripts/build.sh [full|core] [Release|Debug]     (default: full Release)
#
#   full  build/full: core, ui, the leadpact GUI, leadpact-cli and all tests (LEADPACT_GUI=ON)
#   core  build/core: core, leadpact-cli and the core tests, no Qt GUI module (LEADPACT_GUI=OFF)
#
# With CI=true in the environment, compiler warnings are errors (LEADPACT_WERROR=ON).
set -euo pipefail

usage() { printf 'usage: %s [full|core] [Release|Debug]\n' "${0##*/}" >&2; }
die() { printf 'build: error: %s\n' "$*" >&2; exit 1; }

variant=${1:-full}
build_type=${2:-Release}
if (($# > 2)); then
    usage
    exit 2
fi

case "$variant" in
    full) gui=ON ;;
    core) gui=OFF ;;
    -h | --help) usage; exit 0 ;;
    *) usage; die "unknown variant '$variant' (expected full or core)" ;;
esac

case "$build_type" in
    Release | Debug) ;;
    *) usage; die "unknown build type '$build_type' (expected Release or Debug)" ;;
esac

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

build_dir="build/$variant"

cmake_args=(
    -S . -B "$build_dir" -G Ninja
    -DCMAKE_BUILD_TYPE="$build_type"
    -DLEADPACT_GUI="$gui"
)
# Set explicitly either way, so a value cached by an earlier CI=true run does not stick.
werror_note=""
if [[ "${CI:-}" == "true" ]]; then
    cmake_args+=(-DLEADPACT_WERROR=ON)
    werror_note=", LEADPACT_WERROR=ON"
else
    cmake_args+=(-DLEADPACT_WERROR=OFF)
fi

# A build directory configured with another generator cannot be reused with Ninja.
cache="$build_dir/CMakeCache.txt"
if [[ -f "$cache" ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$cache"; then
    die "$build_dir was configured with another generator; remove it and run again."
fi

jobs=$(nproc)

printf 'build: configuring %s (%s, LEADPACT_GUI=%s%s) in %s\n' \
    "$variant" "$build_type" "$gui" "$werror_note" "$build_dir"
cmake "${cmake_args[@]}"

printf 'build: building %s with %s parallel jobs\n' "$build_dir" "$jobs"
cmake --build "$build_dir" --parallel "$jobs"

printf 'build: done: binaries are in %s/bin\n' "$build_dir"
