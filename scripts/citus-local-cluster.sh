#!/usr/bin/env bash
# A local 3-node Citus cluster on loopback for trying the province scale path (issue 15, docs/operations.md):
# a coordinator on port 9700 and two workers on 9701 and 9702, data under $CITUS_CLUSTER_DIR
# (default /work/citus-cluster), trust authentication on 127.0.0.1 only, database `rouxing` on each node.
#
# It builds nothing. It assumes PostgreSQL 15's server binaries (/usr/lib/postgresql/15/bin) and Citus
# installed into them. Citus is not a Debian package; build it from its public source, e.g. (tested: 13.2.2):
#   apt-get install -y postgresql-server-dev-15 libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libssl-dev autoconf flex bison
#   git clone --depth 1 --branch v13.2.2 https://github.com/citusdata/citus && cd citus
#   ./configure && make -j2 && sudo make install
# (With PostgreSQL 15.20 and later, Citus 13.2.2's src/include/pg_version_compat.h defines a static
# have_createdb_privilege() that PostgreSQL now exports: delete that static function before `make`.)
#
# Usage: scripts/citus-local-cluster.sh start|stop|status|destroy
# Run as root (it runs PostgreSQL as the `postgres` user) or as the postgres user. It never touches
# the PostgreSQL cluster on port 5432.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
DIR=${CITUS_CLUSTER_DIR:-/work/citus-cluster}
DB=${CITUS_DB:-rouxing}
PORTS=(9700 9701 9702)
NAMES=(coordinator worker1 worker2)

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}
psql_on() { # port, sql...
  local port=$1; shift
  as_postgres "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

init_node() { # name port
  local d="$DIR/$1" port=$2
  if [ -f "$d/PG_VERSION" ]; then return; fi
  mkdir -p "$d" && chown postgres:postgres "$DIR" "$d" 2>/dev/null || true
  as_postgres "$PGBIN/initdb" -D "$d" -U postgres --auth-local=trust --auth-host=reject -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$d/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$d'
shared_preload_libraries = 'citus'
max_connections = 200
max_prepared_transactions = 200
# Shard moves (citus_rebalance_start) copy by logical replication.
wal_level = logical
CONF
  # Trust on loopback only: the coordinator connects to the workers (and to itself) as the current
  # user, postgres or the application role rouxing_app. A real cluster uses passwords (pg_dist_authinfo).
  cat > "$d/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 trust
HBA
}

start() {
  for i in 0 1 2; do
    init_node "${NAMES[$i]}" "${PORTS[$i]}"
    if ! as_postgres "$PGBIN/pg_ctl" -D "$DIR/${NAMES[$i]}" status >/dev/null 2>&1; then
      as_postgres "$PGBIN/pg_ctl" -D "$DIR/${NAMES[$i]}" -l "$DIR/${NAMES[$i]}.log" -w start >/dev/null
    fi
  done
  for port in "${PORTS[@]}"; do
    if [ "$(psql_on "$port" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
      psql_on "$port" -d postgres -c "CREATE DATABASE $DB"
    fi
    psql_on "$port" -d "$DB" -c 'CREATE EXTENSION IF NOT EXISTS citus'
  done
  psql_on 9700 -d "$DB" -c "SELECT citus_set_coordinator_host('127.0.0.1', 9700)" >/dev/null
  for port in 9701 9702; do
    if [ "$(psql_on 9700 -d "$DB" -tAc "SELECT 1 FROM pg_dist_node WHERE nodeport = $port")" != 1 ]; then
      psql_on 9700 -d "$DB" -c "SELECT citus_add_node('127.0.0.1', $port)" >/dev/null
    fi
  done
  status
  echo "DATABASE_URL=postgres://postgres@127.0.0.1:9700/$DB"
}

status() {
  psql_on 9700 -d "$DB" -c "SELECT nodename, nodeport, noderole, isactive FROM pg_dist_node ORDER BY nodeport"
  psql_on 9700 -d "$DB" -tAc "SELECT 'citus ' || extversion FROM pg_extension WHERE extname = 'citus'"
}

stop() {
  for n in "${NAMES[@]}"; do
    if [ -f "$DIR/$n/PG_VERSION" ]; then as_postgres "$PGBIN/pg_ctl" -D "$DIR/$n" -m fast stop || true; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  destroy) stop; rm -rf "${DIR:?}/coordinator" "${DIR:?}/worker1" "${DIR:?}/worker2" "$DIR"/*.log ;;
  *) echo "usage: $0 start|stop|status|destroy" >&2; exit 2 ;;
esac
