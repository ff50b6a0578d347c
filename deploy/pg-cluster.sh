#!/usr/bin/env bash
# A throwaway PostgreSQL cluster in a directory of its own, on a loopback port: for the deploy
# example, CI and `npm test`. Never the package's `main` cluster on 5432.
#   deploy/pg-cluster.sh start DIR PORT   → prints postgresql://postgres@127.0.0.1:PORT/postgres
#   deploy/pg-cluster.sh stop DIR
#   deploy/pg-cluster.sh bindir           → exits 1 when no PostgreSQL server binaries are installed
# As root the server runs as the `postgres` user (initdb refuses root). fsync=off: the cluster is
# thrown away, so a crash may lose it; never use this for data you keep.
set -euo pipefail

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -Vr); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v pg_config >/dev/null && d="$(pg_config --bindir)" && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  return 1
}

# Runs a server binary as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local dir="$1" port="$2" bin
  bin="$(bindir)" || { echo "pg-cluster: no PostgreSQL server binaries (apt-get install -y postgresql)" >&2; exit 1; }
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    # C.UTF-8 sorts like SQLite's binary collation, so listings come out in the same order on both stores.
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=${PG_MAX_CONNECTIONS:-300}" \
    start >/dev/null
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local dir="$1" bin
  [ -f "$dir/data/postmaster.pid" ] || return 0
  bin="$(bindir)"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
}

case "${1:-}" in
  start) start "$2" "$3" ;;
  stop) stop "$2" ;;
  bindir) bindir ;;
  *) echo "usage: $0 start DIR PORT | stop DIR | bindir" >&2; exit 2 ;;
esac
