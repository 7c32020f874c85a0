#!/usr/bin/env bash
# Adversarial inputs (`@`, digits, `a.a.a.`, `-----BEGIN`, capitalised words and more, each one
# long text) must scan at no worse than 3× the per-byte time of ordinary text, measured in the same run
# (issue 3, Acceptance). A ratio, not a wall-clock bound. $1 (the CLI binary) is not needed.
#
# Each input is timed interleaved with ordinary text. Ratios of the same build vary between
# processes on this shared machine (in release the densest input, `1/1/2000 `, gave 2.0× to 3.2×),
# so a run over the limit is measured again in a fresh process, up to three times; a real
# regression (work growing with the input) fails all three.
set -euo pipefail
cd "$(dirname "$0")/../.."
# On the debug build `swift test` made (a release build of the scanner's dependencies would add
# about six minutes to CI on two cores): 256 KB of each input, best of 3. PortcullisCore is built
# with -O in debug too (Package.swift), so this measures optimised scanner code, as users run it;
# bench/ reports the release figures.
# ADVERSARIAL_RELEASE=1 measures the release build at 1 MB, best of 9, as before.
if [ "${ADVERSARIAL_RELEASE:-0}" = "1" ]; then
  swift build -c release --product portcullis-bench >/dev/null
  bench=(.build/release/portcullis-bench --adversarial --reps 9)
else
  swift build --product portcullis-bench >/dev/null
  bench=(.build/debug/portcullis-bench --adversarial --size-kb 256 --reps 3)
fi
for attempt in 1 2 3; do
  if "${bench[@]}"; then exit 0; fi
  echo "adversarial run $attempt over the limit; measuring again in a fresh process"
done
exit 1
