#!/usr/bin/env bash
# A 20-second libFuzzer smoke run of the scanner (scripts/fuzz), with FUZZ_SMOKE=1. Off by
# default: building the scanner again with the fuzzer and AddressSanitizer (and its dependencies
# in release) costs CI about seven minutes on two cores, so CI runs it only when asked; the
# offset and overlap properties it checks are also property tests in `swift test`. Skipped when
# the toolchain cannot build a `-sanitize=fuzzer` target. $1 (the CLI binary) is not needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${FUZZ_SMOKE:-0}" != "1" ]; then echo "fuzz smoke run skipped (FUZZ_SMOKE=1 runs it; scripts/fuzz SECONDS runs the fuzzer)"; exit 0; fi
echo 'int main(void){return 0;}' >/tmp/portcullis-fuzz-probe.c
if ! clang -fsanitize=fuzzer-no-link /tmp/portcullis-fuzz-probe.c -o /tmp/portcullis-fuzz-probe 2>/dev/null; then
  echo "fuzz smoke run skipped: this toolchain has no libFuzzer runtime"
  exit 0
fi
scripts/fuzz 20 2>&1 | tail -8
