#!/usr/bin/env bash
# import-folder.sh BIN DB FOLDER: imports every season file FOLDER holds (schedule, games, box
# scores, inactive lists, prop lines, shot zones, in that order) into DB with the hindcast at BIN;
# on a failed import prints its error and exits 1. Used by ten-seasons.sh and season-after-seasons.sh.
set -euo pipefail
bin="$1" db="$2" folder="$3"
for pair in schedule:schedule.csv games:games.csv boxscores:player_boxscores.csv inactives:inactives.csv \
    prop-lines:prop_lines.csv shot-zones:player_game_shot_zones.csv; do
    [ -f "$folder/${pair#*:}" ] || continue
    if ! errors=$("$bin" import --db "$db" "${pair%%:*}" "$folder/${pair#*:}" 2>&1 >/dev/null); then
        echo "$errors" >&2
        exit 1
    fi
done
