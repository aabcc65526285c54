#!/usr/bin/env bash
# Renders `hindcast report` of a real backfill with headless Chromium at a desktop (1400 px) and a
# phone (390 px) width and writes the screenshots to docs/images/ (shown in docs/report.md).
#   1. backfill the bundled 2021-22 season over START..END into a fresh warehouse (release build;
#      the default range holds the three dates with observed prop lines: 10-31, 11-02, 11-08)
#   2. hindcast report over the same range
#   3. chromium --headless --screenshot at each width, trimmed to the page's height
# Installs the Debian package `chromium` when it is missing (apt-get; needs root).
# Usage: scripts/report-screenshots.sh [START END]      (default 2021-10-19 2021-11-30)
set -euo pipefail
cd "$(dirname "$0")/.."
start="${1:-2021-10-19}" end="${2:-2021-11-30}"
if ! command -v chromium >/dev/null; then
    apt-get update >/dev/null && apt-get install -y chromium >/dev/null
fi
swift build -c release --product hindcast >/dev/null
bin="$(swift build -c release --show-bin-path)/hindcast"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" backfill --db "$work/hindcast.sqlite" --start-date "$start" --end-date "$end" >"$work/backfill.out" 2>&1 \
    || { tail -5 "$work/backfill.out"; exit 1; }
"$bin" report --db "$work/hindcast.sqlite" --start-date "$start" --end-date "$end" --out "$work/report.html"
mkdir -p docs/images
shoot() { # width height name
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --user-data-dir="$work/profile" --window-size="$1,$2" --screenshot="$work/$3.png" \
        "file://$work/report.html" >/dev/null 2>&1
    python3 scripts/png-trim.py "$work/$3.png" "docs/images/$3.png"
    echo "docs/images/$3.png: $(python3 scripts/png-trim.py --size "docs/images/$3.png"), $(du -k "docs/images/$3.png" | cut -f1) KiB"
}
shoot 1400 6000 report-1400
shoot 390 12000 report-390
