#!/usr/bin/env bash
# End-to-end checks of `portcullis anonymize` (issue 4): on the development corpora (JSONL) and a
# CSV made from them, the output keeps every row and column, scanning it finds none of the input's
# personal values, two runs with the same key are byte-identical, another key gives other values,
# and without a key stderr says the output is not reproducible.
# Usage: scripts/e2e.d/35-anonymize.sh path/to/portcullis
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[ -x "$bin" ] || { echo "FAIL: no executable at $1" >&2; exit 1; }
repo="$(cd "$(dirname "$0")/../.." && pwd)"
eval_dir="$repo/../shared/eval"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
key="e2e-anonymize-key-0123456789"

inputs=()
if [ -d "$eval_dir" ]; then
  inputs+=("$eval_dir/pii/dev.jsonl" "$eval_dir/secrets/dev.jsonl")
  python3 - "$eval_dir/pii/dev.jsonl" "$work/pii.csv" <<'PY'
import csv, json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "category", "text"])
    for r in rows:
        w.writerow([r["id"], r["category"], r["text"]])
PY
  inputs+=("$work/pii.csv")
elif [ "${CI:-false}" = "true" ]; then
  echo "FAIL: ../shared/eval is missing" >&2; exit 1
fi
printf 'name,email,phone,ssn,notes\nAnna Schmidt,anna.schmidt@example.org,+49 30 1234567,536-22-8917,"Card 4111 1111 1111 1111, ""urgent"""\nZyxw Qwerty,zq@example.net,020 7946 0958,078-05-1120,"two\nlines"\n' > "$work/people.csv"
inputs+=("$work/people.csv")

for in in "${inputs[@]}"; do
  base=$(basename "$in"); ext="${base##*.}"
  PORTCULLIS_KEY=$key "$bin" anonymize "$in" --out "$work/a.$ext" --no-progress > "$work/report" 2>"$work/err" || { fail "$base: exit $?: $(cat "$work/err")"; continue; }
  PORTCULLIS_KEY=$key "$bin" anonymize "$in" --out "$work/b.$ext" --no-progress > /dev/null 2>&1
  cmp -s "$work/a.$ext" "$work/b.$ext" && pass "$base: two runs with the same key are byte-identical" || fail "$base: runs differ"
  PORTCULLIS_KEY="another-key-0123456789" "$bin" anonymize "$in" --out "$work/c.$ext" --no-progress > /dev/null 2>&1
  cmp -s "$work/a.$ext" "$work/c.$ext" && fail "$base: another key gave the same output" || pass "$base: another key, other values"
  if out=$(python3 "$repo/scripts/anonymize_check.py" "$bin" "$in" "$work/a.$ext" "$ext"); then pass "$out"; else fail "$base: $out"; fi
done

"$bin" anonymize "$work/people.csv" --out "$work/nokey.csv" --no-progress > /dev/null 2>"$work/nokey.err" || true
grep -q "not reproducible" "$work/nokey.err" && pass "without a key stderr says the output is not reproducible" || fail "no warning without a key"

# A plan: keep, drop and redact by column; unknown keys are errors with line and column.
printf 'default: auto\ncolumns:\n  name: redact\n  notes: drop\n' > "$work/plan.yaml"
PORTCULLIS_KEY=$key "$bin" anonymize "$work/people.csv" --plan "$work/plan.yaml" --out "$work/planned.csv" --no-progress > /dev/null 2>&1
head -1 "$work/planned.csv" | grep -qx "name,email,phone,ssn" && grep -q "^\[PERSON\]," "$work/planned.csv" \
  && pass "plan: notes dropped, names redacted" || fail "plan: $(cat "$work/planned.csv")"
printf 'columns:\n  name: scramble\n' > "$work/bad.yaml"
rc=0; "$bin" anonymize "$work/people.csv" --plan "$work/bad.yaml" --out "$work/x.csv" > /dev/null 2>"$work/bad.err" || rc=$?
[ "$rc" = 64 ] && grep -q "bad.yaml:2:9: columns.name: 'scramble' is not an action" "$work/bad.err" && pass "bad plan: exit 64 naming line and column" \
  || fail "bad plan rc=$rc $(cat "$work/bad.err")"

# A CSV whose first row is data, not a header, is never copied through; a plan naming a column the
# file lacks is an error (it would leave data unprotected).
printf 'Anna Schmidt,anna.schmidt@example.de,+49 30 1234567\nJohn Miller,john@example.com,+44 20 7946 0958\n' > "$work/nohdr.csv"
PORTCULLIS_KEY=$key "$bin" anonymize "$work/nohdr.csv" --out "$work/nohdr.out.csv" --no-progress > /dev/null 2>&1
[ "$(wc -l < "$work/nohdr.out.csv")" = 2 ] && ! grep -q "Anna Schmidt\|anna.schmidt" "$work/nohdr.out.csv" \
  && pass "headerless CSV: first row anonymised as data" || fail "headerless CSV: $(cat "$work/nohdr.out.csv")"
printf 'default: keep\ncolumns:\n  e-mail: pseudonymize\n' > "$work/typo-plan.yaml"
rc=0; PORTCULLIS_KEY=$key "$bin" anonymize "$work/people.csv" --plan "$work/typo-plan.yaml" --out "$work/y.csv" > /dev/null 2>"$work/typo-plan.err" || rc=$?
[ "$rc" = 64 ] && grep -q "does not have: e-mail" "$work/typo-plan.err" && pass "plan naming a missing column: exit 64" || fail "plan typo rc=$rc"

[ "$failures" = 0 ] && echo "35-anonymize: all checks passed" || { echo "35-anonymize: $failures failure(s)" >&2; exit 1; }
