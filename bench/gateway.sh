#!/usr/bin/env bash
# Gateway load benchmark: `portcullis serve` (release, full pipeline, bench/gateway/policy.yaml)
# against the load kit's mock upstream, through ../shared/bench/run_gateway.sh (interleaved with
# the mock alone, so added latency and throughput ratios come from one run).
#   bench/gateway.sh            # the kit's defaults: concurrency 1 8 64, 1 KB and 8 KB, streaming
#   DURATION=5 CONCS="1 64" bench/gateway.sh
#   PORTCULLIS_BIN=/tmp/old/portcullis bench/gateway.sh   # a given binary (no build), to compare two builds
set -euo pipefail
cd "$(dirname "$0")/.."
kit=../shared/bench
[ -d "$kit" ] || { echo "the load kit $kit is missing" >&2; exit 2; }
if [ -n "${PORTCULLIS_BIN:-}" ]; then
  bin=$PORTCULLIS_BIN
else
  swift build -c release --product portcullis >/dev/null
  bin=.build/release/portcullis
fi
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; "$kit/mock/stop.sh" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$kit/mock/start.sh"
"$bin" serve --data-dir "$work/d" --port 0 --policy bench/gateway/policy.yaml --rate-limit 0 >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 1 100); do grep -q "listening on" "$work/out" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/out" | head -1)
[ -n "$url" ] || { cat "$work/out" "$work/err"; exit 1; }
key=$("$bin" keys create --data-dir "$work/d" --user bench --role analyst)
admin=$(awk '/^Admin key/ {print $NF}' "$work/out")
NAMES=portcullis MODEL=gpt-4o-mini "$kit/run_gateway.sh" "$url" "$key"
echo "== where the time goes inside Portcullis (GET /metrics, whole run)"
python3 bench/stages.py "$url" "$admin"
"$bin" audit verify --data-dir "$work/d" | head -1
