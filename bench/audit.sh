#!/usr/bin/env bash
# Audit log benchmark (release build): events/s with 1, 8 and 64 writers on SQLite and on a
# throwaway PostgreSQL (started here unless PORTCULLIS_TEST_DATABASE_URL names one), and verify speed.
#   bench/audit.sh [--events N] [--writers 1,8,64] [--no-payload] [--json]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product portcullis-audit-bench >/dev/null
if [ -z "${PORTCULLIS_TEST_DATABASE_URL:-}" ]; then
  eval "$(scripts/postgres.sh start)"
  trap 'scripts/postgres.sh stop' EXIT
fi
.build/release/portcullis-audit-bench --postgres "$PORTCULLIS_TEST_DATABASE_URL" "$@"
