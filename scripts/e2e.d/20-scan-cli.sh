#!/usr/bin/env bash
# End-to-end checks of `portcullis scan` on small files: masking, JSON/SARIF validity, --fail-on,
# bad input messages (the scan goes on), folder recursion rules, CSV columns, the JSONL contract.
# Usage: scripts/e2e.d/20-scan-cli.sh path/to/portcullis
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[ -x "$bin" ] || { echo "FAIL: no executable at $1" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# Runs the CLI; stdout to $1, stderr to $1.err; sets $rc.
run() { local out="$1"; shift; rc=0; "$bin" scan --no-progress "$@" >"$out" 2>"$out.err" || rc=$?; }
contains() { grep -qF -- "$2" "$1"; }

ssn="219-09-9999"
ghp="ghp_R7fQ2xK9mZ4vL1sT8wY3nB6cD0hJ5gP2aE7u"
aws="AKIAZ7VRSQ3LMNOPQR2X"
mkdir -p repo/src/deep repo/node_modules/pkg repo/.git
printf 'contact: anna@example.com\nssn: %s\ntoken = "%s"\naws_access_key_id = %s\n' "$ssn" "$ghp" "$aws" > repo/src/deep/config.txt
echo "nothing sensitive here" > repo/src/clean.txt
echo "vendored anna.vendored@example.com" > repo/node_modules/pkg/index.js
echo "git object anna.git@example.com" > repo/.git/HEAD
printf 'binary\000anna.binary@example.com\n' > repo/src/blob.bin
printf 'name,email,ssn\nAnna Smith,anna@example.com,%s\nBob Jones,bob@example.org,123-45-6789\n' "$ssn" > people.csv
printf 'first anna@example.com\n\377\376 not utf-8\nlast line bob@example.org\n' > latin1.txt
printf '{"id":"a","text":"mail anna@example.com"}\n{"id":"b", broken\n{"id":"c","text":"ssn %s today","extra":1}\n' "$ssn" > eval.jsonl

# 1. Table output: findings listed, every value masked.
run table.out repo/src
contains table.out "EMAIL_ADDRESS" || fail "table lists no EMAIL_ADDRESS"
contains table.out "US_SSN" || fail "table lists no US_SSN"
for secret in "$ssn" "$ghp" "$aws" "anna@example.com"; do
  if contains table.out "$secret"; then fail "table prints a found value in full: $secret"; fi
done
pass "table output masks values"

# 2. Folder recursion: nested files found; node_modules, .git and binary files skipped.
contains table.out "src/deep/config.txt" || fail "nested file not scanned"
for skipped in anna.vendored anna.binary anna.git node_modules blob.bin; do
  if contains table.out "$skipped"; then fail "folder walk did not skip $skipped"; fi
done
contains table.out "skipped 1 binary" || fail "binary file not reported as skipped"
pass "folder recursion skips vendored folders and binary files"

# 3. --json and --sarif are valid JSON, masked; SARIF is 2.1.0 with regions.
run report.json --json repo/src people.csv
[ "$rc" = 0 ] || fail "--json exit code $rc"
python3 -m json.tool report.json >/dev/null || fail "--json output is not valid JSON"
for secret in "$ssn" "$ghp" "$aws"; do
  if contains report.json "$secret"; then fail "--json prints a found value in full: $secret"; fi
done
python3 - report.json <<'PY' || fail "--json CSV column report is wrong"
import json, sys
r = json.load(open(sys.argv[1]))
csv = [i for i in r["inputs"] if i["input"].endswith("people.csv")][0]
cols = {c["name"]: c for c in csv["columns"]}
assert cols["email"]["types"].get("EMAIL_ADDRESS") == 2, cols
assert cols["ssn"]["label"] == "restricted", cols
assert csv["rows"] == 2, csv["rows"]
assert r["label"] == "restricted", r["label"]
PY
run report.sarif --sarif repo/src
python3 -m json.tool report.sarif >/dev/null || fail "--sarif output is not valid JSON"
python3 - report.sarif <<'PY' || fail "SARIF log is not a usable 2.1.0 log"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["version"] == "2.1.0"
run = s["runs"][0]
rules = {r["id"] for r in run["tool"]["driver"]["rules"]}
assert run["results"], "no results"
for res in run["results"]:
    assert res["ruleId"] in rules
    assert res["level"] in ("error", "warning", "note", "none")
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith(".txt"), loc
    reg = loc["region"]
    assert reg["startLine"] >= 1 and reg["startColumn"] >= 1 and reg["endColumn"] > reg["startColumn"], reg
email = [r for r in run["results"] if r["ruleId"] == "EMAIL_ADDRESS"][0]
assert email["locations"][0]["physicalLocation"]["region"]["startColumn"] == 10, email
PY
for secret in "$ssn" "$ghp" "$aws"; do
  if contains report.sarif "$secret"; then fail "--sarif prints a found value in full: $secret"; fi
done
pass "--json and --sarif are valid and masked"

# 4. --fail-on: 2 when something at or above the label is found, 0 otherwise.
run f1.out --fail-on restricted repo/src/deep/config.txt
[ "$rc" = 2 ] || fail "--fail-on restricted with an SSN gave exit $rc, expected 2"
run f2.out --fail-on internal repo/src/clean.txt
[ "$rc" = 0 ] || fail "--fail-on internal on a clean file gave exit $rc, expected 0"
run f3.out --fail-on restricted --text "mail anna@example.com"
[ "$rc" = 0 ] || fail "--fail-on restricted with only an email gave exit $rc, expected 0"
pass "--fail-on exit codes"

# 5. Invalid UTF-8: message naming file and line, the scan goes on, exit 1.
run bad.out latin1.txt repo/src/deep/config.txt
[ "$rc" = 1 ] || fail "invalid UTF-8 gave exit $rc, expected 1"
contains bad.out.err "latin1.txt:2: invalid UTF-8" || fail "no invalid UTF-8 message naming latin1.txt:2: $(cat bad.out.err)"
contains bad.out "US_SSN" || fail "scan did not go on after the invalid UTF-8 file"
contains bad.out "3:" || fail "findings after the invalid line were lost"
pass "invalid UTF-8 is reported and the scan goes on"

# 6. JSONL contract: one line per input line, in order; malformed line reported, scan goes on.
run pred.jsonl --jsonl eval.jsonl
[ "$rc" = 1 ] || fail "malformed JSONL line gave exit $rc, expected 1"
contains pred.jsonl.err "eval.jsonl:2: malformed JSONL" || fail "no malformed JSONL message naming eval.jsonl:2: $(cat pred.jsonl.err)"
python3 - pred.jsonl <<'PY' || fail "--jsonl output does not follow the contract"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert [l["id"] for l in lines] == ["a", None, "c"], lines
THREATS = ("PROMPT_INJECTION", "JAILBREAK")
# every text record carries its injection score (low ones too), beside the data findings
for l in (lines[0], lines[2]):
    t = [f for f in l["findings"] if f["type"] in THREATS]
    assert len(t) == 1 and 0 <= t[0]["score"] < 0.5, l
a = [f for f in lines[0]["findings"] if f["type"] not in THREATS]
assert {"type": "EMAIL_ADDRESS", "start": 5, "end": 21} == {k: a[0][k] for k in ("type", "start", "end")}, a
assert 0 <= a[0]["score"] <= 1
assert lines[1]["findings"] == []
assert [f["type"] for f in lines[2]["findings"] if f["type"] not in THREATS] == ["US_SSN"], lines[2]
PY
rc=0; "$bin" scan --jsonl < eval.jsonl > stdin.jsonl 2>/dev/null || rc=$?
[ "$(wc -l < stdin.jsonl)" = 3 ] || fail "--jsonl from stdin did not write 3 lines"
pass "--jsonl contract and malformed lines"

# 7. Unreadable and missing files are reported; configuration errors name the key.
run missing.out does-not-exist.txt repo/src/clean.txt
[ "$rc" = 1 ] || fail "missing file gave exit $rc, expected 1"
contains missing.out.err "does-not-exist.txt" || fail "missing file not named"
printf 'labels:\n  US_SSN: restricted\nmarkrs: []\n' > bad.yaml
run cfg.out --config bad.yaml --text x
[ "$rc" = 64 ] || fail "bad config gave exit $rc, expected 64"
contains cfg.out.err "bad.yaml:3:1: unknown key 'markrs'" || fail "config error does not name key and place: $(cat cfg.out.err)"
printf 'dictionaries:\n  - name: projects\n    label: restricted\n    terms: [Project Nightjar]\n' > good.yaml
run cfg2.out --config good.yaml --fail-on restricted --text "status of project   nightjar?"
[ "$rc" = 2 ] || fail "dictionary term did not reach --fail-on restricted (exit $rc)"
contains cfg2.out "DICTIONARY_TERM (projects)" || fail "dictionary finding not shown"
pass "problems and configuration"

# 8. Help is the manual.
"$bin" scan --help | grep -q "Exit status" || fail "scan --help lacks the exit status"

if [ "$failures" -gt 0 ]; then
  echo "20-scan-cli: $failures check(s) failed" >&2
  exit 1
fi
# Datasets: numbers are scanned too, with the field name as context; an invalid UTF-8 line is
# repaired and scanned, not dropped.
ds=$(mktemp -d)
printf '{"id":"1","ssn":536221234,"card":4111111111111111}\n{"id":"2","text":"x \xff bob@example.com"}\n' > "$ds/d.jsonl"
set +e
"$bin" scan "$ds/d.jsonl" --json > "$ds/out.json" 2> "$ds/err.txt"
set -e
python3 -c "
import json, sys
r = json.load(open(sys.argv[1]))
types = sorted(f['type'] for i in r['inputs'] for f in i['findings'])
assert types == ['CREDIT_CARD', 'EMAIL_ADDRESS', 'US_SSN'], types
" "$ds/out.json" || { echo "FAIL: numeric fields or the repaired line not scanned"; exit 1; }
grep -q "d.jsonl:2: invalid UTF-8" "$ds/err.txt" || { echo "FAIL: invalid UTF-8 line not reported"; exit 1; }
"$bin" scan --jsonl "$ds/d.jsonl" > "$ds/contract.jsonl" 2>/dev/null || true
grep -q '"EMAIL_ADDRESS"' "$ds/contract.jsonl" || { echo "FAIL: --jsonl dropped the line with invalid UTF-8"; exit 1; }
rm -rf "$ds"
echo "ok: dataset numbers with field context; invalid UTF-8 lines repaired and scanned"
echo "20-scan-cli: all checks passed"
