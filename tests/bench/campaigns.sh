#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The campaign registry's number, measured and printed (a benchmark, not a test): on a copy of a
# large demo database (e.g. /work/bench/final-1m.sqlite, 1,000,000 leads), the time to add one
# campaign that matches part of the leads by landing page and utm_campaign — the set-based
# attribution of every unattributed lead it matches, with one event per lead — and then the
# time of a rename that relabels them. The migration to the current schema is timed too.
# Usage: tests/bench/campaigns.sh DB [BUILD_DIR]
#   DB is migrated first (leadpact-cli init writes a backup next to it: use a copy).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
db=${1:?usage: campaigns.sh DB [BUILD_DIR]}
build=${2:-$root/build/full}
cli="$build/bin/leadpact-cli"
[ -x "$cli" ] || { echo "campaigns.sh: build first; no $cli" >&2; exit 1; }

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

t0=$(now)
"$cli" --db "$db" init
t1=$(now)
echo "migration to the current schema: $(elapsed "$t0" "$t1") s"
for backup in "$db".v*.bak; do [ -e "$backup" ] && rm -f "$backup"; done
"$cli" --db "$db" users add bench_marketing --role marketing --as system >/dev/null 2>&1 || true
leads=$(sqlite3 -readonly "$db" "SELECT count(*) FROM leads")

t0=$(now)
"$cli" --db "$db" campaign add --name "Осенняя распродажа 2026" \
    --landing "https://promo.example.ru/lp/autumn_sale/" --utm autumn_sale \
    --promo AUTUMN26 --as bench_marketing --json | grep -E '"(id|attributed)"'
t1=$(now)
echo "add a campaign and attribute its leads among $leads: $(elapsed "$t0" "$t1") s"

t0=$(now)
"$cli" --db "$db" campaign edit "Осенняя распродажа 2026" --name "Осенняя распродажа 2026 (финал)" \
    --as bench_marketing --json | grep -E '"relabelled"'
t1=$(now)
echo "rename it, relabelling its leads: $(elapsed "$t0" "$t1") s"
