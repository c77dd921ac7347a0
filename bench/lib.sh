# What the benchmark scripts share (sourced by bench/run.sh and
# bench/backup.sh): the tools, the release build, a scratch folder cleaned
# on exit, and release instances started on loopback.
PG="${OBSERVATORY_BENCH_PG:-postgres://postgres@127.0.0.1:5432}"
NGINX=/usr/sbin/nginx

# as_root, apt_install, free_port: the test scripts' helpers.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/shell.sh"
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$NGINX" ] || missing+=(nginx-light)
if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi

cargo build --release --locked --quiet
BIN="$PWD/target/release/observatory"
WORK="$(mktemp -d)"
PIDS=()
DATABASES=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for name in "${DATABASES[@]}"; do
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1 || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

# fresh_pg_database NAME: an empty database NAME on $PG, dropped on exit;
# fails when PostgreSQL cannot be reached.
fresh_pg_database() {
  DATABASES+=("$1")
  psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1
}

rss_mb() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
now_ms() { date +%s%3N; }

# start_instance NAME DATABASE_URL(or empty for SQLite): starts the release
# binary with its own data directory; sets PORT_<NAME>, PID_<NAME>, ENV_<NAME>
# and prints nothing. The time to the first healthy answer is COLD_MS.
start_instance() {
  local name="$1" url="$2" port dir
  port="$(free_port)"
  dir="$WORK/$name"
  mkdir -p "$dir"
  {
    echo "OBSERVATORY_DATA_DIR=$dir/data"
    echo "OBSERVATORY_LISTEN=127.0.0.1:$port"
    echo "OBSERVATORY_LOG=warn"
    echo "OBSERVATORY_SECRET_KEY=bench-secret-shared-by-every-instance-0123456789"
    echo "OBSERVATORY_SUBMISSIONS_PER_HOUR=1000000"
    echo "OBSERVATORY_FORMS_PER_HOUR=1000000"
    echo "OBSERVATORY_UPLOADS_PER_HOUR=1000000"
    echo "OBSERVATORY_TRUSTED_PROXIES=127.0.0.1"
    if [ -n "$url" ]; then echo "OBSERVATORY_DATABASE_URL=$url"; fi
  } >"$dir/env"
  local began
  began="$(now_ms)"
  env $(cat "$dir/env") "$BIN" serve >"$dir/log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "bench: the $name instance did not start:" >&2
      cat "$dir/log" >&2
      exit 1
    fi
    sleep 0.05
  done
  COLD_MS=$(($(now_ms) - began))
  printf -v "PORT_$name" '%s' "$port"
  printf -v "PID_$name" '%s' "$pid"
  printf -v "ENV_$name" '%s' "$dir/env"
}

proposals_stored() { # DATABASE_URL or SQLite file
  case "$1" in
    postgres://*) psql "$1" -tAc "SELECT count(*) FROM proposals" ;;
    *) python3 -c "import sqlite3,sys; print(sqlite3.connect('file:'+sys.argv[1]+'?mode=ro', uri=True).execute('SELECT count(*) FROM proposals').fetchone()[0])" "$1" ;;
  esac
}

# collect_forms BASE COOKIE SECONDS FILE: single-use forms for the sender.
collect_forms() {
  local dir="$WORK/forms-$RANDOM"
  mkdir -p "$dir"
  wrk -t2 -c16 -d"${3}s" -s bench/wrk/collect_forms.lua -H "Cookie: $2" "$1/en/collaborate" -- "$dir" >/dev/null
  cat "$dir"/* >"$4"
  # The site refuses a form sent faster than a person fills it in.
  sleep 3.5
}

