#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL naming a PostgreSQL server (its admin URL): the one already
# given (CI exports it), or else a throwaway cluster started here on a free loopback port and
# stopped afterwards (deploy/pg-cluster.sh), so `npm test` means the same on every machine. With
# neither PostgreSQL nor its binaries it says the PostgreSQL part was skipped — and fails under CI,
# where a missing install must not pass as green.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if ! deploy/pg-cluster.sh bindir >/dev/null 2>&1; then
    echo "with-postgres: SKIPPED the PostgreSQL tests: no TEST_DATABASE_URL and no PostgreSQL server binaries (apt-get install -y postgresql)." >&2
    [ "${CI:-}" = "true" ] && exit 1
    exit 0
  fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/iam-test-pg-XXXXXX")"
  chmod 755 "$dir"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  trap 'deploy/pg-cluster.sh stop "$dir"; rm -rf "$dir"' EXIT
  TEST_DATABASE_URL="$(deploy/pg-cluster.sh start "$dir" "$port")"
  export TEST_DATABASE_URL
  echo "with-postgres: throwaway PostgreSQL cluster at $TEST_DATABASE_URL" >&2
fi
"$@"
