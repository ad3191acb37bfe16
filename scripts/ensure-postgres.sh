#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 with the test role and databases the build
# uses (pom.xml: it.db.*): starts an installed server, installs Debian's if there is none.
# The test databases hold nothing but test data and are made afresh on every run, so that a
# run never depends on what an earlier one (or an earlier version of a migration) left behind.
# With database names as arguments, makes those instead, only where missing (the benchmark's).
set -euo pipefail
ROLE=complaints
DATABASES=(complaints_it complaints_ear complaints_bench_it)

answers() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian's packages..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql postgresql-client >/dev/null
fi
if ! answers; then
    for version in $(ls /etc/postgresql); do
        pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
fi
for _ in $(seq 1 30); do answers && break; sleep 1; done
answers || { echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 1; }

# Local superuser access: trust on this kind of machine, the postgres OS user elsewhere
psql_admin() {
    if psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
        psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
    else
        su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 $(printf '%q ' "$@")"
    fi
}
if [[ $(psql_admin -tAc "select 1 from pg_roles where rolname = '$ROLE'") != 1 ]]; then
    psql_admin -c "create role $ROLE login password '$ROLE'" >/dev/null
fi
if (($#)); then
    for db in "$@"; do
        if [[ $(psql_admin -tAc "select 1 from pg_database where datname = '$db'") != 1 ]]; then
            psql_admin -c "create database $db owner $ROLE" >/dev/null
            echo "Created database $db"
        fi
    done
    exit 0
fi
for db in "${DATABASES[@]}"; do
    psql_admin -c "drop database if exists $db with (force)" >/dev/null
    psql_admin -c "create database $db owner $ROLE" >/dev/null
    echo "Created database $db afresh"
done
