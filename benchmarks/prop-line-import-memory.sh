#!/usr/bin/env bash
# Peak memory of importing a 50 MB prop-line file (issue 12): the real 2022-23 DraftKings lines
# (../shared/data/2022-23/prop_lines.csv, 10,500 rows) repeated, each copy under its own
# bookmaker label and capture time before tip-off, so every row is a distinct real offer snapshot
# and no game is invented. Builds the file in a temporary directory, imports the 2022-23 schedule
# and box scores first (lines must fall in an imported season), then times the prop-line import
# with /usr/bin/time -v and prints wall time and peak RSS.
# Usage: benchmarks/prop-line-import-memory.sh [BEFORE_BINARY]
#   BEFORE_BINARY: a release `hindcast` built from an earlier commit, measured on the same file.
#   AFTER_BIN=path uses that release binary instead of building this checkout; SIZE_MB (default
#   50) sets the file size.
set -euo pipefail
cd "$(dirname "$0")/.."
source_file="../shared/data/2022-23/prop_lines.csv"
season="../shared/data/2022-23"
if [ ! -f "$source_file" ]; then
    echo "skipped: $source_file is absent (the 2022-23 lines stay in ../shared/data)"
    exit 0
fi
after="${AFTER_BIN:-}"
if [ -z "$after" ]; then
    swift build -c release --product hindcast >/dev/null
    after="$(swift build -c release --show-bin-path)/hindcast"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Copy k: bookmaker "draftkings-kNN", captured_at k minutes before the book's tip-off.
big="$work/prop_lines.csv"
awk -F, -v OFS=, -v target=$((${SIZE_MB:-50} * 1024 * 1024)) '
    { sub(/\r$/, ""); if (NR == 1) header = $0; else rows[++n] = $0 }
    END {
        print header ",captured_at"
        size = length(header) + 13
        for (k = 1; size < target; k++) {
            for (i = 1; i <= n && size < target; i++) {
                split(rows[i], f, ",")
                # tipoff_utc is field 2 (YYYY-MM-DDTHH:MM:SSZ): captured k minutes before it, same day.
                minutes = substr(f[2], 12, 2) * 60 + substr(f[2], 15, 2) - k
                if (minutes < 0) continue
                day = substr(f[2], 1, 10)
                captured = sprintf("%sT%02d:%02d:00Z", day, int(minutes / 60), minutes % 60)
                f[7] = sprintf("%s-k%02d", f[7], k)
                line = f[1]
                for (j = 2; j <= 11; j++) line = line "," f[j]
                line = line "," captured
                print line
                size += length(line) + 1
            }
        }
    }' "$source_file" > "$big"
rows=$(($(wc -l < "$big") - 1))
mb=$(awk -v b="$(stat -c %s "$big")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "prop-line file: $rows rows, $mb MB (real 2022-23 lines repeated under other bookmaker labels and capture times)"

measure() {
    local label="$1" bin="$2"
    rm -f "$work"/w.sqlite*
    "$bin" import --db "$work/w.sqlite" schedule "$season/schedule.csv" >/dev/null
    "$bin" import --db "$work/w.sqlite" boxscores "$season/player_boxscores.csv" >/dev/null
    if ! /usr/bin/time -v "$bin" import --db "$work/w.sqlite" prop-lines "$big" >"$work/out" 2>"$work/time"; then
        echo "$label: the import failed: $(head -1 "$work/time")"
        return
    fi
    cat "$work/out"
    awk -v label="$label" '
        /Elapsed \(wall clock\)/ { wall = $NF }
        /Maximum resident set size/ { rss = $NF }
        END { printf "%s: peak RSS %.0f MB, wall %s\n", label, rss / 1024, wall }' "$work/time"
}

if [ -n "${1:-}" ]; then measure "before ($1)" "$1"; fi
measure "after (this build)" "$after"
