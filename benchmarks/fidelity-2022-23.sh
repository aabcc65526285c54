#!/usr/bin/env bash
# Issue 13's benchmark: the cost of synthesis on real 2022-23 data (release build, fresh warehouse).
#   1. import both seasons (the bundled 2021-22 files, Data/2022-23) and the files kept outside the
#      repository in ../shared/data: the 2022-23 DraftKings lines, both seasons' closing game lines
#      and the 2022-23 shot zones
#   2. backfill the 2022-23 regular season under the historical-backfill profile
#   3. `hindcast fidelity` on Jan-Mar 2023: player-set and history-field agreement, each estimate
#      (points line, spread, total) against the real snapshot of the same game, and per system the
#      MAE with observed and with regenerated synthetic context on the same player-games
# Usage: benchmarks/fidelity-2022-23.sh [shared data folder]   (default ../shared/data)
#   Set KEEP=1 to keep the warehouse and print its path; HINDCAST_BIN=path to measure that release
#   binary (e.g. a copy built at an earlier commit, with its Hindcast_HindcastIngest.resources beside
#   it) instead of building this checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared/data}"
for file in 2022-23/prop_lines.csv 2022-23/game_lines.csv 2021-22/game_lines.csv 2022-23/player_game_shot_zones.csv; do
    [ -f "$shared/$file" ] || { echo "missing $shared/$file (the unlicensed lines stay in ../shared/data)"; exit 1; }
done
if [ -n "${HINDCAST_BIN:-}" ]; then
    bin="$HINDCAST_BIN"
else
    swift build -c release --product hindcast >/dev/null
    bin="$(swift build -c release --show-bin-path)/hindcast"
fi
bundled="$(dirname "$bin")/Hindcast_HindcastIngest.resources/Bundled/2021-22"
work="$(mktemp -d)"
if [ "${KEEP:-0}" = 1 ]; then echo "warehouse: $work/w.sqlite"; else trap 'rm -rf "$work"' EXIT; fi
db="$work/w.sqlite"
imp() { "$bin" import --db "$db" "$1" "$2" >/dev/null; }

echo "hindcast release build, $(nproc) cores, $(date -u +%Y-%m-%d)"
start=$(date +%s)
for pair in schedule:schedule.csv games:games.csv boxscores:player_boxscores.csv inactives:inactives.csv \
    prop-lines:prop_lines.csv; do imp "${pair%%:*}" "$bundled/${pair#*:}"; done
imp game-lines "$shared/2021-22/game_lines.csv"
for pair in schedule:schedule.csv games:games.csv boxscores:player_boxscores.csv inactives:inactives.csv; do
    imp "${pair%%:*}" "Data/2022-23/${pair#*:}"
done
imp shot-zones "$shared/2022-23/player_game_shot_zones.csv"
imp prop-lines "$shared/2022-23/prop_lines.csv"
imp game-lines "$shared/2022-23/game_lines.csv"
echo "imported both seasons and the shared lines in $(( $(date +%s) - start )) s"

start=$(date +%s)
"$bin" backfill --db "$db" --start-date 2022-10-18 --end-date 2023-04-09 --profile historical-backfill 2>&1 | tail -1
echo "backfilled the 2022-23 regular season (historical-backfill) in $(( $(date +%s) - start )) s"
"$bin" sql --db "$db" "SELECT context_origin, COUNT(*) AS rows, SUM(estimated_points_line IS NOT NULL) AS estimated_lines,
    SUM(estimated_game_spread IS NOT NULL) AS estimated_spreads FROM upcoming_player_game_context
    WHERE game_date BETWEEN '2023-01-01' AND '2023-03-31' GROUP BY 1"

echo
echo "fidelity, 2023-01-01..2023-03-31 (profile historical-backfill):"
start=$(date +%s)
"$bin" fidelity --db "$db" --start-date 2023-01-01 --end-date 2023-03-31 --profile historical-backfill \
    --format json >"$work/fidelity.json"
echo "measured in $(( $(date +%s) - start )) s"
python3 - "$work/fidelity.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"dates {len(r['dates'])}, observed player rows {r['observed_rows']}, "
      f"player set agreement {r['player_set_agreement']:.3f}, history field agreement {r['history_field_agreement']:.3f}")
for name in ("points_line", "spread", "total"):
    e = r["estimates"][name]
    print(f"  estimate {name:<12} n {e['n']:>5}  MAE {e['mae']:.3f}  bias {e['bias']:+.3f}")
print("  cost of synthesis (same player-games; MAE of predicted points):")
for c in r["prediction_cost"]:
    print(f"    {c['system_id']:<24} n {c['player_games']:>5}  observed {c['mae_observed']:.3f}"
          f"  synthetic {c['mae_synthetic']:.3f}  cost {c['cost']:+.3f}")
PY
