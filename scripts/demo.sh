#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds LeadPact (full, Release) and starts the GUI on an embedded
# SQLite demo database, created with demo data on the first run.
#
#   scripts/demo.sh [arguments passed on to leadpact]
#
#   LEADPACT_DEMO_DB  the demo database (default: ~/.local/share/LeadPact/demo.sqlite)
#
# Without $DISPLAY and $WAYLAND_DISPLAY the GUI runs under xvfb-run (headless machines,
# screenshots).
set -euo pipefail

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'demo: error: %s\n' "$*" >&2; exit 1; }

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

say "Checking Debian packages"
bash scripts/setup-deps.sh

say "Building LeadPact (full, Release)"
bash scripts/build.sh full Release

gui=build/full/bin/leadpact
cli=build/full/bin/leadpact-cli
[[ -x "$gui" ]] || die "$gui was not built."
[[ -x "$cli" ]] || die "$cli was not built."

DB="${LEADPACT_DEMO_DB:-$HOME/.local/share/LeadPact/demo.sqlite}"

if [[ -e "$DB" ]]; then
    say "Using the existing demo database $DB"
else
    say "Creating the demo database $DB (20000 leads, 12 weeks, seed 42)"
    mkdir -p "$(dirname "$DB")"
    # A half-written database would be reused by the next run: remove it unless creation
    # finishes (failure, Ctrl+C).
    discard_db() {
        rm -f "$DB" "$DB-wal" "$DB-shm"
        printf 'demo: error: creating the demo database failed; removed %s\n' "$DB" >&2
    }
    trap discard_db EXIT
    trap 'exit 130' INT TERM
    "$cli" --db "$DB" init
    "$cli" --db "$DB" demo --leads 20000 --seed 42 --weeks 12
    trap - EXIT INT TERM
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    command -v xvfb-run >/dev/null 2>&1 || die "no display and xvfb-run is missing (package xvfb)."
    say "No \$DISPLAY or \$WAYLAND_DISPLAY: starting leadpact under xvfb-run -a (virtual display, nothing shows on screen; stop it with Ctrl+C)"
    exec xvfb-run -a "$gui" --db "$DB" "$@"
fi

say "Starting leadpact --db $DB"
exec "$gui" --db "$DB" "$@"
