#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Issue 3's numbers, measured and printed (not asserted: a benchmark, not a test).
#   1. leadpact-cli demo --leads 1000000: wall time (goal < 60 s), peak memory, database size;
#   2. leadpact-cli leads list --status New --limit 50 on that database: wall time of the whole
#      process, median and worst of 20 runs (goal < 50 ms).
# Usage: tests/bench/foundation.sh [BUILD_DIR] [LEADS]   (default build/full or build/core, 1000000)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-}
if [ -z "$build" ]; then
    for candidate in "$root/build/full" "$root/build/core"; do
        if [ -x "$candidate/bin/leadpact-cli" ]; then build=$candidate; break; fi
    done
fi
cli="$build/bin/leadpact-cli"
[ -x "$cli" ] || { echo "foundation.sh: build first (scripts/build.sh); no $cli" >&2; exit 1; }
leads=${2:-1000000}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite"

"$cli" --db "$db" init >/dev/null
echo "== demo --leads $leads (seed 42, 12 weeks, ending 2026-11-20)"
/usr/bin/time -f '%e %M' -o "$work/time" \
    "$cli" --db "$db" demo --leads "$leads" --seed 42 --weeks 12 --end 2026-11-20
read -r seconds peak_kb < "$work/time"
size=$(stat -c %s "$db")
wal=$(stat -c %s "$db-wal" 2>/dev/null || echo 0)
printf 'demo wall time:      %s s   (goal < 60 s)\n' "$seconds"
printf 'demo peak RSS:       %d MB\n' $((peak_kb / 1024))
printf 'database size:       %d MB (+ %d MB WAL)\n' $((size / 1048576)) $((wal / 1048576))

echo "== leads list --status New --limit 50, 20 runs (whole process: start, open, query, print)"
times=()
for _ in $(seq 20); do
    start=$(date +%s%N)
    "$cli" --db "$db" leads list --status New --limit 50 >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
awk -v median="${sorted[9]}" -v worst="${sorted[19]}" 'BEGIN {
    printf "leads list median:   %.1f ms   worst %.1f ms   (goal < 50 ms)\n", median / 1000, worst / 1000
}'
