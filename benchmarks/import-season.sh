#!/usr/bin/env bash
# Builds hindcast in release mode and prints the wall time and peak memory of importing the
# bundled 2021-22 season into a fresh warehouse (what `backfill` does on an empty warehouse).
# Usage: benchmarks/import-season.sh [runs]   (default 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
swift build -c release --product hindcast >/dev/null
bin="$(swift build -c release --show-bin-path)/hindcast"
data="$(swift build -c release --show-bin-path)/Hindcast_HindcastIngest.resources/Bundled/2021-22"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "import of the bundled 2021-22 season into a fresh warehouse (release build, $(nproc) cores)"
for run in $(seq 1 "$runs"); do
    rm -f "$work"/w.sqlite*
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" import --db "$work/w.sqlite" schedule "$data/schedule.csv" >/dev/null
    for kind in games:games.csv boxscores:player_boxscores.csv inactives:inactives.csv prop-lines:prop_lines.csv; do
        /usr/bin/time -a -f "%e %M" -o "$work/time" "$bin" import --db "$work/w.sqlite" "${kind%%:*}" "$data/${kind#*:}" >/dev/null
    done
    awk -v run="$run" '{ s += $1; if ($2 > m) m = $2 } END { printf "run %d: %.2f s wall, peak RSS %.1f MB\n", run, s, m / 1024 }' "$work/time"
done
