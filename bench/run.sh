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
source bench/lib.sh

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
if fresh_pg_database observatory_bench; then
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
