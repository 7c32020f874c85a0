#!/usr/bin/env bash
# Instructions executed inside ScanEngine.scan, counted by valgrind's callgrind: a measure that does
# not move with the load on a shared machine (wall-clock MB/s here varies by ±25 %). Compare two
# builds by this count; confirm with bench/run.sh.
#
#   bench/callgrind.sh [BENCH_BINARY] [--mixed-mb N]
#   BENCH_SET="injection only" bench/callgrind.sh   # one detector set (portcullis-bench --set)
#
# Scans the dev corpora and N MB (default 5) of mixed text, one warm-up pass and one measured pass
# each, and prints the instruction count and the 25 costliest functions (self cost).
# Needs valgrind (apt-get install valgrind). The binary's debug info is stripped from a copy first:
# valgrind 3.19 cannot read the DWARF that Swift 6.3 writes.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-}"
if [[ -z "$bin" || "$bin" == --* ]]; then
  swift build -c release --product portcullis-bench >/dev/null
  bin=.build/release/portcullis-bench
else
  shift
fi
mb=5
if [[ "${1:-}" == "--mixed-mb" ]]; then mb="$2"; fi
command -v valgrind >/dev/null || { echo "callgrind.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$bin" "$work/bench" && strip --strip-debug "$work/bench"
sets=(--no-families)
if [[ -n "${BENCH_SET:-}" ]]; then sets=(--set "$BENCH_SET"); fi
valgrind --tool=callgrind --callgrind-out-file="$work/out" --toggle-collect='*ScanEngineV4scan4utf85extra*' \
  "$work/bench" --eval-dir "${EVAL_DIR:-../shared/eval}" --mixed-mb "$mb" --runs 1 \
  "${sets[@]}" >"$work/stdout" 2>"$work/stderr"
grep -E "findings" "$work/stdout" || true
echo "instructions in ScanEngine.scan: $(grep -E 'Collected' "$work/stderr" | awk '{print $4}')"
demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
callgrind_annotate --threshold=99 "$work/out" 2>/dev/null | grep -E '^ *[0-9,]+ +\(' | sed -n '2,26p' | demangle | cut -c1-150
