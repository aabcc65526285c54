#!/usr/bin/env bash
# Issue 15's scale benchmark: ten seasons in one warehouse, simulated by replaying the two real
# seasons (the bundled 2021-22 and Data/2022-23, with 2022-23's shot zones from
# ../shared/data/2022-23 when present) under shifted dates, alternately: 2021-22, 2022-23, then
# 2021-22 again as the 2023-24 season, 2022-23 as 2024-25, and so on. Each season is imported and
# its regular season backfilled with every processor; after 1, 2, 5 and 10 seasons it prints the
# cumulative time, the peak memory of the largest single command so far, and the file size.
#
# How dates move: by whole multiples of 364 days (52 weeks), not by calendar years. A replayed
# season then keeps every weekday and every gap between dates exactly (back-to-backs, rest days,
# 7/10/30-day windows, the early-season span), so each replay does the same work as the season it
# copies and growth can only come from the warehouse getting bigger. Shifting by years would move
# weekdays and add a 29 February inside some seasons (changing rest days and windows). The price:
# each replay starts about 1.25 days earlier per year than the real calendar would have it (the
# ninth season opens 2029-10-09 instead of about 2029-10-19), still in October, so the season a
# date belongs to (the newest opening day before it, August onward counting toward the next) and
# every season label stay right. Labels, game codes (date + home team), the NBA game ids of shot
# zones (their two year digits), the spelled-out local start dates, tip-off times and the source
# page names are rewritten to the new season so nothing collides with the original.
# Usage: benchmarks/ten-seasons.sh [seasons]    (default 10; prints figures, then each processor's step
#   time per season; about 10 minutes)
#   HINDCAST_BIN=path/to/hindcast measures that binary instead of building this checkout.
#   KEEP=path/to/file.sqlite keeps the final warehouse there (to inspect or time a further run).
# Last, it imports and backfills 2022-23 alone into an empty warehouse, and prints the total against
# the same mix of seasons each from empty: growth alone, without the two seasons' own difference.
set -euo pipefail
cd "$(dirname "$0")/.."
seasons="${1:-10}"
if [ -z "${HINDCAST_BIN:-}" ]; then swift build -c release --product hindcast >/dev/null; fi
bin="${HINDCAST_BIN:-$(swift build -c release --show-bin-path)/hindcast}"
bundled="$(swift build -c release --show-bin-path)/Hindcast_HindcastIngest.resources/Bundled/2021-22"
[ -d "$bundled" ] || bundled=Sources/HindcastIngest/Bundled/2021-22
zones=../shared/data/2022-23/player_game_shot_zones.csv
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

shift="benchmarks/shift-season.py"

echo "hindcast release build ($bin), $(nproc) cores, $(date -u +%Y-%m-%d), checkout at $(git rev-parse --short HEAD)"
db="$work/ten.sqlite"
total=0
peak=0
printf "%-8s %-9s %-23s %9s %9s %9s %10s\n" seasons season "regular season" "import s" "backfill s" "total s" "file MB"
for ((k = 0; k < seasons; k++)); do
    target_year=$((2021 + k))
    if ((k % 2 == 0)); then source_dir="$bundled" source_year=2021 extra=(); else
        source_dir=Data/2022-23 source_year=2022 extra=()
        [ -f "$zones" ] && extra=("$zones")
    fi
    folder="$work/season-$target_year"
    read -r first last < <(python3 "$shift" "$source_dir" "$folder" "$source_year" "$target_year" "${extra[@]}")
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/mem" benchmarks/import-folder.sh "$bin" "$db" "$folder"
    kb=$(tail -1 "$work/mem"); ((kb > peak)) && peak=$kb
    imported=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/mem" "$bin" backfill --db "$db" --start-date "$first" --end-date "$last" \
        >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    done_at=$(date +%s.%N)
    kb=$(tail -1 "$work/mem"); ((kb > peak)) && peak=$kb
    import_seconds=$(echo "$imported - $start" | bc -l)
    backfill_seconds=$(echo "$done_at - $imported" | bc -l)
    total=$(echo "$total + $import_seconds + $backfill_seconds" | bc -l)
    [ $k -eq 0 ] && one=$total
    # The file and any write-ahead log beside it (absent after a clean close: no failure under pipefail).
    bytes=$( (cat "$db" "$db-wal" 2>/dev/null || true) | wc -c)
    printf "%-8s %-9s %-23s %9.2f %9.2f %9.2f %10.1f   backfill peak %6.1f MB\n" "$((k + 1))" \
        "$target_year-$(printf %02d $(((target_year + 1) % 100)))" "$first..$last" "$import_seconds" \
        "$backfill_seconds" "$total" "$(echo "$bytes / 1048576" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
    case $((k + 1)) in
    1 | 2 | 5 | 10)
        printf "  after %2d seasons: %8.2f s = %5.2f x one season, peak memory so far %6.1f MB, warehouse %7.1f MB\n" \
            "$((k + 1))" "$total" "$(echo "$total / $one" | bc -l)" "$(echo "$peak / 1024" | bc -l)" \
            "$(echo "$bytes / 1048576" | bc -l)"
        ;;
    esac
done
# The replay alternates two different seasons, and 2022-23 does more work than 2021-22 (its shot
# zones are imported and analysed), so "x one season" above, against a 2021-22 first season, counts
# that difference as growth. The growth alone: the same total against what the same mix of seasons
# costs from an empty warehouse each, measured by importing and backfilling 2022-23 alone.
if ((seasons > 1)); then
    fresh="$work/fresh.sqlite"
    folder="$work/season-2022-alone"
    extra=()
    [ -f "$zones" ] && extra=("$zones")
    read -r first last < <(python3 "$shift" Data/2022-23 "$folder" 2022 2022 "${extra[@]}")
    start=$(date +%s.%N)
    benchmarks/import-folder.sh "$bin" "$fresh" "$folder"
    "$bin" backfill --db "$fresh" --start-date "$first" --end-date "$last" >/dev/null 2>"$work/err" \
        || { cat "$work/err"; exit 1; }
    other=$(echo "$(date +%s.%N) - $start" | bc -l)
    mix=$(echo "$(((seasons + 1) / 2)) * $one + $((seasons / 2)) * $other" | bc -l)
    printf "2022-23 alone, from an empty warehouse: %.2f s (2021-22 alone: %.2f s)\n" "$other" "$one"
    printf "  %d seasons: %.2f s = %.2f x the same mix of seasons each from empty (%.2f s)\n" \
        "$seasons" "$total" "$(echo "$total / $mix" | bc -l)" "$mix"
fi
# Where any growth is: each processor's step time (sum of its steps' durations) per season.
echo "step time per processor and season (seconds, from the run history):"
sqlite3 "$db" "SELECT printf('  %-30s', processor_name) || group_concat(printf('%6.2f', seconds), ' ') FROM (
    SELECT processor_name, season_year, SUM(duration_seconds) AS seconds FROM processor_run_history
    GROUP BY processor_name, season_year ORDER BY processor_name, season_year) GROUP BY processor_name"
if [ -n "${KEEP:-}" ]; then sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; cp "$db" "$KEEP"; fi
