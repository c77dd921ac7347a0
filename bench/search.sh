#!/usr/bin/env bash
# The library's search at scale, in one run on this machine:
#
#   the time to make up RESOURCES resources (observatory seed-demo) and to
#   build the search index of them (observatory reindex);
#   searches per second, p50 and p99 at CONNECTIONS connections for a mix
#   of one-word, several-word, filtered and misspelt searches in the three
#   languages (bench/wrk/search_mix.lua), each answer a whole results page;
#   as visitors ask them again and again, most answers are kept from an
#   earlier search (search/answers.rs);
#   the same searches each made one of a kind (search_distinct.lua), so
#   that none is kept and every one runs in full: the engine's own speed;
#   the same for the search page before anything is asked, which renders
#   the same layout with no search: the page's own share of each answer;
#   the server's memory idle, at its peak under that load, and after it.
#
#   bench/search.sh                        100,000 resources, 32 connections, 20 s
#   RESOURCES=10000 DURATION=5 bench/search.sh     a quick look
set -euo pipefail
cd "$(dirname "$0")/.."

RESOURCES="${RESOURCES:-100000}"
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
source bench/lib.sh

echo "observatory search bench: $(nproc) cores, $RESOURCES resources, wrk -t2 -c$CONNECTIONS, ${DURATION}s, $(date -u +%FT%TZ)"
DATA="$WORK/search/data"
mkdir -p "$DATA"
began="$(now_ms)"
OBSERVATORY_DATA_DIR="$DATA" OBSERVATORY_LOG=warn "$BIN" seed-demo --resources "$RESOURCES"
echo "made up $RESOURCES resources (SQLite): $(($(now_ms) - began)) ms"
began="$(now_ms)"
OBSERVATORY_DATA_DIR="$DATA" OBSERVATORY_LOG=warn "$BIN" reindex
echo "search index built: $(($(now_ms) - began)) ms, $(du -sm "$DATA/search" | cut -f1) MB on disk"

start_instance search ""
APP="http://127.0.0.1:$PORT_search"
sleep 2
IDLE_RSS="$(rss_mb "$PID_search")"
curl -sf "$APP/en/search?q=justice" | grep -o 'role="status">[^<]*' | sed 's/role="status">/"justice": /'

figures() {
  awk -v label="$1" '/^Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} /Non-2xx/ {errors=$5}
       END {printf "%-28s %9s /s   p50 %8s   p99 %8s   (non-2xx %s)\n", label, rps, p50, p99, errors+0}' "$2"
}
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$APP/en/search" >"$WORK/page.txt"
figures "page alone (no search)" "$WORK/page.txt"

PEAK_RSS="$IDLE_RSS"
# under_load NAME SCRIPT: wrk with SCRIPT into $WORK/NAME.txt, noting the
# server's peak memory meanwhile.
under_load() {
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$2" "$APP" >"$WORK/$1.txt" &
  local load=$!
  while kill -0 "$load" 2>/dev/null; do
    PEAK_RSS="$(echo "$PEAK_RSS $(rss_mb "$PID_search")" | awk '{print ($2 > $1) ? $2 : $1}')"
    sleep 1
  done
  wait "$load"
}
under_load mix bench/wrk/search_mix.lua
figures "searches (the mix)" "$WORK/mix.txt"
under_load distinct bench/wrk/search_distinct.lua
figures "searches, none kept" "$WORK/distinct.txt"
sleep 5
AFTER_RSS="$(rss_mb "$PID_search")"
printf 'memory: idle %s MB, peak under load %s MB, 5 s after %s MB\n' "$IDLE_RSS" "$PEAK_RSS" "$AFTER_RSS"
echo "targets: p99 <= 15 ms (the mix), memory <= 250 MB"
