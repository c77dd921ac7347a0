#!/usr/bin/env python3
"""Confirmed collaboration proposals per second, against a running server.

A signed-in member with a confirmed address sends proposals through the real
form (multipart, CSRF token, signed start time); each accepted one is stored,
acknowledged by a queued mail and counted. Every form is single-use (a form
sent twice makes one proposal), so a pool of real forms is fetched before the
timed run; the run stops early if the pool runs out. Loopback only, bounded.

Usage: submissions.py BASE_URL BINARY ENV_FILE [SECONDS] [WORKERS]
ENV_FILE holds the server's OBSERVATORY_* settings (KEY=VALUE lines), so the
admin account can be created on the same database.
"""
import collections, http.client, http.cookies, re, statistics, subprocess, sys, threading, time, urllib.parse

BASE, BINARY, ENV_FILE = sys.argv[1], sys.argv[2], sys.argv[3]
SECONDS = float(sys.argv[4]) if len(sys.argv) > 4 else 10.0
WORKERS = int(sys.argv[5]) if len(sys.argv) > 5 else 8
HOST = urllib.parse.urlparse(BASE)
PASSWORD = "bench passphrase with words"
FORMS_PER_SECOND_AT_MOST = 1200  # pool size per second of run: about twice the best rate seen on 2 cores


class Client:
    """Keeps cookies, never follows redirects."""

    def __init__(self):
        self.cookies = {}
        self.conn = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=30)

    def request(self, method, path, body=None, content_type=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if content_type:
            headers["Content-Type"] = content_type
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response.status, response.headers, text

    def form(self, path, fields):
        return self.request("POST", path, urllib.parse.urlencode(fields), "application/x-www-form-urlencoded")


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def signed_in_member():
    env = dict(line.split("=", 1) for line in open(ENV_FILE).read().split() if "=" in line)
    out = subprocess.run([BINARY, "create-admin", "--email", "bench@example.org"], env=env,
                         capture_output=True, text=True, check=True).stdout
    link = urllib.parse.urlparse([l for l in out.splitlines() if l.startswith("http")][0])
    client = Client()
    _, _, page = client.request("GET", f"{link.path}?{link.query}")
    client.form("/en/password-reset/new", {"csrf": hidden(page, "csrf"), "token": hidden(page, "token"),
                                           "password": PASSWORD, "password_again": PASSWORD})
    _, _, page = client.request("GET", "/en/login")
    status, _, _ = client.form("/en/login", {"csrf": hidden(page, "csrf"), "email": "bench@example.org",
                                             "password": PASSWORD})
    assert status == 303, "login failed"
    return client


def multipart(fields):
    boundary = "benchboundary7d2f"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


def fetch_forms(member, count):
    """`count` real forms (their single-use start values), fetched by WORKERS threads."""
    pool, lock = collections.deque(), threading.Lock()

    def fetcher(share):
        client = Client()
        client.cookies = dict(member.cookies)
        for _ in range(share):
            _, _, page = client.request("GET", "/en/collaborate")
            with lock:
                pool.append(hidden(page, "started"))

    threads = [threading.Thread(target=fetcher, args=(count // WORKERS + 1,)) for _ in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return pool


def main():
    member = signed_in_member()
    _, _, page = member.request("GET", "/en/collaborate")
    csrf = hidden(page, "csrf")
    forms = fetch_forms(member, int(SECONDS * FORMS_PER_SECOND_AT_MOST))
    time.sleep(3.2)  # the forms' minimum fill time
    latencies, failures, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + SECONDS

    def worker(number):
        client = Client()
        client.cookies = dict(member.cookies)
        sent = 0
        while time.monotonic() < deadline:
            with lock:
                if not forms:
                    return
                started = forms.popleft()
            body, content_type = multipart([
                ("csrf", csrf), ("started", started), ("website", ""), ("account_type", "individual"),
                ("full_name", "Bench Member"), ("country", "BE"), ("languages", "en"), ("lines", "research"),
                ("specialisation", "Load testing"), ("title", f"Bench proposal {number}-{sent}"),
                ("description", "A proposal sent by the benchmark to measure confirmed submissions."),
                ("collaboration_kind", "either"), ("consent", "yes")])
            began = time.monotonic()
            status, _, _ = client.request("POST", "/en/collaborate", body.encode(), content_type)
            elapsed = time.monotonic() - began
            with lock:
                if status == 303:
                    latencies.append(elapsed)
                else:
                    failures[0] += 1
            sent += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - began
    ordered = sorted(latencies)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0
    print(f"confirmed submissions: {len(ordered) / wall:8.1f}/s   p50 {statistics.median(ordered) * 1000:6.1f}ms"
          f"   p99 {p99 * 1000:6.1f}ms   accepted {len(ordered)}   refused {failures[0]}   ({WORKERS} workers, {wall:.1f}s)"
          + ("   (form pool ran out)" if not forms else ""))


main()
