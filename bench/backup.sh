#!/usr/bin/env bash
# How long backups, restores and copies take for a site of PROPOSALS
# confirmed proposals (10,000 by default), each with a PDF attachment, sent
# through the collaboration form by wrk. Prints, in one run:
#
#   observatory backup of the SQLite site (while it serves), archive size
#   observatory restore of that archive into an empty SQLite site
#   observatory copy SQLite -> PostgreSQL (the files moved to a new folder),
#     and PostgreSQL -> SQLite
#   observatory backup of the PostgreSQL site
#
#   bench/backup.sh                  PROPOSALS=10000
#   PROPOSALS=1000 bench/backup.sh   a quick look
set -euo pipefail
cd "$(dirname "$0")/.."

PROPOSALS="${PROPOSALS:-10000}"
source bench/lib.sh

# timed NAME ENV_FILE ARGS...: runs the binary with the site's settings of
# ENV_FILE (and ARGS), prints "NAME  <ms> ms  <its last line>".
timed() {
  local name="$1" env_file="$2" began out
  shift 2
  began="$(now_ms)"
  if ! out="$(env $(cat "$env_file") "$BIN" "$@" 2>/dev/null)"; then
    echo "bench: $name failed: $out" >&2
    exit 1
  fi
  printf '%-34s %8s ms   %s\n' "$name" "$(($(now_ms) - began))" "$(tail -n 1 <<<"$out")"
}

echo "observatory backup bench: $(nproc) cores, $(date -u +%FT%TZ)"
start_instance site ""
APP="http://127.0.0.1:$PORT_site"
SITE_DB="$WORK/site/data/observatory.db"
{ read -r COOKIE; read -r CSRF; } < <(python3 bench/member.py "$APP" "$BIN" "$ENV_site" bench@example.org)

# Fill the site through the form, as visitors would.
began="$(now_ms)"
while [ "$(proposals_stored "$SITE_DB")" -lt "$PROPOSALS" ]; do
  collect_forms "$APP" "$COOKIE" 4 "$WORK/forms.txt"
  wrk -t2 -c16 -d15s -s bench/wrk/submit_forms.lua -H "Cookie: $COOKIE" "$APP/en/collaborate" \
    -- "$WORK/forms.txt" "$CSRF" 2 tests/fixtures/minimal.pdf >/dev/null
done
echo "site filled: $(proposals_stored "$SITE_DB") proposals with a PDF each, in $((($(now_ms) - began) / 1000)) s"

timed "backup (SQLite, site serving)" "$ENV_site" backup --out "$WORK/site.zip"
echo "archive: $(du -h "$WORK/site.zip" | cut -f1)"

mkdir -p "$WORK/restored"
grep -v '^OBSERVATORY_DATA_DIR=' "$ENV_site" >"$WORK/restored.env"
echo "OBSERVATORY_DATA_DIR=$WORK/restored" >>"$WORK/restored.env"
timed "restore (into empty SQLite)" "$WORK/restored.env" restore "$WORK/site.zip"

if fresh_pg_database observatory_bench_copy; then
  timed "copy SQLite -> PostgreSQL, files" "$ENV_site" copy --from "sqlite://$SITE_DB" \
    --to "$PG/observatory_bench_copy" --to-files "$WORK/pg-files"
  grep -v '^OBSERVATORY_DATABASE_URL=\|^OBSERVATORY_DATA_DIR=' "$ENV_site" >"$WORK/pg.env"
  echo "OBSERVATORY_DATABASE_URL=$PG/observatory_bench_copy" >>"$WORK/pg.env"
  echo "OBSERVATORY_DATA_DIR=$WORK/pg-files" >>"$WORK/pg.env"
  timed "backup (PostgreSQL)" "$WORK/pg.env" backup --out "$WORK/pg.zip"
  timed "copy PostgreSQL -> SQLite" "$ENV_site" copy --from "$PG/observatory_bench_copy" \
    --to "sqlite://$WORK/back.db"
else
  echo "-- PostgreSQL not reachable at $PG: copies skipped"
fi
