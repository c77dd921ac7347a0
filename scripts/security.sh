#!/usr/bin/env bash
# The attacker's probes, runnable by anyone, against a throwaway instance on
# loopback (nothing else is ever a target):
# - sqlmap (level 2, risk 1) on the login, registration and collaboration
#   forms and on the staff queue's filters (signed in as an admin);
# - wapiti on the whole public site (domain scope);
# - Mozilla's HTTP Observatory scanner on the TLS listener, and a check that
#   the plain-HTTP listener redirects to https.
# Prints what each found and ends with one line:
#   security: sqlmap findings N, wapiti findings N, observatory grade X (score S)
# and exits 1 on any finding, on a grade below A+, or when a probe could not
# run as intended.
#
#   scripts/security.sh            the full probes (about half an hour)
#   scripts/security.sh --short    a few minutes: sqlmap level 1 on the login
#                                  form, wapiti with a few modules for a short
#                                  time, the Observatory scan (scripts/test.sh)
#
# Installs its tools itself, pinned (scripts/security/requirements.txt and
# package-lock.json), into ~/.cache/observatory-security (or
# $OBSERVATORY_SECURITY_CACHE), once. Builds the release binary, unless
# OBSERVATORY_BIN names one already built. Reports are kept in
# target/security/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

SHORT=false
case "${1:-}" in
  "") ;;
  --short) SHORT=true ;;
  *) echo "usage: $0 [--short]" >&2; exit 2 ;;
esac

CACHE="${OBSERVATORY_SECURITY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/observatory-security}"
VENV="$CACHE/venv"
NPM_DIR="$CACHE/npm"
SCANNER="$NPM_DIR/node_modules/@mdn/mdn-http-observatory"
PROBES="$ROOT/scripts/security"
REPORTS="${CARGO_TARGET_DIR:-$ROOT/target}/security"
WORK="$(mktemp -d)"
ADMIN_EMAIL="admin@example.org"
SERVER_PID=""
PROBLEMS=()

source "$ROOT/scripts/lib/shell.sh"
source "$ROOT/scripts/lib/pinned_venv.sh"

cleanup() {
  stop_process "$SERVER_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT

install_system_packages() {
  local missing=()
  has_python_venv || missing+=(python3-venv)
  command -v node >/dev/null || missing+=(nodejs npm)
  command -v openssl >/dev/null || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

# Reinstalled only when the pinned lists change.
install_tools() {
  pinned_venv "$VENV" "$PROBES/requirements.txt" "sqlmap and wapiti"
  if ! cmp -s "$PROBES/package-lock.json" "$NPM_DIR/package-lock.json" || [ ! -d "$SCANNER" ]; then
    echo "== installing the HTTP Observatory scanner into $NPM_DIR"
    rm -rf "$NPM_DIR"
    mkdir -p "$NPM_DIR"
    cp "$PROBES/package.json" "$PROBES/package-lock.json" "$NPM_DIR/"
    # Without install scripts: the scanner's and a CA bundle's download
    # lists from hosts that are not package registries.
    (cd "$NPM_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
  # The scanner reads Chromium's HSTS preload list, which its install script
  # would have downloaded. A loopback host is in no preload list: empty is
  # the true list here.
  [ -f "$SCANNER/conf/hsts-preload.json" ] || echo '{}' >"$SCANNER/conf/hsts-preload.json"
}

build() {
  if [ -n "${OBSERVATORY_BIN:-}" ]; then
    BIN="$(realpath "$OBSERVATORY_BIN")"
  else
    echo "== building the release binary"
    cargo build --release --locked
    BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/observatory"
  fi
}

# A certificate authority made for this run, and the server's certificate
# for 127.0.0.1 signed by it: the scanners trust that authority only.
make_certificates() {
  local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  openssl req -x509 "${ec[@]}" -days 2 -subj "/CN=Observatory security probes" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" \
    -keyout "$WORK/ca.key" -out "$WORK/ca.pem" 2>/dev/null
  openssl req "${ec[@]}" -subj "/CN=127.0.0.1" -keyout "$WORK/server.key" -out "$WORK/server.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=critical,CA:FALSE\n' >"$WORK/server.ext"
  openssl x509 -req -in "$WORK/server.csr" -CA "$WORK/ca.pem" -CAkey "$WORK/ca.key" -CAcreateserial \
    -days 2 -extfile "$WORK/server.ext" -out "$WORK/server.pem" 2>/dev/null
}

# Runs the binary with the probed instance's settings and no others: TLS on
# loopback, a fresh SQLite database, the form limits and (with a test-only
# setting) the login limits raised so that thousands of probes all reach
# their handlers.
observatory() {
  (
    for name in $(compgen -e | grep '^OBSERVATORY_' || true); do unset "$name"; done
    export OBSERVATORY_DATA_DIR="$WORK/data"
    export OBSERVATORY_LISTEN="127.0.0.1:$PORT"
    export OBSERVATORY_BASE_URL="$BASE_URL"
    export OBSERVATORY_TLS_CERT="$WORK/server.pem"
    export OBSERVATORY_TLS_KEY="$WORK/server.key"
    export OBSERVATORY_HTTP_REDIRECT_LISTEN="127.0.0.1:$HTTP_PORT"
    export OBSERVATORY_FORMS_PER_HOUR=1000000
    export OBSERVATORY_SUBMISSIONS_PER_HOUR=1000000
    export OBSERVATORY_TEST_RAISE_LIMITS=1
    export OBSERVATORY_LOG=warn
    exec "$BIN" "$@"
  )
}

probe_python() {
  PROBE_BASE_URL="$BASE_URL" PROBE_CA_FILE="$WORK/ca.pem" PYTHONPATH="$PROBES" "$VENV/bin/python" "$@"
}

start_server() {
  PORT="$(free_port)"
  HTTP_PORT="$(free_port)"
  BASE_URL="https://127.0.0.1:$PORT"
  echo "== starting the server on $BASE_URL (plain HTTP redirects on port $HTTP_PORT)"
  observatory serve >"$REPORTS/server.log" 2>&1 &
  SERVER_PID=$!
  probe_python "$PROBES/observatory_probe.py" wait-ready
}

# An admin made with create-admin, its password set through the printed
# link, signed in: its session probes the staff pages, its address the
# login form.
seed() {
  local link
  link="$(observatory create-admin --email "$ADMIN_EMAIL" | grep -o 'https://[^[:space:]]*')"
  ADMIN_COOKIE="$(probe_python "$PROBES/observatory_probe.py" admin-session "$link" "$ADMIN_EMAIL")"
  mkdir -p "$WORK/requests"
  probe_python "$PROBES/observatory_probe.py" sqlmap-requests "$WORK/requests" "$ADMIN_EMAIL" "$ADMIN_COOKIE"
}

OBSERVATORY_GRADE="none"
OBSERVATORY_SCORE=0
run_observatory() {
  echo "== HTTP Observatory scan of 127.0.0.1:$PORT"
  local scan="$REPORTS/observatory.json" result
  # The scanner's own starter would point NODE_EXTRA_CA_CERTS at the CA
  # bundle it did not download; it is started directly with ours.
  NODE_EXTRA_CA_CERTS="$WORK/ca.pem" node "$SCANNER/src/scan.js" "127.0.0.1:$PORT" >"$scan" || true
  result="$(probe_python "$PROBES/report.py" observatory "$scan" | tee "$WORK/observatory.txt" | tail -1)"
  head -n -1 "$WORK/observatory.txt"
  read -r OBSERVATORY_GRADE OBSERVATORY_SCORE <<<"$result"
  # The scanner asks for http:// on the TLS port, finds no plain HTTP there
  # and so cannot see the redirect listener: checked here instead.
  probe_python "$PROBES/observatory_probe.py" check-redirect "http://127.0.0.1:$HTTP_PORT" ||
    PROBLEMS+=("the plain-HTTP listener does not redirect to https")
}

SQLMAP_FINDINGS=0
# name, level, sqlmap options...: probes one saved request, as an anonymous
# visitor with a valid CSRF cookie and token (the token is not probed: it is
# checked against the cookie before anything else; --drop-set-cookie keeps
# the pair), 401 being the login form's answer to a wrong password, not a
# demand for HTTP authentication. A finding is an
# injection point sqlmap confirmed ("Parameter: …" under "sqlmap identified
# the following injection point(s)"), or a parameter its heuristics saw
# reflected unescaped (XSS) or reaching a file (FI).
run_sqlmap() {
  local name="$1" level="$2"
  shift 2
  local log="$REPORTS/sqlmap-$name.log" found
  echo "== sqlmap: $name (level $level, risk 1)"
  set +e
  SQLMAP_UNSAFE_EVAL=1 PROBE_BASE_URL="$BASE_URL" PROBE_CA_FILE="$WORK/ca.pem" PYTHONPATH="$PROBES" \
    "$VENV/bin/sqlmap" -r "$WORK/requests/$name.txt" --force-ssl --batch --level "$level" --risk 1 \
    --skip=csrf --ignore-code=401 --drop-set-cookie --disable-coloring --output-dir "$WORK/sqlmap" "$@" >"$log" 2>&1
  set -e
  grep -E "appears to be .* injectable|might be vulnerable|^Parameter: |\[(ERROR|CRITICAL)\]" "$log" |
    grep -v "all tested parameters do not appear to be injectable" | sed 's/^/  /' || true
  found=$(grep -cE "^Parameter: |might be vulnerable to" "$log" || true)
  SQLMAP_FINDINGS=$((SQLMAP_FINDINGS + found))
  if ! grep -qE "all tested parameters do not appear to be injectable|identified the following injection point" "$log"; then
    PROBLEMS+=("sqlmap did not finish probing $name (see $log)")
  fi
  echo "  $name: $found findings, $(grep -c "testing '" "$log" || true) techniques tried"
}

# The staff queue first, while the admin's session is fresh.
run_all_sqlmap() {
  if ! $SHORT; then
    run_sqlmap staff "$SQLMAP_LEVEL"
    probe_python "$PROBES/observatory_probe.py" signed-in "$ADMIN_COOKIE" ||
      PROBLEMS+=("the admin's session ended during the staff probe: it may have probed the login page")
  fi
  run_sqlmap login "$SQLMAP_LEVEL"
  $SHORT && return
  run_sqlmap register "$SQLMAP_LEVEL" --eval "import sqlmap_eval; email = sqlmap_eval.registration_email(email)"
  run_sqlmap collaborate "$SQLMAP_LEVEL" --skip=csrf,started --eval "import sqlmap_eval; sqlmap_eval.prepare_started(globals())"
}

WAPITI_FINDINGS=0
run_wapiti() {
  local report="$REPORTS/wapiti.json" modules scan_seconds attack_seconds result
  if $SHORT; then
    modules="sql,xss,exec,file,redirect,http_headers,cookieflags,csp"
    scan_seconds=100
    attack_seconds=20
  else
    # The default modules but two: ssrf needs a third-party endpoint to
    # report to, and ssl grades the certificate, here a throwaway one.
    modules="common,-ssrf,-ssl"
    scan_seconds=1200
    attack_seconds=300
  fi
  echo "== wapiti on $BASE_URL/en/ (domain scope, modules $modules, at most $scan_seconds s)"
  set +e
  # Some payloads name an outside "endpoint" (only ssrf and xxe, left out,
  # would contact it): it is pointed at a closed loopback port, and the DNS
  # one (log4shell's, looked up even when that module is not used) at
  # loopback too.
  "$VENV/bin/wapiti" -u "$BASE_URL/en/" --scope domain -m "$modules" --flush-session \
    --max-scan-time "$scan_seconds" --max-attack-time "$attack_seconds" --verify-ssl 0 \
    --external-endpoint "http://127.0.0.1:9/" --dns-endpoint 127.0.0.1 \
    --store-session "$WORK/wapiti" --store-config "$WORK/wapiti" --no-bugreport \
    -f json -o "$report" >"$REPORTS/wapiti.log" 2>&1
  set -e
  if [ ! -s "$report" ]; then
    PROBLEMS+=("wapiti wrote no report (see $REPORTS/wapiti.log)")
    return
  fi
  result="$(probe_python "$PROBES/report.py" wapiti "$report" | tee "$WORK/wapiti.txt" | tail -1)"
  head -n -1 "$WORK/wapiti.txt"
  WAPITI_FINDINGS="$result"
}

install_system_packages
install_tools
build
rm -rf "$REPORTS"
mkdir -p "$REPORTS"
make_certificates
start_server
seed
if $SHORT; then SQLMAP_LEVEL=1; else SQLMAP_LEVEL=2; fi
run_observatory
run_all_sqlmap
run_wapiti

for problem in "${PROBLEMS[@]}"; do echo "security: PROBLEM: $problem"; done
echo "security: sqlmap findings $SQLMAP_FINDINGS, wapiti findings $WAPITI_FINDINGS, observatory grade $OBSERVATORY_GRADE (score $OBSERVATORY_SCORE)"
if [ "$SQLMAP_FINDINGS" -ne 0 ] || [ "$WAPITI_FINDINGS" -ne 0 ] || [ "$OBSERVATORY_GRADE" != "A+" ] ||
  [ ${#PROBLEMS[@]} -ne 0 ]; then
  exit 1
fi
