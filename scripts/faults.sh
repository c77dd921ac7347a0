#!/usr/bin/env bash
# Crash and shutdown probes: kill -9 under concurrent registrations,
# confirmations and proposals (ROUNDS rounds on SQLite and on PostgreSQL),
# SIGTERM under load, and a client that sends half a request header.
# Prints its figures; exits 1 if an acknowledged write is lost, the database
# is damaged, a mail goes out twice, or the server does not stop in time.
# Loopback only, bounded (about a minute per 5 rounds per database).
# Usage: scripts/faults.sh [ROUNDS]   (10 by default; OBSERVATORY_TEST_PG as in test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${1:-10}"
PG_SERVER="${OBSERVATORY_TEST_PG:-postgres://postgres@127.0.0.1:5432}"
cargo build --release --locked --quiet

PG_ARGS=()
DB="obs_faults_$$"
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  psql "$PG_SERVER/postgres" -qc "CREATE DATABASE $DB" >/dev/null
  trap 'psql "$PG_SERVER/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null' EXIT
  PG_ARGS=(--pg "$PG_SERVER/$DB")
else
  echo "faults: PostgreSQL not reachable at 127.0.0.1:5432, SQLite only"
fi
python3 scripts/faults.py ./target/release/observatory --rounds "$ROUNDS" "${PG_ARGS[@]}"
