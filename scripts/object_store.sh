#!/usr/bin/env bash
# An S3-compatible object store on loopback for the tests: moto's server
# mode, which keeps buckets in memory and accepts any credentials.
#
#   scripts/object_store.sh          starts one, prints its endpoint, and
#                                    serves until Ctrl-C
#   source scripts/object_store.sh   defines object_store_start, which
#                                    starts one in the background and
#                                    exports OBSERVATORY_TEST_S3_ENDPOINT,
#                                    and object_store_stop (scripts/test.sh)
#
# The tests make their own buckets (one per test), so the server starts
# empty. moto is installed once, pinned (scripts/object_store/requirements.txt),
# into ~/.cache/observatory-s3 (or $OBSERVATORY_S3_CACHE).

OBJECT_STORE_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OBJECT_STORE_REQUIREMENTS="$OBJECT_STORE_SCRIPTS/object_store/requirements.txt"
source "$OBJECT_STORE_SCRIPTS/lib/shell.sh"
source "$OBJECT_STORE_SCRIPTS/lib/pinned_venv.sh"
OBJECT_STORE_VENV="${OBSERVATORY_S3_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/observatory-s3}/venv"
OBJECT_STORE_PID=""
OBJECT_STORE_LOG=""

# Reinstalled only when the pinned list changes.
object_store_install() {
  has_python_venv || apt_install python3-venv
  pinned_venv "$OBJECT_STORE_VENV" "$OBJECT_STORE_REQUIREMENTS" "moto's S3 server"
}

# Starts the server on a free loopback port and waits (up to 30 s) until it
# accepts connections.
object_store_start() {
  object_store_install
  local port
  port="$(free_port)"
  OBJECT_STORE_LOG="$(mktemp)"
  "$OBJECT_STORE_VENV/bin/moto_server" -H 127.0.0.1 -p "$port" >"$OBJECT_STORE_LOG" 2>&1 &
  OBJECT_STORE_PID=$!
  for _ in $(seq 1 60); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      export OBSERVATORY_TEST_S3_ENDPOINT="http://127.0.0.1:$port"
      echo "== S3-compatible store (moto) at $OBSERVATORY_TEST_S3_ENDPOINT"
      return 0
    fi
    if ! kill -0 "$OBJECT_STORE_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "moto_server did not start:" >&2
  tail -n 20 "$OBJECT_STORE_LOG" >&2
  object_store_stop
  return 1
}

object_store_stop() {
  stop_process "$OBJECT_STORE_PID"
  OBJECT_STORE_PID=""
  if [ -n "$OBJECT_STORE_LOG" ]; then rm -f "$OBJECT_STORE_LOG"; OBJECT_STORE_LOG=""; fi
  unset OBSERVATORY_TEST_S3_ENDPOINT
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  trap object_store_stop EXIT
  trap 'exit 0' INT TERM
  object_store_start
  echo "OBSERVATORY_TEST_S3_ENDPOINT=$OBSERVATORY_TEST_S3_ENDPOINT"
  wait "$OBJECT_STORE_PID"
fi
