#!/usr/bin/env bash
# Adversarial inputs (a megabyte each of `@`, digits, `a.a.a.`, `-----BEGIN`, capitalised words and
# more) must scan at no worse than 3× the per-byte time of ordinary text, measured in the same run
# (issue 3, Acceptance). A ratio, not a wall-clock bound. $1 (the CLI binary) is not needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product portcullis-bench >/dev/null
.build/release/portcullis-bench --adversarial --reps 9   # best of 9 per input: a passing load spike on a shared machine does not decide
