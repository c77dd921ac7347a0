#!/usr/bin/env bash
# Builds the release binary, starts it on a fresh seeded SQLite database on
# loopback, and prints requests/s and p50/p99 latency for the home page and
# /healthz, then confirmed proposal submissions per second, on SQLite and on
# PostgreSQL. Bounded: each measurement runs DURATION seconds.
# Usage: bench/run.sh            (DURATION=10 CONNECTIONS=32 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-18080}"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { as_root apt-get update -qq; as_root apt-get install -y -qq wrk; }

cargo build --release --locked --quiet
BIN=./target/release/observatory
SERVER=""
DATA=""
stop_server() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; fi
  if [ -n "$DATA" ]; then rm -rf "$DATA"; fi
  SERVER=""
}
trap stop_server EXIT

# Starts a fresh server; $1 is a database URL or empty for SQLite.
start_server() {
  stop_server
  DATA="$(mktemp -d)"
  {
    echo "OBSERVATORY_DATA_DIR=$DATA"
    echo "OBSERVATORY_LISTEN=127.0.0.1:$PORT"
    echo "OBSERVATORY_LOG=warn"
    echo "OBSERVATORY_SUBMISSIONS_PER_HOUR=1000000"
    echo "OBSERVATORY_FORMS_PER_HOUR=1000000"
    [ -n "$1" ] && echo "OBSERVATORY_DATABASE_URL=$1"
  } > "$DATA/env"
  env $(cat "$DATA/env") "$BIN" serve &
  SERVER=$!
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
}

measure() { # label, path
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$2")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-12s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}"
}

echo "observatory bench: ${CONNECTIONS} connections, ${DURATION}s each, $(nproc) cores"
start_server ""
echo "-- SQLite"
measure "home /en" /en
measure "/healthz" /healthz
python3 bench/submissions.py "http://127.0.0.1:$PORT" "$BIN" "$DATA/env" "$DURATION" 8

PG="${OBSERVATORY_BENCH_PG:-postgres://postgres@127.0.0.1:5432}"
if psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS observatory_bench" -c "CREATE DATABASE observatory_bench" >/dev/null 2>&1; then
  start_server "$PG/observatory_bench"
  echo "-- PostgreSQL"
  measure "home /en" /en
  python3 bench/submissions.py "http://127.0.0.1:$PORT" "$BIN" "$DATA/env" "$DURATION" 8
  stop_server
  psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS observatory_bench" >/dev/null
else
  echo "-- PostgreSQL not reachable at $PG: skipped"
fi
