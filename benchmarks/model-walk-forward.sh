#!/usr/bin/env bash
# The learned points model, walk-forward, against the issue-14 targets. Release build, one fresh
# warehouse, default profile (or PROFILE=name):
#  1. little data: backfills 2021-10-19..2021-12-31, trains gbt_v1 on Nov-Dec 2021 only, backfills
#     January 2022 and compares gbt_v1 with the moving average and the season average there;
#  2. backfills the rest of 2021-22, imports the 2022-23 files and the real lines from
#     ../shared/data (2021-22 and 2022-23 game lines, 2022-23 DraftKings prop lines), backfills
#     2022-10-18..2022-12-31, trains gbt_v1 on 2021-10-19..2022-12-31 and backfills Jan-Apr 2023
#     (every date predicted by a model trained before it);
#  3. on Jan-Apr 2023 player-games with a DraftKings line: MAE of every system and of the line,
#     and the hit rate against the line at |edge| >= 2 and >= 3 (pushes are no bet);
#  4. on Jan-Apr 2023 player-games without a line: gbt_v1 against the season average;
#  5. with RETRAIN=monthly (default) also trains one model per month end over
#     2021-10-19..2023-03-31, re-predicts Jan-Apr 2023 with them and prints the same table;
#  6. gbt_v1, gbt_edge_v1 and ensemble_v1: hit rate on the lined player-games by |edge| bucket and by
#     confidence decile (every prediction as a bet on its edge's side, pushes no bet).
# Usage: benchmarks/model-walk-forward.sh [scratch-path] [2022-23 data folder] [shared data folder]
#   (defaults: .build-model, Data/2022-23, ../shared/data). KEEP=1 keeps the warehouse.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${1:-.build-model}"
data="${2:-Data/2022-23}"
shared="${3:-../shared/data}"
if [ ! -f "$shared/2022-23/prop_lines.csv" ]; then
    echo "skipped: $shared/2022-23/prop_lines.csv is absent (the real lines are not in the repository)"
    exit 0
fi
swift build -c release --scratch-path "$scratch" --product hindcast >/dev/null
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/hindcast"
work="$(mktemp -d)"
if [ "${KEEP:-0}" = 1 ]; then echo "warehouse: $work/walk.sqlite"; else trap 'rm -rf "$work"' EXIT; fi
db="$work/walk.sqlite"
profile=(--profile "${PROFILE:-default}")
timed() { # label, command...: runs the command, prints its last line and wall time
    local label="$1"; shift
    local start; start=$(date +%s.%N)
    "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
    printf '%-44s %8.1f s   %s\n' "$label" "$(echo "$(date +%s.%N) - $start" | bc)" "$(tail -1 "$work/out")"
}
sql() { "$bin" sql --db "$db" "$1"; }

# Hit rate and MAE on player-games of [$1, $2] with a DraftKings line, every system on the same rows.
with_line_table() {
    sql "WITH dk AS (SELECT game_date, universal_player_id, MIN(line) AS line FROM prop_lines
            WHERE bookmaker = 'draftkings' AND market = 'player_points' AND universal_player_id IS NOT NULL
            GROUP BY 1, 2),
        a AS (SELECT pa.system_id, pa.game_date, pa.player_lookup, pa.predicted_points AS p, pa.actual_points AS y,
                dk.line FROM prediction_accuracy pa
            JOIN player_prop_predictions pp ON pp.prediction_id = pa.prediction_id
            JOIN dk ON dk.game_date = pa.game_date AND dk.universal_player_id = pp.universal_player_id
            WHERE pa.game_date BETWEEN '$1' AND '$2' AND pa.is_voided = 0 AND pa.actual_points IS NOT NULL),
        keys AS (SELECT game_date, player_lookup FROM a WHERE system_id = 'gbt_v1'),
        j AS (SELECT a.* FROM a JOIN keys USING (game_date, player_lookup)),
        sys AS (SELECT system_id, COUNT(*) AS player_games, ROUND(AVG(ABS(p - y)), 3) AS mae,
                SUM(ABS(p - line) >= 2 AND y <> line) AS bets_2,
                ROUND(100.0 * SUM(ABS(p - line) >= 2 AND y <> line AND (p > line) = (y > line))
                    / NULLIF(SUM(ABS(p - line) >= 2 AND y <> line), 0), 1) AS hit_pct_2,
                SUM(ABS(p - line) >= 3 AND y <> line) AS bets_3,
                ROUND(100.0 * SUM(ABS(p - line) >= 3 AND y <> line AND (p > line) = (y > line))
                    / NULLIF(SUM(ABS(p - line) >= 3 AND y <> line), 0), 1) AS hit_pct_3
            FROM j GROUP BY system_id)
    SELECT * FROM sys
    UNION ALL SELECT 'draftkings_line', COUNT(*), ROUND(AVG(ABS(line - y)), 3), NULL, NULL, NULL, NULL
        FROM j WHERE system_id = 'gbt_v1'
    ORDER BY mae"
}

# gbt_v1, gbt_edge_v1 and ensemble_v1 on player-games of [$1, $2] with a DraftKings line, every prediction as a bet
# on its edge's side (pushes no bet), split by $3: 'edge' (|predicted - line| bucket) or 'decile'
# (prediction_accuracy.confidence_decile).
split_table() {
    local key="CASE WHEN ABS(p - line) < 1 THEN '0-1' WHEN ABS(p - line) < 2 THEN '1-2'
        WHEN ABS(p - line) < 3 THEN '2-3' WHEN ABS(p - line) < 5 THEN '3-5' ELSE '5+' END"
    if [ "$3" = decile ]; then key="printf('d%02d', decile)"; fi
    sql "WITH dk AS (SELECT game_date, universal_player_id, MIN(line) AS line FROM prop_lines
            WHERE bookmaker = 'draftkings' AND market = 'player_points' AND universal_player_id IS NOT NULL
            GROUP BY 1, 2),
        a AS (SELECT pa.system_id, pa.predicted_points AS p, pa.actual_points AS y, pa.confidence_decile AS decile,
                dk.line FROM prediction_accuracy pa
            JOIN player_prop_predictions pp ON pp.prediction_id = pa.prediction_id
            JOIN dk ON dk.game_date = pa.game_date AND dk.universal_player_id = pp.universal_player_id
            WHERE pa.game_date BETWEEN '$1' AND '$2' AND pa.is_voided = 0 AND pa.actual_points IS NOT NULL
                AND pa.system_id IN ('gbt_v1', 'gbt_edge_v1', 'ensemble_v1') AND pa.actual_points <> dk.line AND p <> dk.line)
    SELECT $key AS $3, system_id, COUNT(*) AS bets, SUM((p > line) = (y > line)) AS won,
        ROUND(100.0 * SUM((p > line) = (y > line)) / COUNT(*), 1) AS hit_pct
    FROM a GROUP BY 1, 2 ORDER BY 1, 2"
}

# gbt_v1, moving average and season average on the same graded player-games of [$1, $2] (with a
# season average before the date); $3 = 'without' limits them to player-games without a DraftKings line.
baseline_table() {
    local filter="1 = 1"
    if [ "${3:-}" = without ]; then
        filter="NOT EXISTS (SELECT 1 FROM prop_lines l WHERE l.game_date = m.game_date
            AND l.universal_player_id = m.universal_player_id AND l.market = 'player_points')"
    fi
    sql "WITH g AS (SELECT pa.game_date, pa.player_lookup, pa.system_id, pa.absolute_error, pa.season_avg_abs_error,
                pp.universal_player_id
            FROM prediction_accuracy pa JOIN player_prop_predictions pp ON pp.prediction_id = pa.prediction_id
            WHERE pa.game_date BETWEEN '$1' AND '$2' AND pa.is_voided = 0 AND pa.absolute_error IS NOT NULL),
        m AS (SELECT * FROM g WHERE system_id = 'gbt_v1'), a AS (SELECT * FROM g WHERE system_id = 'moving_average'),
        e AS (SELECT * FROM g WHERE system_id = 'ensemble_v1')
    SELECT COUNT(*) AS player_games, ROUND(AVG(m.absolute_error), 3) AS gbt_v1,
        ROUND(AVG(a.absolute_error), 3) AS moving_average, ROUND(AVG(m.season_avg_abs_error), 3) AS season_average,
        ROUND(AVG(e.absolute_error), 3) AS ensemble_v1
    FROM m JOIN a USING (game_date, player_lookup) JOIN e USING (game_date, player_lookup)
    WHERE m.season_avg_abs_error IS NOT NULL AND $filter"
}

echo "gbt_v1 walk-forward against the issue-14 targets (release build, $(nproc) cores, profile ${PROFILE:-default})"
echo
echo "== 1. trained on Nov-Dec 2021 only, predicting January 2022 =="
timed "backfill 2021-10-19..2021-12-31" "$bin" backfill --db "$db" "${profile[@]}" --start-date 2021-10-19 --end-date 2021-12-31
timed "train gbt_v1 on 2021-11-01..2021-12-31" "$bin" train --db "$db" "${profile[@]}" --start-date 2021-11-01 \
    --end-date 2021-12-31 --out "$work/gbt_v1-2021-12-31.json"
sed -n '/^trained/,$p' "$work/out"
timed "backfill 2022-01-01..2022-01-31" "$bin" backfill --db "$db" "${profile[@]}" --start-date 2022-01-01 --end-date 2022-01-31
baseline_table 2022-01-01 2022-01-31

echo
echo "== 2. trained on 2021-10-19..2022-12-31 with the real lines, predicting Jan-Apr 2023 =="
timed "backfill 2022-02-01..2022-04-10" "$bin" backfill --db "$db" "${profile[@]}" --start-date 2022-02-01 --end-date 2022-04-10
"$bin" import --db "$db" game-lines "$shared/2021-22/game_lines.csv" >/dev/null
for kind in schedule:schedule.csv games:games.csv boxscores:player_boxscores.csv inactives:inactives.csv; do
    "$bin" import --db "$db" "${kind%%:*}" "$data/${kind#*:}" >/dev/null
done
"$bin" import --db "$db" shot-zones "$shared/2022-23/player_game_shot_zones.csv" >/dev/null
"$bin" import --db "$db" prop-lines "$shared/2022-23/prop_lines.csv" >/dev/null
"$bin" import --db "$db" game-lines "$shared/2022-23/game_lines.csv" >/dev/null
echo "imported 2022-23 from $data, lines from $shared"
timed "backfill 2022-10-18..2022-12-31" "$bin" backfill --db "$db" "${profile[@]}" --start-date 2022-10-18 --end-date 2022-12-31
timed "train gbt_v1 on 2021-10-19..2022-12-31" "$bin" train --db "$db" "${profile[@]}" --start-date 2021-10-19 \
    --end-date 2022-12-31 --out "$work/gbt_v1-2022-12-31.json"
sed -n '/^trained/,$p' "$work/out"
timed "backfill 2023-01-01..2023-04-09" "$bin" backfill --db "$db" "${profile[@]}" --start-date 2023-01-01 --end-date 2023-04-09
echo
echo "Jan-Apr 2023, player-games with a DraftKings line (hit rate: % of bets at |edge| >= 2 and >= 3):"
with_line_table 2023-01-01 2023-04-09
echo
echo "Jan-Apr 2023, player-games without a line:"
baseline_table 2023-01-01 2023-04-09 without

if [ "${RETRAIN:-monthly}" != none ]; then
    echo
    echo "== 3. walk-forward retraining (${RETRAIN:-monthly}): one model per period end, Jan-Apr 2023 re-predicted =="
    timed "train gbt_v1 --retrain ${RETRAIN:-monthly}" "$bin" train --db "$db" "${profile[@]}" --start-date 2021-10-19 \
        --end-date 2023-03-31 --retrain "${RETRAIN:-monthly}" --out "$work/models"
    timed "backfill 2023-01-01..2023-04-09" "$bin" backfill --db "$db" "${profile[@]}" --start-date 2023-01-01 --end-date 2023-04-09
    "$bin" models --db "$db" | awk 'NR <= 2 || /2022-1[12]|2023/'
    echo
    echo "Jan-Apr 2023, player-games with a DraftKings line, monthly models:"
    with_line_table 2023-01-01 2023-04-09
    echo
    echo "Jan-Apr 2023, player-games without a line, monthly models:"
    baseline_table 2023-01-01 2023-04-09 without
fi

echo
echo "Jan-Apr 2023, player-games with a DraftKings line, the last models: hit rate by |edge| bucket"
split_table 2023-01-01 2023-04-09 edge
echo
echo "... and by confidence decile"
split_table 2023-01-01 2023-04-09 decile

echo
echo "training time, whole 2021-22 regular season (release):"
timed "train gbt_v1 on 2021-10-19..2022-04-10" "$bin" train --db "$db" "${profile[@]}" --model season_timing \
    --start-date 2021-10-19 --end-date 2022-04-10 --out "$work/season.json"
grep "trained in" "$work/out"
