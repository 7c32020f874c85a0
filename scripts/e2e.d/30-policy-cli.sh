#!/usr/bin/env bash
# End-to-end checks of `portcullis policy`: check (valid examples, a broken file names its line),
# test (the examples' case files pass; a wrong expectation fails with exit 1), explain.
# Usage: scripts/e2e.d/30-policy-cli.sh path/to/portcullis
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[ -x "$bin" ] || { echo "FAIL: no executable at $1" >&2; exit 1; }
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
run() { local out="$1"; shift; rc=0; "$bin" policy "$@" >"$out" 2>"$out.err" || rc=$?; }

for name in policy-small-company policy-regulated policy-ai-safety; do
  run "$work/check" check "$repo/examples/$name.yaml"
  [ "$rc" = 0 ] && grep -q "valid policy" "$work/check" && pass "policy check $name" || fail "policy check $name (rc=$rc): $(cat "$work/check.err")"
  run "$work/test" test "$repo/examples/$name.yaml" --cases "$repo/examples/$name.cases.yaml"
  if [ "$rc" = 0 ] && ! grep -q FAIL "$work/test"; then pass "policy test $name: $(tail -1 "$work/test")"; else fail "policy test $name (rc=$rc)"; cat "$work/test" >&2; fi
done

# A typo is an error naming file, line and column; exit 64.
sed 's/^  max_history: 20/  max_histroy: 20/' "$repo/examples/policy-small-company.yaml" > "$work/typo.yaml"
run "$work/typo" check "$work/typo.yaml"
line=$(grep -n "max_histroy" "$work/typo.yaml" | cut -d: -f1)
[ "$rc" = 64 ] && grep -q "typo.yaml:$line:3: unknown key 'max_histroy'" "$work/typo.err" && pass "unknown key named with line and column" \
  || fail "typo: rc=$rc $(cat "$work/typo.err")"

# A case whose expectation is wrong fails the run with exit 1 and says why.
cat > "$work/wrong.cases.yaml" <<'CASES'
cases:
  - name: wrong on purpose
    principal: { roles: [staff], training: [ai-basics] }
    model: gpt-4o-mini
    prompt: "key AKIAZ7VRSQ3LMNOPQR2X"
    expect: { action: allow }
CASES
run "$work/wrong" test "$repo/examples/policy-small-company.yaml" --cases "$work/wrong.cases.yaml"
[ "$rc" = 1 ] && grep -q "action: expected allow, got block" "$work/wrong" && pass "failing case exits 1 with the difference" \
  || fail "wrong case: rc=$rc $(cat "$work/wrong")"

# explain prints the decision, the masked findings and every reason; the raw value never appears.
run "$work/explain" explain --policy "$repo/examples/policy-small-company.yaml" --role staff --training ai-basics \
  --model gpt-4o-mini --prompt "Reply to Anna Schmidt about card 4111 1111 1111 1111"
if [ "$rc" = 0 ] && grep -q "decision: ALLOW" "$work/explain" && grep -q "CREDIT_CARD → redact" "$work/explain" \
   && grep -q "people → pseudonymize" "$work/explain" && ! grep -q "4111 1111 1111 1111" "$work/explain"; then
  pass "explain shows decision, transforms and reasons, values masked"
else
  fail "explain (rc=$rc)"; cat "$work/explain" "$work/explain.err" >&2
fi

[ "$failures" = 0 ] && echo "30-policy-cli: all checks passed" || { echo "30-policy-cli: $failures failure(s)" >&2; exit 1; }
