#!/usr/bin/env bash
# Single-core scanning throughput (release build): the development corpora and generated mixed
# text, full detector set and each family. Extra arguments go to portcullis-bench
# (`--json`, `--mixed-mb N`, `--runs N`, `--adversarial`, `--help`).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product portcullis-bench >/dev/null
echo "$(swift --version 2>&1 | head -1)"
exec .build/release/portcullis-bench --eval-dir "${EVAL_DIR:-../shared/eval}" "$@"
