#!/usr/bin/env bash
# Where a season after the first spends its extra time (issue 15's ten-season replay): the same
# season (the bundled 2021-22, replayed as 2023-24 by shift-season.py) is imported and backfilled
# into an empty warehouse and into one that already holds 2021-22 and 2022-23 (built by
# ten-seasons.sh 2), alternately, ROUNDS times each (default 2). For each run it prints the wall
# time and splits it into the steps of the season itself, the upstream steps of earlier dates the
# plan adds, the time between steps (commits, checkpoints, bookkeeping) and the rest (opening,
# planning, preflight); then each processor's step time, averaged over the rounds.
# Usage: benchmarks/season-after-seasons.sh   (about five minutes)
#   HINDCAST_BIN=path/to/hindcast measures that binary instead of building this checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${HINDCAST_BIN:-}" ]; then swift build -c release --product hindcast >/dev/null; fi
bin="${HINDCAST_BIN:-$(swift build -c release --show-bin-path)/hindcast}"
bundled="$(swift build -c release --show-bin-path)/Hindcast_HindcastIngest.resources/Bundled/2021-22"
[ -d "$bundled" ] || bundled=Sources/HindcastIngest/Bundled/2021-22
rounds="${ROUNDS:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
HINDCAST_BIN="$bin" KEEP="$work/two.sqlite" benchmarks/ten-seasons.sh 2 >/dev/null
read -r first last < <(python3 benchmarks/shift-season.py "$bundled" "$work/season" 2021 2023)
echo "hindcast release build ($bin), $(nproc) cores, $(date -u +%Y-%m-%d), checkout at $(git rev-parse --short HEAD)"
echo "2021-22 replayed as 2023-24 ($first..$last), imported and backfilled with every processor:"
printf "%-28s %8s %8s %14s %9s %7s\n" warehouse "wall s" "steps s" "upstream s (n)" "between" "rest"
for ((round = 1; round <= rounds; round++)); do
    for kind in empty after-two; do
        db="$work/$kind-$round.sqlite"
        [ "$kind" = after-two ] && cp "$work/two.sqlite" "$db"
        benchmarks/import-folder.sh "$bin" "$db" "$work/season"
        start=$(date +%s.%N)
        "$bin" backfill --db "$db" --start-date "$first" --end-date "$last" >/dev/null 2>"$work/err" \
            || { cat "$work/err"; exit 1; }
        wall=$(echo "$(date +%s.%N) - $start" | bc -l)
        read -r steps upstream upstream_steps between < <(sqlite3 -separator ' ' "$db" "
            WITH runs AS (SELECT season_year, duration_seconds,
                (julianday(LEAD(started_at) OVER (ORDER BY run_id)) - julianday(processed_at)) * 86400 AS gap
                FROM processor_run_history
                WHERE invocation_id = (SELECT invocation_id FROM processor_run_history ORDER BY started_at DESC LIMIT 1))
            SELECT SUM(CASE WHEN season_year = 2023 THEN duration_seconds ELSE 0 END),
                SUM(CASE WHEN season_year <> 2023 THEN duration_seconds ELSE 0 END), SUM(season_year <> 2023),
                COALESCE(SUM(gap), 0) FROM runs")
        printf "%-28s %8.2f %8.2f %9.2f (%2d) %9.2f %7.2f\n" "$kind (round $round)" "$wall" "$steps" "$upstream" \
            "$upstream_steps" "$between" \
            "$(echo "$wall - $steps - $upstream - $between" | bc -l)"
        sqlite3 -separator ' ' "$db" "SELECT processor_name, SUM(duration_seconds) FROM processor_run_history
            WHERE season_year = 2023 GROUP BY processor_name" | sed "s/^/$kind /" >>"$work/processors"
    done
done
echo "step time per processor, mean over the rounds (seconds): empty, after two seasons, change"
python3 - "$work/processors" <<'PYTHON'
import collections, sys
sums = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    kind, name, seconds = line.split()
    sums[name][kind].append(float(seconds))
for name in sorted(sums, key=lambda n: -sum(sums[n]["empty"])):
    empty = sum(sums[name]["empty"]) / len(sums[name]["empty"])
    after = sum(sums[name]["after-two"]) / len(sums[name]["after-two"])
    print(f"  {name:32s} {empty:6.2f} {after:6.2f}  {100 * (after - empty) / empty:+5.1f} %")
PYTHON
