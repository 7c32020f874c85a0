#!/usr/bin/env bash
# `portcullis serve --config FILE`: a deployment file with TLS (a self-signed certificate made
# here), an OIDC provider's JWKS file and rate limits; the official openai client over HTTPS with
# OIDC bearer tokens (valid, expired, for another audience, tampered, without a mapped role) and
# an API key.
set -euo pipefail
bin="$1"
here="$(cd "$(dirname "$0")" && pwd)"
for pkg in openai cryptography; do
  python3 -c "import $pkg" 2>/dev/null || python3 -m pip install -q "$pkg" || { echo "cannot install $pkg from PyPI"; exit 1; }
done
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
python3 "$(dirname "$here")/oidc_e2e.py" make "$work"
cat >"$work/deploy.yaml" <<YAML
listen: { host: 127.0.0.1, port: 0 }
tls: { certificate: cert.pem, key: key.pem }
data_dir: d
rate_limits: { per_key: 100 }
oidc:
  issuer: https://login.e2e.test/
  audience: portcullis
  jwks_file: jwks.json
  user_claim: email
  role_claim: groups
  role_map: { ai-analysts: analyst }
YAML
# A mistake in the file is reported with its line, before anything starts.
printf 'listen: { hots: x }\n' >"$work/bad.yaml"
if "$bin" serve --config "$work/bad.yaml" >"$work/bad.out" 2>&1; then echo "a bad deployment file was accepted"; exit 1; fi
grep -q "bad.yaml:1" "$work/bad.out" || { cat "$work/bad.out"; echo "the error does not name the line"; exit 1; }
"$bin" serve --config "$work/deploy.yaml" >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 1 300); do grep -q "listening on" "$work/out" && break; sleep 0.1; done
grep -q "listening on https://" "$work/out" || { cat "$work/out" "$work/err"; echo "serve did not start with TLS"; exit 1; }
base=$(grep -o 'https://[0-9.]*:[0-9]*' "$work/out" | head -1)
demo=$(awk '/^Demo user key/ {print $NF}' "$work/out")
python3 "$(dirname "$here")/oidc_e2e.py" check "$base" "$work" "$demo"
kill -TERM "$pid"; wait "$pid" || true; pid=""
"$bin" audit verify --data-dir "$work/d" >/dev/null
echo "deployment: TLS and OIDC checked, audit chain intact"
