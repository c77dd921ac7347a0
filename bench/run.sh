#!/usr/bin/env bash
# The platform's figures, measured in one run on this machine and printed
# side by side with a reference measured in the same run (nginx serving the
# very same bytes as static files), since a shared machine's absolute
# figures drift from one run to the next:
#
#   public pages (home, an article, the collaboration form), anonymous
#   a signed-in page (/en/account)
#   confirmed proposal submissions per second: SQLite, one instance; and
#     PostgreSQL, two instances behind nginx as a load balancer
#   cold start (migrate + seed an empty database), idle memory, memory
#     during and after a mixed load (pages, submissions with attachments,
#     the staff queue)
#
# The load generator is wrk (with Lua scripts in bench/wrk/), never the
# bottleneck of a Python loop. Everything runs on loopback, bounded.
#
#   bench/run.sh                 DURATION=10 s per measurement, MIXED_SECONDS=300
#   DURATION=5 MIXED_SECONDS=30 bench/run.sh     a quick look
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
MIXED_SECONDS="${MIXED_SECONDS:-300}"
PG="${OBSERVATORY_BENCH_PG:-postgres://postgres@127.0.0.1:5432}"
NGINX=/usr/sbin/nginx

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$NGINX" ] || missing+=(nginx-light)
if [ "${#missing[@]}" -gt 0 ]; then
  as_root apt-get update -qq
  as_root apt-get install -y -qq "${missing[@]}"
fi

cargo build --release --locked --quiet
BIN="$PWD/target/release/observatory"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS observatory_bench" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
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

# start_nginx CONF_BODY: nginx on a free port with the given http{} body,
# in which ${LISTEN} stands for its address; sets NGINX_PORT.
start_nginx() {
  local dir="$WORK/nginx-$RANDOM"
  NGINX_PORT="$(free_port)"
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<EOF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  ${1//'${LISTEN}'/127.0.0.1:$NGINX_PORT}
}
EOF
  "$NGINX" -c "$dir/nginx.conf" -p "$dir" -g 'daemon off;' &
  PIDS+=("$!")
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break
    sleep 0.05
  done
}

# wrk_figures URL [wrk options...]: "req/s p50 p99 errors"
wrk_figures() {
  local url="$1" out
  shift
  # The URL goes first: what follows `--` is the script's.
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url" "$@")"
  awk '/^Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2}
       /Non-2xx/ {errors=$5} END {printf "%s %s %s %s", rps, p50, p99, errors+0}' <<<"$out"
}

# compare LABEL PATH [COOKIE]: the app's page against nginx serving the
# same bytes.
compare() {
  local label="$1" path="$2" cookie="${3:-}" file app ref
  file="$(echo "$path" | tr '/' '_').html"
  curl -sf ${cookie:+-H "Cookie: $cookie"} "$APP$path" >"$WWW/$file"
  app=($(wrk_figures "$APP$path" ${cookie:+-H "Cookie: $cookie"}))
  ref=($(wrk_figures "http://127.0.0.1:$STATIC_PORT/$file"))
  printf '%-26s %6s B  %10s req/s  p99 %8s | nginx %10s req/s | %5.1f %%  errors %s\n' \
    "$label" "$(stat -c %s "$WWW/$file")" "${app[0]}" "${app[2]}" "${ref[0]}" \
    "$(echo "${app[0]} ${ref[0]}" | awk '{print 100 * $1 / $2}')" "${app[3]}"
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

# submissions LABEL BASE COOKIE CSRF DATABASE: confirmed submissions/s.
submissions() {
  local label="$1" base="$2" cookie="$3" csrf="$4" database="$5" forms="$WORK/forms.txt"
  collect_forms "$base" "$cookie" "$((DURATION * 2))" "$forms"
  local before after figures
  before="$(proposals_stored "$database")"
  figures=($(wrk_figures "$base/en/collaborate" -s bench/wrk/submit_forms.lua -H "Cookie: $cookie" -- "$forms" "$csrf" 2))
  after="$(proposals_stored "$database")"
  printf '%-26s %10s /s stored   p50 %8s   p99 %8s   (forms ready %s, errors %s)\n' \
    "$label" "$(((after - before) / DURATION))" "${figures[1]}" "${figures[2]}" "$(wc -l <"$forms")" "${figures[3]}"
}

echo "observatory bench: $(nproc) cores, wrk -t2 -c$CONNECTIONS, ${DURATION}s per figure, $(date -u +%FT%TZ)"

# ---- SQLite, one instance
start_instance sqlite ""
echo "cold start (migrate + seed, SQLite): ${COLD_MS} ms"
APP="http://127.0.0.1:$PORT_sqlite"
SQLITE_FILE="$WORK/sqlite/data/observatory.db"
sleep 2
IDLE_RSS="$(rss_mb "$PID_sqlite")"
echo "idle memory: $IDLE_RSS MB"

WWW="$WORK/www"
mkdir -p "$WWW"
start_nginx "server { listen \${LISTEN}; root $WWW; default_type text/html; types { } }"
STATIC_PORT="$NGINX_PORT"
{ read -r COOKIE; read -r CSRF; } < <(python3 bench/member.py "$APP" "$BIN" "$ENV_sqlite" bench@example.org)

echo "-- pages (observatory vs nginx, same bytes)"
compare "home /en" /en
compare "article /en/about" /en/about
compare "form /en/collaborate" /en/collaborate
compare "signed in /en/account" /en/account "$COOKIE"

echo "-- confirmed submissions"
submissions "SQLite, one instance" "$APP" "$COOKIE" "$CSRF" "$SQLITE_FILE"

# ---- mixed load on the SQLite instance, and memory
echo "-- mixed load for ${MIXED_SECONDS}s: pages, submissions with a PDF, the staff queue"
collect_forms "$APP" "$COOKIE" 10 "$WORK/mixed-forms.txt"
PEAK_RSS="$IDLE_RSS"
(
  wrk -t1 -c8 -d"${MIXED_SECONDS}s" "$APP/en/about" >/dev/null &
  wrk -t1 -c4 -d"${MIXED_SECONDS}s" -H "Cookie: $COOKIE" "$APP/en/staff/proposals" >/dev/null &
  wrk -t1 -c4 -d"${MIXED_SECONDS}s" -s bench/wrk/submit_forms.lua -H "Cookie: $COOKIE" "$APP/en/collaborate" \
    -- "$WORK/mixed-forms.txt" "$CSRF" 1 tests/fixtures/minimal.pdf >/dev/null &
  wait
) &
LOAD=$!
while kill -0 "$LOAD" 2>/dev/null; do
  PEAK_RSS="$(echo "$PEAK_RSS $(rss_mb "$PID_sqlite")" | awk '{print ($2 > $1) ? $2 : $1}')"
  sleep 1
done
sleep 5
AFTER_RSS="$(rss_mb "$PID_sqlite")"
printf 'memory: idle %s MB, peak %s MB, 5 s after the load %s MB (%.2f x idle)\n' \
  "$IDLE_RSS" "$PEAK_RSS" "$AFTER_RSS" "$(echo "$AFTER_RSS $IDLE_RSS" | awk '{print $1 / $2}')"

# ---- PostgreSQL, two instances behind nginx
if psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS observatory_bench" -c "CREATE DATABASE observatory_bench" >/dev/null 2>&1; then
  start_instance pg1 "$PG/observatory_bench"
  echo "cold start (migrate + seed, PostgreSQL): ${COLD_MS} ms"
  start_instance pg2 "$PG/observatory_bench"
  # The balancer's configuration is the one deploy/ ships.
  start_nginx "$(sed -e "s/\${INSTANCE_1}/127.0.0.1:$PORT_pg1/" -e "s/\${INSTANCE_2}/127.0.0.1:$PORT_pg2/" \
    deploy/nginx.conf.template)"
  BALANCED="http://127.0.0.1:$NGINX_PORT"
  { read -r PG_COOKIE; read -r PG_CSRF; } < <(python3 bench/member.py "$BALANCED" "$BIN" "$ENV_pg1" bench@example.org)
  submissions "PostgreSQL, 2 instances" "$BALANCED" "$PG_COOKIE" "$PG_CSRF" "$PG/observatory_bench"
else
  echo "-- PostgreSQL not reachable at $PG: skipped"
fi
