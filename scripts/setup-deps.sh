#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages LeadPact needs to build, test and run, and skips the ones
# that are already installed. Safe to run again: with everything present it only checks.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config
    # Qt 6 (Charts needs libqt6opengl6-dev; libxkbcommon-dev silences Qt6Gui's XKB lookup)
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libxkbcommon-dev libgl-dev
    # Qt SQL drivers
    libqt6sql6-sqlite libqt6sql6-psql
    # Qt's own strings (OK, Cancel, …) in Russian
    qt6-translations-l10n
    # libraries
    catch2 libphonenumber-dev libuchardet-dev libxlsxwriter-dev qtkeychain-qt6-dev
    # the SQLite the Qt driver links, for the bulk-write path
    libsqlite3-dev
    # checks, headless GUI, Cyrillic glyphs for offscreen rendering, PDF text, XLSX reading
    sqlite3 xvfb xauth fonts-dejavu-core poppler-utils unzip
    # the libFuzzer run of the CSV reader and the mapper (scripts/fuzz.sh)
    clang libclang-rt-14-dev
)

log() { printf 'setup-deps: %s\n' "$*"; }
die() { printf 'setup-deps: error: %s\n' "$*" >&2; exit 1; }

command -v dpkg-query >/dev/null 2>&1 \
    || die "dpkg-query not found; this script supports Debian 12 (bookworm) only."

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    log "all ${#packages[@]} required packages are already installed; nothing to do."
    exit 0
fi

log "missing packages (${#missing[@]}): ${missing[*]}"

uid=$(id -u)
if [[ "$uid" -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
    log "not running as root: using sudo for apt-get."
else
    die "not running as root and sudo is not available; install as root: apt-get install ${missing[*]}"
fi

export DEBIAN_FRONTEND=noninteractive

log "running apt-get update ..."
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update \
    || die "apt-get update failed; check the network and /etc/apt/sources.list."

log "installing: ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}" \
    || die "apt-get install failed for: ${missing[*]}"

log "done: installed ${#missing[@]} package(s)."
