#!/usr/bin/env bash
# Issue 15's "every table's output is unchanged": backfills the bundled 2021-22 season with two
# hindcast binaries into fresh warehouses and compares every table row by row.
#   benchmarks/compare-tables.sh OLD_BIN NEW_BIN [START END]
# Default dates: the whole 2021-22 regular season (2021-10-19 to 2022-04-10); pass e.g.
# 2021-10-19 2021-12-31 for a shorter run. Columns that hold wall-clock time or ids derived from it
# (run ids, invocation ids, started/processed/imported/created times, durations) are left out of
# the comparison; every other column of every table is compared exactly.
# Generated columns (computed by SQLite when read) are compared like stored ones. Storage columns
# the new schema adds at a table's end (e.g. v5's bits of the synthetic-field lists, from which the
# lists are generated) are named but not compared: what they hold is read through the old columns.
# Prints one line per table: rows in each warehouse and whether they are identical, then each
# warehouse's size on disk and its biggest tables and indexes; exits 1 when any table differs.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 OLD_BIN NEW_BIN [START END]" >&2; exit 2; }
old_bin="$(realpath "$1")" new_bin="$(realpath "$2")"
start="${3:-2021-10-19}" end="${4:-2022-04-10}"
bundled=Sources/HindcastIngest/Bundled/2021-22
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() { # BIN DB: imports the bundled season and backfills START..END
    local bin="$1" db="$2"
    for pair in schedule:schedule.csv games:games.csv boxscores:player_boxscores.csv \
        inactives:inactives.csv prop-lines:prop_lines.csv; do
        "$bin" import --db "$db" "${pair%%:*}" "$bundled/${pair#*:}" >/dev/null
    done
    "$bin" backfill --db "$db" --start-date "$start" --end-date "$end" >"$work/backfill.out" 2>&1 \
        || { echo "backfill with $bin failed:"; tail -5 "$work/backfill.out"; exit 1; }
}
build "$old_bin" "$work/old.sqlite"
build "$new_bin" "$work/new.sqlite"

wall_clock="'run_id','invocation_id','started_at','processed_at','duration_seconds','imported_at','created_at'"
echo "backfill $start to $end, bundled 2021-22 season; columns left out: ${wall_clock//\'/}"
printf "%-30s %9s %9s  %s\n" table old_rows new_rows result
different=0
tables=$(sqlite3 "$work/old.sqlite" "SELECT name FROM sqlite_master WHERE type='table'
    AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
for table in $tables; do
    old_columns=$(sqlite3 "$work/old.sqlite" "SELECT group_concat(name, ',') FROM pragma_table_xinfo('$table')
        WHERE name NOT IN ($wall_clock)")
    new_columns=$(sqlite3 "$work/new.sqlite" "SELECT group_concat(name, ',') FROM pragma_table_xinfo('$table')
        WHERE name NOT IN ($wall_clock)")
    # Storage columns a newer schema adds (each holds another column of its row in fewer bytes)
    # may only be added; every column of the old warehouse is compared.
    extra=$(sqlite3 "$work/new.sqlite" "SELECT group_concat(name, ',') FROM pragma_table_xinfo('$table')
        WHERE name NOT IN ($wall_clock) AND name NOT IN (SELECT name FROM pragma_table_xinfo('$table', 'old'))" \
        -cmd "ATTACH '$work/old.sqlite' AS old")
    if [ "$old_columns" != "$new_columns" ] && [ "$old_columns,$extra" != "$new_columns" ]; then
        echo "$table: columns differ"; different=1; continue
    fi
    read -r old_rows new_rows only_old only_new < <(sqlite3 -separator ' ' "$work/old.sqlite" "
        ATTACH '$work/new.sqlite' AS new;
        SELECT (SELECT COUNT(*) FROM main.$table), (SELECT COUNT(*) FROM new.$table),
            (SELECT COUNT(*) FROM (SELECT $old_columns FROM main.$table EXCEPT SELECT $old_columns FROM new.$table)),
            (SELECT COUNT(*) FROM (SELECT $old_columns FROM new.$table EXCEPT SELECT $old_columns FROM main.$table));")
    if [ "$old_rows" = "$new_rows" ] && [ "$only_old" = 0 ] && [ "$only_new" = 0 ]; then
        result=identical
    else
        result="DIFFERENT ($only_old rows only in old, $only_new only in new)"
        different=1
    fi
    [ -n "$extra" ] && result="$result (new storage columns, not compared: $extra)"
    printf "%-30s %9s %9s  %s\n" "$table" "$old_rows" "$new_rows" "$result"
done
for side in old new; do
    printf "%s warehouse: %.1f MB; biggest tables and indexes (MB):\n" "$side" \
        "$(echo "$(cat "$work/$side.sqlite" "$work/$side.sqlite-wal" 2>/dev/null | wc -c) / 1048576" | bc -l)"
    sqlite3 "$work/$side.sqlite" "SELECT printf('  %-44s %7.1f', name, SUM(pgsize) / 1048576.0) FROM dbstat
        GROUP BY name ORDER BY SUM(pgsize) DESC LIMIT 14"
done
[ "$different" = 0 ] && echo "every table identical" || { echo "some tables differ"; exit 1; }
