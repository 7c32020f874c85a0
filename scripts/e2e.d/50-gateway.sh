#!/usr/bin/env bash
# `portcullis serve` end to end, with the official openai and anthropic Python clients (installed
# from PyPI when missing): completions plain and streamed, blocks, pseudonymisation round trip, roles, expired
# keys, a leaking stream cut at the leak, malformed bodies.
set -euo pipefail
bin="$1"
here="$(cd "$(dirname "$0")" && pwd)"
for pkg in openai anthropic; do
  if ! python3 -c "import $pkg" 2>/dev/null; then
    python3 -m pip install -q "$pkg" || { echo "cannot install the $pkg package from PyPI"; exit 1; }
  fi
done
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
"$bin" serve --data-dir "$work/d" --port 0 --policy "$here/gateway-policy.yaml" --rate-limit 40 >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 1 300); do grep -q "listening on" "$work/out" && break; sleep 0.1; done
grep -q "listening on" "$work/out" || { cat "$work/out" "$work/err"; echo "serve did not start"; exit 1; }
base=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/out" | head -1)
admin=$(awk '/^Admin key/ {print $NF}' "$work/out")
demo=$(awk '/^Demo user key/ {print $NF}' "$work/out")
norole=$("$bin" keys create --data-dir "$work/d" --user carol --role viewer)
expired=$("$bin" keys create --data-dir "$work/d" --user dave --role analyst --expires 1s)
ratekey=$("$bin" keys create --data-dir "$work/d" --user erin --role analyst)
claudekey=$("$bin" keys create --data-dir "$work/d" --user fay --role analyst)
sleep 1.2
python3 "$(dirname "$here")/gateway_e2e.py" "$base" "$demo" "$admin" "$norole" "$expired" "$ratekey"
python3 "$(dirname "$here")/anthropic_e2e.py" "$base" "$claudekey" "$admin"
# Every request was recorded, and the audit chain verifies after a graceful stop.
kill -TERM "$pid"; wait "$pid" || true; pid=""
"$bin" audit verify --data-dir "$work/d"
n=$("$bin" audit export --data-dir "$work/d" | grep -c '"action":"chat.completions"')
# One event per authenticated request that reached a decision: 48 in gateway_e2e.py (malformed
# bodies, failed authentication and rate-limited requests are refused before a decision and not recorded).
[ "$n" -ge 48 ] || { echo "expected an audit event per decided request, found $n"; exit 1; }
m=$("$bin" audit export --data-dir "$work/d" | grep -c '"action":"messages"')
# Anthropic's API: 8 decided requests in anthropic_e2e.py (the bad key is refused before a decision).
[ "$m" -ge 8 ] || { echo "expected an audit event per decided /v1/messages request, found $m"; exit 1; }
echo "gateway: $n chat completions and $m messages requests audited, chain intact"
