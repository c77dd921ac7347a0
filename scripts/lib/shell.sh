# Shell helpers shared by the test scripts (test.sh, security.sh,
# api_contract.sh, object_store.sh), sourced by each.

# Runs a command as root: directly when already root, through sudo otherwise.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs Debian packages, quietly.
apt_install() {
  echo "== installing $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# Whether Python can make virtual environments (Debian keeps that apart).
has_python_venv() { python3 -c 'import ensurepip, venv' 2>/dev/null; }

# A TCP port free on loopback, for a throwaway server.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Stops the background process whose number is $1, if any, and waits for it.
stop_process() {
  if [ -n "${1:-}" ]; then
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}
