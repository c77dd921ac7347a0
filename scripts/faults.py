#!/usr/bin/env python3
"""Crash and shutdown probes against the release binary, on loopback only.

For each database (SQLite, then PostgreSQL when reachable):
  1. ROUNDS rounds of: start the server, send registrations, account
     confirmations, anonymous proposals and proposal confirmations from
     several threads, then kill -9 the server at a random moment. Every
     request that got its success answer is an acknowledged write.
  2. A last start lets the mail queue drain, then SIGTERM.
  3. Checks: every acknowledged write is in the database; SQLite's
     integrity and foreign-key checks (PostgreSQL: no row without its
     parent, for every foreign key); no mail delivered twice (same
     Message-ID, or same recipient and same text).
Then, on SQLite:
  4. SIGTERM under load: requests answered before the stop are all stored,
     and the process exits within the deadline.
  5. A client that sends half a request header and stops: other clients are
     served meanwhile, the half connection is closed by the server, and a
     SIGTERM'd server still exits within the deadline.

Mail goes to an SMTP sink in this script (a real SMTP exchange). Prints its
figures and exits 1 when anything is lost, duplicated, damaged or held.

Usage: faults.py BINARY [--rounds N] [--pg URL]
"""
import argparse, email, email.policy, hashlib, http.client, os, random, re, signal, socket, socketserver
import sqlite3, subprocess, sys, tempfile, threading, time, urllib.parse

PASSWORD = "faults passphrase of words"
SHUTDOWN_DEADLINE = 25.0  # seconds: OBSERVATORY_SHUTDOWN_SECONDS (20 by default) plus start-up slack
HALF_HEADER_WAIT = 20.0  # longer than the server's header-read timeout


# --- an SMTP sink ---------------------------------------------------------

class Sink:
    """Accepts every message and keeps it; answers like a real server."""

    def __init__(self):
        self.messages, self.lock = [], threading.Lock()
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                self.wfile.write(b"220 faults sink\r\n")
                data, in_data = [], False
                for raw in self.rfile:
                    line = raw.decode("utf-8", "replace")
                    if in_data:
                        if line in (".\r\n", ".\n"):
                            in_data = False
                            with sink.lock:
                                sink.messages.append("".join(data))
                            data = []
                            self.wfile.write(b"250 queued\r\n")
                        else:
                            data.append(line[1:] if line.startswith("..") else line)
                        continue
                    verb = line[:4].upper()
                    if verb in ("EHLO", "HELO"):
                        self.wfile.write(b"250-faults\r\n250 8BITMIME\r\n")
                    elif verb == "DATA":
                        in_data = True
                        self.wfile.write(b"354 go on\r\n")
                    elif verb == "QUIT":
                        self.wfile.write(b"221 bye\r\n")
                        return
                    else:
                        self.wfile.write(b"250 ok\r\n")

        class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def parsed(self):
        with self.lock:
            raw = list(self.messages)
        return [email.message_from_string(text, policy=email.policy.default) for text in raw]


def plain_text(message):
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""


def duplicates(messages):
    """Messages delivered more than once: same Message-ID, or same recipient and text."""
    by_id, by_text = {}, {}
    for message in messages:
        by_id[message["Message-ID"]] = by_id.get(message["Message-ID"], 0) + 1
        key = (message["To"], hashlib.sha256(plain_text(message).encode()).hexdigest())
        by_text[key] = by_text.get(key, 0) + 1
    return max(sum(n - 1 for n in by_id.values()), sum(n - 1 for n in by_text.values()))


# --- HTTP clients -----------------------------------------------------------

class Client:
    """Keeps cookies, never follows redirects, one connection at a time."""

    def __init__(self, port, address):
        self.port, self.address, self.cookies = port, address, {}

    def request(self, method, path, body=None, content_type=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
                   "X-Forwarded-For": self.address}
        if content_type:
            headers["Content-Type"] = content_type
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return response.status, response.headers.get("Location", ""), text

    def form(self, path, fields):
        return self.request("POST", path, urllib.parse.urlencode(fields).encode(),
                            "application/x-www-form-urlencoded")


def hidden(html, name):
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    return found.group(1) if found else ""


def multipart(fields):
    boundary = "faultsboundary51c"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    return ("".join(parts) + f"--{boundary}--\r\n").encode(), f"multipart/form-data; boundary={boundary}"


class Acknowledged:
    """What the server said it stored."""

    def __init__(self):
        self.lock = threading.Lock()
        self.accounts, self.confirmed_accounts = set(), set()
        self.proposals, self.confirmed_proposals = set(), set()
        self.used_links = set()

    def add(self, kind, value):
        with self.lock:
            getattr(self, kind).add(value)

    def total(self):
        return sum(len(s) for s in (self.accounts, self.confirmed_accounts, self.proposals,
                                    self.confirmed_proposals))


def register(client, serial):
    _, _, page = client.request("GET", "/en/register")
    address = f"account-{serial}@faults.example.org"
    status, location, _ = client.form("/en/register", [
        ("csrf", hidden(page, "csrf")), ("account_type", "individual"), ("full_name", "Faults Tester"),
        ("country", "BE"), ("languages", "en"), ("lines", "research"), ("email", address),
        ("password", PASSWORD), ("consent", "yes")])
    return address if status == 303 and "/register/sent" in location else None


def propose(client, started_form, serial):
    csrf, started = started_form
    address = f"proposal-{serial}@faults.example.org"
    body, content_type = multipart([
        ("csrf", csrf), ("started", started), ("website", ""), ("account_type", "individual"),
        ("full_name", "Faults Tester"), ("country", "BE"), ("languages", "en"), ("lines", "research"),
        ("email", address), ("specialisation", "Crash testing"), ("title", f"Faults proposal {serial}"),
        ("description", "A proposal sent by the fault probes to check that acknowledged writes survive."),
        ("collaboration_kind", "either"), ("consent", "yes")])
    status, location, _ = client.request("POST", "/en/collaborate", body, content_type)
    found = re.search(r"reference=([A-Z0-9-]+)", location)
    return found.group(1) if status == 303 and found else None


LINK = re.compile(r"https?://[^\s\"<>]+/(?:account|collaborate)/confirm\?token=[0-9a-f]+")


def confirm(client, link):
    url = urllib.parse.urlparse(link)
    status, _, page = client.request("GET", f"{url.path}?{url.query}")
    if status != 200 or not hidden(page, "token"):
        return None
    status, location, _ = client.form(url.path, [("csrf", hidden(page, "csrf")),
                                                 ("token", hidden(page, "token"))])
    if status != 303:
        return None
    if "/account/" in url.path:
        return ("confirmed_accounts", None)
    found = re.search(r"reference=([A-Z0-9-]+)", location)
    return ("confirmed_proposals", found.group(1)) if found else None


def load(port, sink, acked, stop, worker, serials):
    """One worker: a mix of registrations, proposals and confirmations."""
    client = Client(port, f"10.{worker}.{random.randint(0, 255)}.{random.randint(1, 254)}")
    forms = []  # (fetched at, (csrf, started)): the form's minimum fill time is 3 s
    while not stop.is_set():
        try:
            serial = next(serials)
            choice = serial % 3
            if choice == 0:
                address = register(client, serial)
                if address:
                    acked.add("accounts", address)
            elif choice == 1:
                _, _, page = client.request("GET", "/en/collaborate")
                forms.append((time.monotonic(), (hidden(page, "csrf"), hidden(page, "started"))))
                if forms and time.monotonic() - forms[0][0] > 3.2:
                    reference = propose(client, forms.pop(0)[1], serial)
                    if reference:
                        acked.add("proposals", reference)
            else:
                for message in sink.parsed():
                    found = LINK.search(plain_text(message))
                    if not found:
                        continue
                    with acked.lock:
                        if found.group(0) in acked.used_links:
                            continue
                        acked.used_links.add(found.group(0))
                    outcome = confirm(client, found.group(0))
                    if outcome:
                        kind, reference = outcome
                        acked.add(kind, reference or message["To"].addresses[0].addr_spec)
                    break
        except (OSError, http.client.HTTPException):
            time.sleep(0.05)  # the server is down (killed): try again when it is back


# --- the server -------------------------------------------------------------

class Site:
    def __init__(self, binary, database_url, sink):
        self.binary, self.database_url, self.sink = binary, database_url, sink
        self.data = tempfile.mkdtemp(prefix="observatory-faults-")
        self.port = free_port()
        self.process = None

    def env(self):
        env = dict(os.environ)
        env.update({
            "OBSERVATORY_DATA_DIR": self.data, "OBSERVATORY_LISTEN": f"127.0.0.1:{self.port}",
            "OBSERVATORY_LOG": "warn", "OBSERVATORY_SMTP_URL": f"smtp://127.0.0.1:{self.sink.port}",
            "OBSERVATORY_FORMS_PER_HOUR": "1000000", "OBSERVATORY_SUBMISSIONS_PER_HOUR": "1000000",
            "OBSERVATORY_TRUSTED_PROXIES": "127.0.0.1",
        })
        if self.database_url:
            env["OBSERVATORY_DATABASE_URL"] = self.database_url
        return env

    def start(self):
        log = open(os.path.join(self.data, "server.log"), "a")
        self.process = subprocess.Popen([self.binary, "serve"], env=self.env(), stdout=log, stderr=log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("faults: the server did not start (see server.log in " + self.data + ")")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def terminate(self):
        """SIGTERM; the seconds until the process exited (None if it did not within the deadline)."""
        began = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=SHUTDOWN_DEADLINE)
            return time.monotonic() - began
        except subprocess.TimeoutExpired:
            self.kill()
            return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the database's view ----------------------------------------------------

class Database:
    def __init__(self, site):
        self.site = site
        self.url = site.database_url

    def query(self, sql):
        if not self.url:
            with sqlite3.connect(os.path.join(self.site.data, "observatory.db")) as db:
                return [tuple(str(v) for v in row) for row in db.execute(sql).fetchall()]
        out = subprocess.run(["psql", self.url, "-AtF", "\t", "-c", sql], capture_output=True, text=True,
                             check=True).stdout
        return [tuple(line.split("\t")) for line in out.splitlines() if line]

    def missing(self, acked):
        accounts = {r[0] for r in self.query("SELECT email FROM users")}
        verified = {r[0] for r in self.query("SELECT email FROM users WHERE email_verified_at IS NOT NULL")}
        proposals = {r[0] for r in self.query("SELECT reference FROM proposals")}
        confirmed = {r[0] for r in self.query("SELECT reference FROM proposals WHERE confirmed_at IS NOT NULL")}
        return (len(acked.accounts - accounts) + len(acked.confirmed_accounts - verified)
                + len(acked.proposals - proposals) + len(acked.confirmed_proposals - confirmed))

    def damage(self):
        """Problems found by the integrity and foreign-key checks."""
        if not self.url:
            integrity = self.query("PRAGMA integrity_check")
            orphans = self.query("PRAGMA foreign_key_check")
            return (0 if integrity == [("ok",)] else len(integrity)) + len(orphans)
        keys = self.query("""
            SELECT kcu.table_name, kcu.column_name, ccu.table_name, ccu.column_name
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name
            JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'""")
        orphans = 0
        for child, column, parent, parent_column in keys:
            orphans += int(self.query(
                f'SELECT count(*) FROM "{child}" c WHERE c."{column}" IS NOT NULL AND NOT EXISTS '
                f'(SELECT 1 FROM "{parent}" p WHERE p."{parent_column}" = c."{column}")')[0][0])
        invalid = int(self.query("SELECT count(*) FROM pg_constraint WHERE NOT convalidated")[0][0])
        return orphans + invalid

    def pending_mail(self):
        return int(self.query("SELECT count(*) FROM jobs WHERE done_at IS NULL")[0][0])


# --- the probes ---------------------------------------------------------------

def crash_rounds(binary, database_url, rounds, label):
    sink, acked = Sink(), Acknowledged()
    site = Site(binary, database_url, sink)
    serials = iter(range(10 ** 9))
    for _ in range(rounds):
        site.start()
        stop = threading.Event()
        workers = [threading.Thread(target=load, args=(site.port, sink, acked, stop, n, serials))
                   for n in range(6)]
        for w in workers:
            w.start()
        time.sleep(random.uniform(4.0, 7.0))
        site.kill()
        stop.set()
        for w in workers:
            w.join()
    site.start()
    database = Database(site)
    deadline = time.monotonic() + 60
    while database.pending_mail() and time.monotonic() < deadline:
        time.sleep(0.5)
    pending = database.pending_mail()
    exit_seconds = site.terminate()
    missing, damage = database.missing(acked), database.damage()
    mails = sink.parsed()
    doubled = duplicates(mails)
    print(f"{label}: rounds {rounds}   acknowledged {acked.total()} (accounts {len(acked.accounts)}, "
          f"confirmed {len(acked.confirmed_accounts)}, proposals {len(acked.proposals)}, "
          f"confirmed {len(acked.confirmed_proposals)})   missing {missing}   integrity problems {damage}   "
          f"mails {len(mails)}   sent twice {doubled}   unsent after drain {pending}")
    ok = missing == 0 and damage == 0 and doubled == 0 and pending == 0 and exit_seconds is not None
    return ok


def sigterm_under_load(binary):
    sink, acked = Sink(), Acknowledged()
    site = Site(binary, None, sink)
    site.start()
    stop, serials = threading.Event(), iter(range(10 ** 9))
    workers = [threading.Thread(target=load, args=(site.port, sink, acked, stop, n, serials)) for n in range(6)]
    for w in workers:
        w.start()
    time.sleep(6.0)
    exit_seconds = site.terminate()
    stop.set()
    for w in workers:
        w.join()
    site.start()
    missing = Database(site).missing(acked)
    site.terminate()
    shown = "not within the deadline" if exit_seconds is None else f"{exit_seconds:.1f}s"
    print(f"SIGTERM under load: acknowledged {acked.total()}   lost {missing}   exit {shown}")
    return missing == 0 and exit_seconds is not None


def half_header(binary):
    site = Site(binary, None, Sink())
    site.start()
    stuck = socket.create_connection(("127.0.0.1", site.port))
    stuck.sendall(b"GET /en HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: half")
    conn = http.client.HTTPConnection("127.0.0.1", site.port, timeout=5)
    conn.request("GET", "/healthz")
    served = conn.getresponse().status == 200
    stuck.settimeout(HALF_HEADER_WAIT)
    began = time.monotonic()
    try:
        closed = stuck.recv(4096) is not None
    except socket.timeout:
        closed = False
    held = time.monotonic() - began
    second = socket.create_connection(("127.0.0.1", site.port))
    second.sendall(b"GET /en HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    time.sleep(0.2)
    exit_seconds = site.terminate()
    second.close()
    stuck.close()
    shown = "not within the deadline" if exit_seconds is None else f"{exit_seconds:.1f}s"
    closed_shown = f"closed after {held:.1f}s" if closed else f"still open after {held:.0f}s"
    print(f"half-sent header: others served {'yes' if served else 'no'}   half connection {closed_shown}"
          f"   SIGTERM exit {shown}")
    return served and closed and exit_seconds is not None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--pg", default="")
    args = parser.parse_args()
    results = [crash_rounds(args.binary, None, args.rounds, "kill -9, SQLite")]
    if args.pg:
        results.append(crash_rounds(args.binary, args.pg, args.rounds, "kill -9, PostgreSQL"))
    results.append(sigterm_under_load(args.binary))
    results.append(half_header(args.binary))
    print("faults: " + ("all held" if all(results) else "FAILED"))
    sys.exit(0 if all(results) else 1)


main()
