#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: initdb in a temporary folder, a
# server on a free local port (TCP on 127.0.0.1 and a socket in that folder only), a
# random password, and CXKIT_POSTGRES_URL exported for the command. The cluster is
# stopped and its folder removed when the command ends, fails or is interrupted.
#
#   bash scripts/withPostgres.sh npm test
#   bash scripts/withPostgres.sh npm run bench -- warehouseScale
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to an unprivileged
# user (`cxkit-ci`, created when missing). Needs Debian's postgresql package (or
# POSTGRES_BIN pointing at a folder with initdb, pg_ctl and postgres).
set -uo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/withPostgres.sh COMMAND [ARGUMENTS…]" >&2
  exit 2
fi

bin="${POSTGRES_BIN:-}"
if [ -z "$bin" ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if command -v initdb >/dev/null 2>&1; then bin="$(dirname "$(command -v initdb)")"; fi
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "withPostgres: no PostgreSQL server found (install Debian's postgresql, or set POSTGRES_BIN)" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  owner="cxkit-ci"
  if ! id "$owner" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$owner" || exit 1
  fi
  as_owner() { runuser -u "$owner" -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

folder="$(mktemp -d /tmp/cxkit-postgres.XXXXXX)" || exit 1
chmod 700 "$folder"
chown "$owner" "$folder"
data="$folder/data"
started=0

stop_cluster() {
  if [ "$started" -eq 1 ]; then
    as_owner "$bin/pg_ctl" stop -D "$data" -m fast -w >/dev/null 2>&1 ||
      as_owner "$bin/pg_ctl" stop -D "$data" -m immediate -w >/dev/null 2>&1
    started=0
  fi
  rm -rf "$folder"
}
child=""
# On a signal, end the command first (bash would otherwise wait for it), then the
# EXIT trap stops the cluster.
on_signal() {
  if [ -n "$child" ]; then
    kill -TERM "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  exit "$1"
}
trap stop_cluster EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM
trap 'on_signal 129' HUP

password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" >"$folder/password"
chown "$owner" "$folder/password"
if ! as_owner "$bin/initdb" -D "$data" -U cxkit --auth=scram-sha-256 --pwfile="$folder/password" \
  --encoding=UTF8 --locale=C >"$folder/initdb.log" 2>&1; then
  cat "$folder/initdb.log" >&2
  exit 1
fi
rm -f "$folder/password"

# A free port: ask the kernel for one, then let PostgreSQL take it (retrying if another
# process took it in between).
for attempt in 1 2 3 4 5; do
  port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  if as_owner "$bin/pg_ctl" start -D "$data" -w -t 60 -l "$folder/server.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$folder -c fsync=off -c max_connections=40" \
    >/dev/null 2>&1; then
    started=1
    break
  fi
  as_owner "$bin/pg_ctl" stop -D "$data" -m immediate -w >/dev/null 2>&1
  if [ "$attempt" -eq 5 ]; then
    echo "withPostgres: the server did not start:" >&2
    tail -20 "$folder/server.log" >&2
    exit 1
  fi
done

export CXKIT_POSTGRES_URL="postgresql://cxkit:$password@127.0.0.1:$port/postgres"
echo "withPostgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (stopped when the command ends)"
# In the background so that a signal reaches the traps above at once; `wait` returns
# the command's own exit status.
"$@" &
child=$!
wait "$child"
status=$?
child=""
exit "$status"
