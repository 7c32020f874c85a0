#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on loopback and a unix socket.
#
#   eval "$(scripts/postgres.sh start)"   # prints: export PORTCULLIS_TEST_DATABASE_URL=… PORTCULLIS_PG_DIR=…
#   scripts/postgres.sh stop              # stops the cluster named by $PORTCULLIS_PG_DIR and deletes it
#
# Installs Debian's postgresql package when no server binaries are found (needs root or sudo).
# As root, the cluster runs as the `postgres` user (initdb refuses to run as root).
set -euo pipefail

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

case "${1:-}" in
  start)
    if ! bin=$(find_bin); then
      echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
      as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
      bin=$(find_bin) || { echo "postgres.sh: PostgreSQL did not install" >&2; exit 1; }
    fi
    dir=$(mktemp -d /tmp/portcullis-pg.XXXXXX)
    chmod 755 "$dir"
    run=()
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
      chown postgres "$dir"
      run=(runuser -u postgres --)
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    "${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on" start >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "export PORTCULLIS_PG_DIR=$dir PORTCULLIS_PG_BIN=$bin"
    echo "export PORTCULLIS_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir="${PORTCULLIS_PG_DIR:-}"; bin="${PORTCULLIS_PG_BIN:-$(find_bin || true)}"
    [ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
    run=()
    [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 64 ;;
esac
