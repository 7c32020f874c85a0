#!/usr/bin/env bash
# Inputs larger than one scan window (8 MiB): a 12 MB single line (minified bundles, one-line
# dumps) must not crash and must place findings at the right line and column; a private key that
# straddles the window edge must be found whole.
set -euo pipefail
bin="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import random, sys
d = sys.argv[1]
random.seed(3)
words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor".split()
text = " ".join(random.choice(words) for _ in range(1_900_000))
open(f"{d}/oneline.txt", "w").write(text + " contact bob@example.com")
print(len(text) + len(" contact ") + 1, file=open(f"{d}/column", "w"))
key = "\n".join(["MIIEpAIBAAKCAQEA" + "A" * 48] * 20)
open(f"{d}/pem.txt", "w").write("x" * 8388000 + "\n-----BEGIN RSA PRIVATE KEY-----\n" + key + "\n-----END RSA PRIVATE KEY-----\ntail\n")
PY
out=$("$bin" scan "$dir/oneline.txt" --json) || { echo "FAIL: scan of a 12 MB single line exited $?"; exit 1; }
col=$(cat "$dir/column")
python3 -c "
import json, sys
r = json.loads(sys.argv[1]); col = int(sys.argv[2])
fs = [f for i in r['inputs'] for f in i['findings'] if f['type'] == 'EMAIL_ADDRESS']
assert len(fs) == 1 and fs[0]['line'] == 1 and fs[0]['column'] == col, (fs, col)
" "$out" "$col" || { echo "FAIL: e-mail at the end of a 12 MB line not at line 1, column $col"; exit 1; }
echo "ok: 12 MB single line scanned, finding at line 1 column $col"
"$bin" scan "$dir/pem.txt" | grep -q "private-key" || { echo "FAIL: private key across the 8 MiB window edge missed"; exit 1; }
echo "ok: private key across the window edge found"
