#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Issue 5's numbers, measured and printed (not asserted: a benchmark, not a test), on a copy of
# a large demo database (e.g. /work/bench/demo-1m.sqlite, 1,000,000 leads over 12 weeks):
#   1. all dashboard metrics for the period (the whole 12-week demo range by default), cold and
#      warm (goal < 300 ms warm), and MetricsService::funnel alone;
#   2. the same funnel as ONE hand-written SQL query in the sqlite3 shell on the same file
#      (goal: ours within 1.5x of it).
# Wall times depend on what else runs on the machine; CPU times are printed beside them.
# Usage: tests/bench/metrics.sh DB [FROM TO] [BUILD_DIR]
#   DB is migrated to the current schema first (leadpact-cli init, which writes a backup copy
#   next to it: use a copy, not the original).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
db=${1:?usage: metrics.sh DB [FROM TO] [BUILD_DIR]}
from=${2:-2026-08-28}
to=${3:-2026-11-20}
build=${4:-}
if [ -z "$build" ]; then
    for candidate in "$root/build/full" "$root/build/core"; do
        if [ -x "$candidate/bin/leadpact-bench-metrics" ]; then build=$candidate; break; fi
    done
fi
bench="$build/bin/leadpact-bench-metrics"
[ -x "$bench" ] || { echo "metrics.sh: build first; no $bench" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "metrics.sh: needs the sqlite3 shell" >&2; exit 1; }

"$build/bin/leadpact-cli" --db "$db" init

# The period's UTC bounds in the team's zone (the demo's: Europe/Moscow, UTC+3, no DST).
zone=$("$build/bin/leadpact-cli" --db "$db" policy show | sed -n 's/.*"time_zone": *"\([^"]*\)".*/\1/p')
zone=${zone:-Europe/Moscow}
start=$(TZ=$zone date -d "$from 00:00" +%s)
end=$(TZ=$zone date -d "$to 00:00 + 1 day" +%s)

echo "== leadpact: MetricsService on $db ($from .. $to, $zone)"
"$bench" "$db" "$from" "$to" 7

echo "== sqlite3 shell: the funnel as one hand-written query, 5 runs (.timer on)"
query="SELECT count(*) AS received,
  sum(missing_fields = '') AS mql,
  sum(missing_fields = '' AND first_contact_at IS NOT NULL) AS contacted,
  sum(missing_fields = '' AND status IN ('qualified', 'won', 'lost')) AS sql,
  sum(missing_fields = '' AND status = 'won') AS won,
  sum(status IN ('rejected', 'disputed')) AS rejected,
  sum(status = 'lost') AS lost
FROM leads WHERE received_at >= $start AND received_at < $end;"
{
    echo ".timer on"
    for _ in 1 2 3 4 5; do echo "$query"; done
} | sqlite3 -readonly "$db"
