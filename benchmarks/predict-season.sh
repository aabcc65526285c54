#!/usr/bin/env bash
# Builds hindcast in release mode, backfills the whole 2021-22 regular season into a fresh
# warehouse (bundled data, default profile: synthetic context, no estimated lines), and prints the
# wall time, the time each processor took, and `hindcast accuracy` by system: each system's MAE
# beside the season-average and observed-line baselines; then the three dates with real lines
# (2021-10-31..2021-11-08, profile historical-backfill): MAE and hit rate by context origin.
# Usage: benchmarks/predict-season.sh [scratch-path]   (default .build)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${1:-.build}"
swift build -c release --scratch-path "$scratch" --product hindcast >/dev/null
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/hindcast"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "backfill of the 2021-22 regular season, 2021-10-19..2022-04-10 (release build, $(nproc) cores)"
start=$(date +%s)
"$bin" backfill --db "$work/season.sqlite" --start-date 2021-10-19 --end-date 2022-04-10 2>&1 | tail -1
echo "wall time: $(( $(date +%s) - start )) s (bundled season import included)"
echo
"$bin" sql --db "$work/season.sqlite" "SELECT processor_name, ROUND(SUM(duration_seconds), 1) AS seconds,
    COUNT(*) AS dates, SUM(status = 'skipped') AS skipped FROM processor_run_history
    GROUP BY 1 ORDER BY 2 DESC"
echo
"$bin" accuracy --db "$work/season.sqlite" --format csv | awk -F, 'NR == 1 || $1 == "system" || $1 == "context_origin"'

echo
echo "the three dates with real lines: backfill 2021-10-31..2021-11-08, profile historical-backfill"
"$bin" backfill --db "$work/lines.sqlite" --start-date 2021-10-31 --end-date 2021-11-08 \
    --profile historical-backfill 2>&1 | tail -1
"$bin" accuracy --db "$work/lines.sqlite" --format csv | awk -F, 'NR == 1 || $1 == "context_origin"'
