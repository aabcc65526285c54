#!/usr/bin/env bash
# Issue 9's benchmark: release build, fresh warehouses, real data.
#   1. import the bundled 2021-22 season
#   2. backfill the whole 2021-22 regular season with every processor (wall time, peak memory,
#      time per processor from the run history)
#   3. the same for two seasons (2021-22 then 2022-23, from Data/2022-23, with the shot zones from
#      ../shared/data/2022-23: NBA.com data with no licence stated, kept out of the repository) in one warehouse
#   4. re-run one date inside the finished season (--no-resume)
# Usage: benchmarks/season-backfill.sh            (prints figures; takes about two minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product hindcast >/dev/null
bin="$(swift build -c release --show-bin-path)/hindcast"
bundled="$(swift build -c release --show-bin-path)/Hindcast_HindcastIngest.resources/Bundled/2021-22"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
timed() { # label, command...: prints wall seconds and peak RSS of the command
    local label="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err"; exit 1; }
    read -r seconds kb <"$work/time"
    printf "%-52s %7.2f s   peak %6.1f MB\n" "$label" "$seconds" "$(echo "$kb / 1024" | bc -l)"
    echo "$seconds" >"$work/last"
}
cat >"$work/import.sh" <<'SCRIPT'
#!/usr/bin/env bash
# import.sh BIN DB FOLDER kind:file...
set -euo pipefail
bin="$1" db="$2" folder="$3"; shift 3
for pair in "$@"; do "$bin" import --db "$db" "${pair%%:*}" "$folder/${pair#*:}" >/dev/null; done
SCRIPT
chmod +x "$work/import.sh"
import_season() { "$work/import.sh" "$bin" "$@"; }
season_files=(schedule:schedule.csv games:games.csv boxscores:player_boxscores.csv inactives:inactives.csv)

echo "hindcast release build, $(nproc) cores, $(date -u +%Y-%m-%d)"
one="$work/one.sqlite"
timed "import bundled 2021-22 season" "$work/import.sh" "$bin" "$one" "$bundled" "${season_files[@]}" prop-lines:prop_lines.csv
timed "backfill 2021-22 regular season, every processor" \
    "$bin" backfill --db "$one" --start-date 2021-10-19 --end-date 2022-04-10
one_season=$(cat "$work/last")
echo "time per processor (sum of step durations, seconds):"
sqlite3 "$one" "SELECT printf('  %-32s %6.2f  (%d dates)', processor_name, SUM(duration_seconds), COUNT(*))
    FROM processor_run_history GROUP BY processor_name ORDER BY SUM(duration_seconds) DESC"
timed "re-run one date (2022-02-01) in the finished season" \
    "$bin" backfill --db "$one" --start-date 2022-02-01 --end-date 2022-02-01 --no-resume

two="$work/two.sqlite"
import_season "$two" "$bundled" "${season_files[@]}" prop-lines:prop_lines.csv
zones=../shared/data/2022-23
[ -f "$zones/player_game_shot_zones.csv" ] || { echo "missing $zones/player_game_shot_zones.csv (the shared data)"; exit 1; }
import_season "$two" Data/2022-23 "${season_files[@]}"
import_season "$two" "$zones" shot-zones:player_game_shot_zones.csv
timed "backfill 2021-22 regular season (two-season warehouse)" \
    "$bin" backfill --db "$two" --start-date 2021-10-19 --end-date 2022-04-10
first=$(cat "$work/last")
timed "backfill 2022-23 regular season (two-season warehouse)" \
    "$bin" backfill --db "$two" --start-date 2022-10-18 --end-date 2023-04-09
second=$(cat "$work/last")
printf "two seasons: %.2f s = %.2f x one season\n" "$(echo "$first + $second" | bc -l)" \
    "$(echo "($first + $second) / $one_season" | bc -l)"
