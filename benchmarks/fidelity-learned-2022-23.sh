#!/usr/bin/env bash
# Issue 13's cost of synthesis for the learned, line-aware model (gbt_v1) on real 2022-23 data,
# continuing from the warehouse `KEEP=1 benchmarks/fidelity-2022-23.sh` kept (imported and
# backfilled under historical-backfill; release build):
#   1. train gbt_v1 on Oct-Dec 2022 (`hindcast train`), then backfill Jan-Mar 2023 again (only the
#      predictions are stale: the registry changed), so every Jan-Mar date has gbt_v1 predictions
#   2. `hindcast fidelity` on Jan-Mar 2023 under historical-backfill (estimates stay out of the
#      features: a synthetic row gives gbt_v1 no line), and under the same profile with
#      features.estimates_as_features on (the estimated line, spread and total fill the features,
#      tagged `estimated`); per system the MAE with observed and with synthetic context
# Usage: benchmarks/fidelity-learned-2022-23.sh WAREHOUSE   (HINDCAST_BIN as in fidelity-2022-23.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:?usage: benchmarks/fidelity-learned-2022-23.sh WAREHOUSE (kept by KEEP=1 benchmarks/fidelity-2022-23.sh)}"
[ -f "$db" ] || { echo "no warehouse at $db"; exit 1; }
if [ -n "${HINDCAST_BIN:-}" ]; then
    bin="$HINDCAST_BIN"
else
    swift build -c release --product hindcast >/dev/null
    bin="$(swift build -c release --show-bin-path)/hindcast"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - profiles/historical-backfill.json "$work/historical-backfill-estimates.json" <<'PY'
import json, sys
profile = json.load(open(sys.argv[1]))
profile["name"] = "historical-backfill-estimates"
profile["description"] = "historical-backfill with the estimated line, spread and total as features"
profile["features"]["estimates_as_features"] = True
json.dump(profile, open(sys.argv[2], "w"), indent=2)
PY

echo "hindcast release build, $(nproc) cores, $(date -u +%Y-%m-%d)"
start=$(date +%s)
"$bin" train --db "$db" --start-date 2022-10-18 --end-date 2022-12-31 --profile historical-backfill \
    --out "$work/models" 2>&1 | grep -iE "rows|validation mae" | head -3
echo "trained gbt_v1 on 2022-10-18..2022-12-31 in $(( $(date +%s) - start )) s"
start=$(date +%s)
"$bin" backfill --db "$db" --start-date 2023-01-01 --end-date 2023-03-31 --profile historical-backfill 2>&1 | tail -1
echo "predicted 2023-01-01..2023-03-31 again in $(( $(date +%s) - start )) s"

for profile in historical-backfill historical-backfill-estimates; do
    echo
    echo "fidelity, 2023-01-01..2023-03-31 (synthetic side under $profile):"
    "$bin" fidelity --db "$db" --start-date 2023-01-01 --end-date 2023-03-31 --profile "$profile" \
        --profiles-dir "$work" --format json >"$work/fidelity.json"
    python3 - "$work/fidelity.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for c in r["prediction_cost"]:
    print(f"    {c['system_id']:<24} n {c['player_games']:>5}  observed {c['mae_observed']:.3f}"
          f"  synthetic {c['mae_synthetic']:.3f}  cost {c['cost']:+.3f}")
PY
done
