#!/usr/bin/env bash
# Runs every test: unit tests, the integration suite on SQLite (files in the
# data directory) and on PostgreSQL (files in an S3-compatible store, moto's
# server: the scale-out set-up; there also two instances behind nginx:
# load_balanced.rs), the browser tests (Playwright + Debian's Chromium +
# axe), the open-data API against its OpenAPI document (schemathesis) and
# the security probes.
# Installs what it needs on a fresh Debian machine. Ends with one line:
# "total: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."

PG_SERVER="${OBSERVATORY_TEST_PG:-postgres://postgres@127.0.0.1:5432}"
LOGS="$(mktemp -d)"
# as_root, apt_install…: helpers the scripts share.
source scripts/lib/shell.sh
# object_store_start / object_store_stop: the S3-compatible test server.
source scripts/object_store.sh
trap object_store_stop EXIT
# The SQLite pass keeps files in the data directory, whatever the shell had.
unset OBSERVATORY_TEST_S3_ENDPOINT

install_system_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v node >/dev/null || missing+=(nodejs npm)
  [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

ensure_postgres() {
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "== starting PostgreSQL"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
}

# Each integration test makes its own database; remove what earlier runs left.
drop_test_databases() {
  psql "$PG_SERVER/postgres" -Atqc "SELECT datname FROM pg_database WHERE datname LIKE 'obs\_t\_%'" |
    while read -r name; do psql "$PG_SERVER/postgres" -qc "DROP DATABASE IF EXISTS \"$name\"" >/dev/null; done
}

# Sums "test result: ok. N passed; M failed" lines of cargo's output.
cargo_counts() {
  grep -E '^test result:' "$1" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' |
    awk '{p+=$1; f+=$2} END {print p+0, f+0}'
}

PASSED=0
FAILED=0
STATUS=0
record() { # name, "passed failed", exit code
  local counts=($2)
  PASSED=$((PASSED + counts[0])); FAILED=$((FAILED + counts[1]))
  echo "== $1: ${counts[0]} passed, ${counts[1]} failed"
  if [ "$3" -ne 0 ]; then STATUS=1; fi
  if [ "$3" -ne 0 ] && [ "${counts[1]}" -eq 0 ]; then FAILED=$((FAILED + 1)); fi
}

# cargo-deny comes from crates.io; built once per machine.
install_cargo_deny() {
  if ! command -v cargo-deny >/dev/null; then
    echo "== installing cargo-deny"
    cargo install --locked cargo-deny@0.20.2
  fi
}

# Quality gates: formatting, lints, licences, duplicate crates and sources.
# Each counts as one check. (RustSec advisories need the advisory database,
# a git repository this network cannot reach: deny.toml says more.)
run_gate() { # name, command...
  local name="$1"; shift
  echo "== gate: $name"
  if "$@"; then record "gate: $name" "1 0" 0; else record "gate: $name" "0 1" 1; fi
}

install_system_packages
install_cargo_deny
ensure_postgres
drop_test_databases

set +e
run_gate "cargo fmt --check" cargo fmt --check
run_gate "cargo clippy -D warnings" cargo clippy --locked --all-targets -- -D warnings
run_gate "cargo deny" cargo deny --locked check bans licenses sources
set -e

echo "== building"
cargo build --locked --tests --bins

echo "== unit tests and integration tests on SQLite"
set +e
# Several instances cannot share one SQLite file: that test is PostgreSQL's.
cargo test --locked -- --skip load_balanced 2>&1 | tee "$LOGS/sqlite.log"; code=${PIPESTATUS[0]}
set -e
record "cargo test (unit + integration, SQLite)" "$(cargo_counts "$LOGS/sqlite.log")" "$code"

echo "== integration tests on PostgreSQL, files in an S3-compatible store"
if object_store_start; then
  set +e
  OBSERVATORY_TEST_DATABASE_URL="$PG_SERVER" cargo test --locked --test integration 2>&1 | tee "$LOGS/postgres.log"
  code=${PIPESTATUS[0]}
  set -e
  object_store_stop
  record "integration tests (PostgreSQL, S3)" "$(cargo_counts "$LOGS/postgres.log")" "$code"
else
  record "integration tests (PostgreSQL, S3): the S3 server did not start" "0 1" 1
fi
drop_test_databases

echo "== browser tests"
npm ci --no-audit --no-fund --loglevel=error
set +e
OBSERVATORY_BIN="$PWD/target/debug/observatory" node --test --test-reporter=spec e2e/ 2>&1 | tee "$LOGS/e2e.log"
code=${PIPESTATUS[0]}
set -e
e2e_pass=$(grep -E '^ℹ pass ' "$LOGS/e2e.log" | awk '{print $3}' | tail -1)
e2e_fail=$(grep -E '^ℹ fail ' "$LOGS/e2e.log" | awk '{print $3}' | tail -1)
record "browser tests (Chromium, axe-core, Lighthouse)" "${e2e_pass:-0} ${e2e_fail:-0}" "$code"
echo "screenshots and Lighthouse reports of failing pages: $PWD/e2e/artifacts/"
grep -E '^lighthouse /' "$LOGS/e2e.log" || true

set +e
run_gate "API contract (schemathesis against /api/v1/openapi.json)" \
  env OBSERVATORY_BIN="$PWD/target/debug/observatory" scripts/api_contract.sh
run_gate "security probes (sqlmap, wapiti, HTTP Observatory)" \
  env OBSERVATORY_BIN="$PWD/target/debug/observatory" scripts/security.sh --short
set -e

echo "total: $PASSED passed, $FAILED failed"
exit "$STATUS"
