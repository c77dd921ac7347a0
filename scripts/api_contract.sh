#!/usr/bin/env bash
# The open-data API against its own OpenAPI document: schemathesis reads
# /api/v1/openapi.json from a throwaway instance on loopback (SQLite, a few
# hundred made-up resources) and sends every operation requests made from
# the document, valid and invalid, checking each answer: no server error,
# statuses, content types, headers and bodies as documented, invalid
# parameters refused. A fixed seed, so a failure can be replayed.
#
#   OBSERVATORY_BIN=target/debug/observatory scripts/api_contract.sh
#
# Installs schemathesis, pinned (scripts/api/requirements.txt), into
# ~/.cache/observatory-api (or $OBSERVATORY_API_CACHE), once. Builds the
# debug binary unless OBSERVATORY_BIN names one.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="${OBSERVATORY_API_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/observatory-api}/venv"
EXAMPLES="${API_CONTRACT_EXAMPLES:-100}"
SEED=20261127
WORK="$(mktemp -d)"
SERVER_PID=""
source "$ROOT/scripts/lib/shell.sh"
source "$ROOT/scripts/lib/pinned_venv.sh"

cleanup() {
  stop_process "$SERVER_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT

has_python_venv || apt_install python3-venv
pinned_venv "$VENV" "$ROOT/scripts/api/requirements.txt" "schemathesis"
if [ -n "${OBSERVATORY_BIN:-}" ]; then
  BIN="$(realpath "$OBSERVATORY_BIN")"
else
  cargo build --locked
  BIN="$ROOT/target/debug/observatory"
fi
PORT="$(free_port)"

# The instance's settings and no others; the API's limit raised so that
# every request reaches its handler.
observatory() {
  (
    for name in $(compgen -e | grep '^OBSERVATORY_' || true); do unset "$name"; done
    export OBSERVATORY_DATA_DIR="$WORK/data"
    export OBSERVATORY_LISTEN="127.0.0.1:$PORT"
    export OBSERVATORY_API_REQUESTS_PER_MINUTE=1000000
    export OBSERVATORY_LOG=warn
    exec "$BIN" "$@"
  )
}

observatory seed-demo --resources 300 2>/dev/null
observatory serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.2
done

status=0
# Run from the scratch folder: schemathesis keeps a cache where it runs.
cd "$WORK"
timeout 600 "$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --checks all --max-examples "$EXAMPLES" --seed "$SEED" --no-color || status=$?
if grep -q "panicked" "$WORK/server.log"; then
  echo "the server panicked:"
  grep -A5 "panicked" "$WORK/server.log"
  status=1
fi
exit "$status"
