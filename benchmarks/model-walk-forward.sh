#!/usr/bin/env bash
# The learned points model, walk-forward: builds hindcast in release mode; in a fresh warehouse
# backfills the 2021-22 regular season (the bundled season loads itself), imports the real
# 2022-23 files, trains gbt_v1 on 2021-22, backfills the 2022-23 regular season (gbt_v1 predicts
# every date with the model trained before it), and prints the MAE of gbt_v1, the moving average
# and the season-average baseline on exactly the same graded player-games, with each step's time.
# Usage: benchmarks/model-walk-forward.sh [scratch-path] [2022-23 data folder] [2022-23 shot-zones folder]
#   (defaults: .build-model, Data/2022-23, ../shared/data/2022-23: the NBA.com shot zones carry no
#   licence, so they stay out of the repository). Set KEEP=1 to keep the warehouse and print its path.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${1:-.build-model}"
data="${2:-Data/2022-23}"
zones="${3:-../shared/data/2022-23}"
[ -f "$zones/player_game_shot_zones.csv" ] || { echo "missing $zones/player_game_shot_zones.csv (the shared data)"; exit 1; }
swift build -c release --scratch-path "$scratch" --product hindcast >/dev/null
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/hindcast"
work="$(mktemp -d)"
if [ "${KEEP:-0}" = 1 ]; then echo "warehouse: $work/walk.sqlite"; else trap 'rm -rf "$work"' EXIT; fi
db="$work/walk.sqlite"
timed() { # label, command...: runs the command, prints its last line and wall time
    local label="$1"; shift
    local start; start=$(date +%s.%N)
    "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
    printf '%-40s %8.1f s   %s\n' "$label" "$(echo "$(date +%s.%N) - $start" | bc)" "$(tail -1 "$work/out")"
}

echo "gbt_v1 walk-forward: train on 2021-22, predict 2022-23 (release build, $(nproc) cores)"
timed "backfill 2021-22 regular season" "$bin" backfill --db "$db" --start-date 2021-10-19 --end-date 2022-04-10
for kind in schedule:schedule.csv games:games.csv boxscores:player_boxscores.csv inactives:inactives.csv; do
    "$bin" import --db "$db" "${kind%%:*}" "$data/${kind#*:}" >/dev/null
done
"$bin" import --db "$db" shot-zones "$zones/player_game_shot_zones.csv" >/dev/null
echo "imported 2022-23 from $data (shot zones from $zones)"
timed "train gbt_v1 on 2021-22" "$bin" train --db "$db" --start-date 2021-10-19 --end-date 2022-04-10 \
    --out "$work/gbt_v1-2022-04-10.json"
sed -n '/^trained/,$p' "$work/out"
timed "backfill 2022-23 regular season" "$bin" backfill --db "$db" --start-date 2022-10-18 --end-date 2023-04-09
echo
echo "processor time per season (seconds):"
"$bin" sql --db "$db" "SELECT processor_name, ROUND(SUM(CASE WHEN data_date < '2022-07-01' THEN duration_seconds END), 1)
    AS s2021_22, ROUND(SUM(CASE WHEN data_date > '2022-07-01' THEN duration_seconds END), 1) AS s2022_23
    FROM processor_run_history GROUP BY 1 ORDER BY 3 DESC"
echo
echo "2022-23 walk-forward MAE on the same player-games (graded, not voided, with a season average before the date):"
"$bin" sql --db "$db" "WITH g AS (SELECT game_date, player_lookup, system_id, absolute_error,
        season_avg_abs_error, COALESCE(context_origin, 'none') AS origin FROM prediction_accuracy
        WHERE game_date BETWEEN '2022-10-18' AND '2023-04-09' AND is_voided = 0 AND absolute_error IS NOT NULL),
    m AS (SELECT * FROM g WHERE system_id = 'gbt_v1'), a AS (SELECT * FROM g WHERE system_id = 'moving_average'),
    z AS (SELECT * FROM g WHERE system_id = 'zone_matchup'),
    s AS (SELECT * FROM g WHERE system_id = 'similarity_balanced_v1'),
    e AS (SELECT * FROM g WHERE system_id = 'ensemble_v1'),
    j AS (SELECT m.origin, m.absolute_error AS gbt, a.absolute_error AS ma, m.season_avg_abs_error AS season,
            z.absolute_error AS zone, s.absolute_error AS sim, e.absolute_error AS ens
        FROM m JOIN a USING (game_date, player_lookup) JOIN z USING (game_date, player_lookup)
            JOIN s USING (game_date, player_lookup) JOIN e USING (game_date, player_lookup)
        WHERE m.season_avg_abs_error IS NOT NULL)
    SELECT context_origin, player_games, gbt_v1, moving_average, season_average, zone_matchup, similarity, ensemble_v1
    FROM (SELECT 0 AS k, 'all' AS context_origin, COUNT(*) AS player_games, ROUND(AVG(gbt), 3) AS gbt_v1,
            ROUND(AVG(ma), 3) AS moving_average, ROUND(AVG(season), 3) AS season_average,
            ROUND(AVG(zone), 3) AS zone_matchup, ROUND(AVG(sim), 3) AS similarity, ROUND(AVG(ens), 3) AS ensemble_v1
        FROM j
        UNION ALL
        SELECT 1, origin, COUNT(*), ROUND(AVG(gbt), 3), ROUND(AVG(ma), 3), ROUND(AVG(season), 3), ROUND(AVG(zone), 3),
            ROUND(AVG(sim), 3), ROUND(AVG(ens), 3)
        FROM j GROUP BY origin)
    ORDER BY k, context_origin"
echo
echo "hindcast accuracy, gbt_v1 by context origin (all graded gbt_v1 rows):"
"$bin" accuracy --db "$db" --start-date 2022-10-18 --end-date 2023-04-09 --format csv |
    awk -F, 'NR == 1 || ($1 == "context_origin" && $3 == "gbt_v1")'
