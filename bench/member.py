#!/usr/bin/env python3
"""Signs in a staff member for the benchmarks and prints what the load
generators need: the Cookie header on the first line, the CSRF token of its
forms on the second.

An admin is made with `create-admin` on the server's database, chooses a
password through the printed link and signs in through the real forms.
Setup only: nothing here is timed.

Usage: member.py BASE_URL BINARY ENV_FILE EMAIL
ENV_FILE holds the server's OBSERVATORY_* settings (KEY=VALUE lines).
"""
import http.client, re, subprocess, sys, urllib.parse

BASE, BINARY, ENV_FILE, EMAIL = sys.argv[1:5]
HOST = urllib.parse.urlparse(BASE)
PASSWORD = "bench passphrase with words"


class Client:
    """Keeps cookies, never follows redirects."""

    def __init__(self):
        self.cookies = {}
        self.conn = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=30)

    def header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def request(self, method, path, body=None, content_type=None):
        headers = {"Cookie": self.header()}
        if content_type:
            headers["Content-Type"] = content_type
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            if "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, text

    def form(self, path, fields):
        return self.request("POST", path, urllib.parse.urlencode(fields), "application/x-www-form-urlencoded")


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def main():
    env = dict(line.split("=", 1) for line in open(ENV_FILE).read().split() if "=" in line)
    out = subprocess.run([BINARY, "create-admin", "--email", EMAIL], env=env,
                         capture_output=True, text=True, check=True).stdout
    link = urllib.parse.urlparse([l for l in out.split() if l.startswith("http")][0])
    client = Client()
    _, page = client.request("GET", f"{link.path}?{link.query}")
    client.form("/en/password-reset/new", {"csrf": hidden(page, "csrf"), "token": hidden(page, "token"),
                                           "password": PASSWORD, "password_again": PASSWORD})
    _, page = client.request("GET", "/en/login")
    status, _ = client.form("/en/login", {"csrf": hidden(page, "csrf"), "email": EMAIL, "password": PASSWORD})
    if status != 303:
        sys.exit(f"bench: signing in {EMAIL} failed ({status})")
    _, page = client.request("GET", "/en/account")
    print(client.header())
    print(hidden(page, "csrf"))


main()
