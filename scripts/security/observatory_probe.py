"""The probed instance seen as a browser sees it, for scripts/security.sh.

Run with the probes' Python (standard library only):
  observatory_probe.py wait-ready
      waits until /healthz answers
  observatory_probe.py check-redirect HTTP_URL
      checks that the plain-HTTP listener sends to the same path over https
  observatory_probe.py admin-session LINK EMAIL
      sets the admin's password from the create-admin link, signs in, and
      prints the Cookie header of the session
  observatory_probe.py signed-in COOKIE
      checks that the session of that Cookie header still opens the staff queue
  observatory_probe.py sqlmap-requests DIR EMAIL STAFF_COOKIE
      writes the raw requests sqlmap replays (-r) for each probed form and
      page, after checking that each reaches its handler

Settings come from the environment: PROBE_BASE_URL (https://127.0.0.1:PORT)
and PROBE_CA_FILE (the certificate authority that signed its certificate).
sqlmap_eval.py imports this module too.
"""

import html.parser
import http.cookiejar
import os
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

BASE_URL = os.environ.get("PROBE_BASE_URL", "")
CA_FILE = os.environ.get("PROBE_CA_FILE")
# The collaboration form refuses what is sent sooner than this after it was
# shown (src/proposals/form.rs, MIN_FILL_SECONDS), with a margin.
FORM_FILL_SECONDS = 4
# A password the site accepts (long enough, not a common one).
PROBE_PASSWORD = "violet-harbour-lantern-1987"


class _HiddenFields(html.parser.HTMLParser):
    """Collects the hidden inputs of a page (the first value of each name)."""

    def __init__(self):
        super().__init__()
        self.fields = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "input" and attributes.get("type") == "hidden":
            self.fields.setdefault(attributes.get("name"), attributes.get("value") or "")


class _KeepRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are answers to look at, not to follow."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def hidden_fields(self):
        parser = _HiddenFields()
        parser.feed(self.body)
        return parser.fields


class Browser:
    """Keeps its cookies; sends forms as a browser would (without the
    Origin and Sec-Fetch-Site headers, as older browsers and scripts)."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        context = ssl.create_default_context(cafile=CA_FILE)
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=context),
            urllib.request.HTTPCookieProcessor(self.jar),
            _KeepRedirects(),
        )

    def request(self, path_or_url, data=None, headers=None):
        url = urllib.parse.urljoin(BASE_URL, path_or_url)
        request = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=30) as answer:
                return Response(answer.status, answer.headers, answer.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as answer:
            return Response(answer.code, answer.headers, answer.read().decode("utf-8", "replace"))

    def get(self, path):
        return self.request(path)

    def post(self, path, fields):
        body = urllib.parse.urlencode(fields).encode()
        return self.request(path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def cookie_header(self):
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.jar)


def fail(message):
    print(f"security: {message}", file=sys.stderr)
    sys.exit(1)


def expect(response, status, what):
    if response.status != status:
        fail(f"{what}: expected HTTP {status}, got {response.status}\n{response.body[:2000]}")


def wait_ready(seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if Browser().get("/healthz").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    fail(f"the server did not answer on {BASE_URL}/healthz within {seconds} s")


def check_redirect(http_url):
    """The plain-HTTP listener answers with a redirect to the same path over https."""
    response = Browser().request(urllib.parse.urljoin(http_url, "/en/?probe=1"))
    location = response.headers.get("Location", "")
    wanted = urllib.parse.urljoin(BASE_URL, "/en/?probe=1")
    if response.status not in (301, 308) or location != wanted:
        fail(f"{http_url} answered {response.status} to {location!r}, not a redirect to {wanted}")
    print(f"http redirect: {http_url} -> {location} ({response.status})")


def admin_session(link, email):
    password = PROBE_PASSWORD
    browser = Browser()
    page = browser.get(link)
    expect(page, 200, "the create-admin link")
    fields = page.hidden_fields()
    answer = browser.post(
        "/en/password-reset/new",
        {"csrf": fields["csrf"], "token": fields["token"], "password": password, "password_again": password},
    )
    expect(answer, 303, "setting the admin's password")
    csrf = browser.get("/en/login").hidden_fields()["csrf"]
    answer = browser.post("/en/login", {"csrf": csrf, "email": email, "password": password})
    expect(answer, 303, "the admin's sign-in")
    expect(browser.get("/en/staff/proposals"), 200, "the staff queue, signed in")
    print(browser.cookie_header())


def signed_in(cookie):
    expect(Browser().request("/en/staff/proposals", headers={"Cookie": cookie}), 200, "the staff queue with the admin's session")


def started_value():
    """A fresh signed `started` field of the collaboration form, as shown now."""
    return Browser().get("/en/collaborate").hidden_fields()["started"]


def unique_email():
    return f"probe-{uuid.uuid4().hex[:12]}@example.org"


# Valid answers to each form, so that a probe of one field reaches the
# database with every other field accepted. Repeated names are lists.
PROFILE = [
    ("account_type", "individual"),
    ("full_name", "Ana Probe"),
    ("organisation_name", ""),
    ("sector", ""),
    ("country", "ES"),
    ("languages", "en"),
    ("lines", "restorative-justice"),
]
# The address sqlmap sends to the registration form, which sqlmap_eval.py
# replaces with a new one in each request where it is not the probed field,
# so that every registration is a new account stored in the database.
REGISTER_EMAIL = "new-member@example.org"
LOGIN = [("email", None), ("password", "not the password"), ("next", "/en/account")]
REGISTER = PROFILE + [("email", REGISTER_EMAIL), ("password", PROBE_PASSWORD), ("consent", "yes")]
COLLABORATE = PROFILE + [
    ("email", "proposer@example.org"),
    ("specialisation", "Restorative practice with young people"),
    ("title", "Restorative circles in schools"),
    ("description", "A proposal to share what we learnt running restorative circles in schools."),
    ("collaboration_kind", "either"),
    ("consent", "yes"),
    ("website", ""),
    ("kept_attachment", ""),
]
# Every filter of the staff queue, each with a value it accepts.
STAFF_QUERY = [
    ("q", "circles"),
    ("state", "submitted"),
    ("line", "restorative-justice"),
    ("region", "europe"),
    ("language", "en"),
    ("kind", "either"),
    ("evaluator", "1"),
    ("from", "2020-01-01"),
    ("to", "2099-12-31"),
    ("sort", "oldest"),
    ("page", "1"),
]


def raw_request(method, path, cookie, content_type=None, body=""):
    host = urllib.parse.urlsplit(BASE_URL).netloc
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", f"Cookie: {cookie}"]
    if content_type:
        lines += [f"Content-Type: {content_type}", f"Content-Length: {len(body.encode())}"]
    return "\r\n".join(lines) + "\r\n\r\n" + body


def multipart(fields, boundary):
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n' for name, value in fields
    ]
    return "".join(parts) + f"--{boundary}--\r\n"


def sqlmap_requests(directory, login_email, staff_cookie):
    """Writes one raw request per probed form, with an anonymous visitor's
    CSRF cookie and token (the token is bound to the cookie, not to one
    request, so sqlmap may replay it), after sending each once to check
    that it gets past the CSRF check and the limits to its handler."""
    visitor = Browser()
    csrf = visitor.get("/en/login").hidden_fields()["csrf"]
    cookie = visitor.cookie_header()

    login = [("csrf", csrf)] + [(name, login_email if value is None else value) for name, value in LOGIN]
    expect(visitor.post("/en/login", login), 401, "a wrong password for the probed account")

    register = [("csrf", csrf)] + REGISTER
    fresh = [(name, unique_email() if value == REGISTER_EMAIL else value) for name, value in register]
    expect(visitor.post("/en/register", fresh), 303, "a registration")

    collaborate = [("csrf", csrf), ("started", started_value())] + COLLABORATE
    time.sleep(FORM_FILL_SECONDS)
    boundary = f"probe{uuid.uuid4().hex}"
    content_type = f"multipart/form-data; boundary={boundary}"
    body = multipart(collaborate, boundary)
    sent = visitor.request("/en/collaborate", body.encode(), {"Content-Type": content_type})
    expect(sent, 303, "a proposal")

    requests = {
        "login": raw_request(
            "POST", "/en/login", cookie, "application/x-www-form-urlencoded", urllib.parse.urlencode(login)
        ),
        "register": raw_request(
            "POST", "/en/register", cookie, "application/x-www-form-urlencoded", urllib.parse.urlencode(register)
        ),
        "collaborate": raw_request("POST", "/en/collaborate", cookie, content_type, body),
        "staff": raw_request("GET", "/en/staff/proposals?" + urllib.parse.urlencode(STAFF_QUERY), staff_cookie),
    }
    for name, text in requests.items():
        with open(os.path.join(directory, f"{name}.txt"), "w", encoding="utf-8", newline="") as file:
            file.write(text)
    print(f"sqlmap requests written to {directory}: {', '.join(requests)}")


def main(argv):
    commands = {
        "wait-ready": (wait_ready, 0),
        "check-redirect": (check_redirect, 1),
        "admin-session": (admin_session, 2),
        "signed-in": (signed_in, 1),
        "sqlmap-requests": (sqlmap_requests, 3),
    }
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        fail(f"usage: {argv[0]} {' | '.join(commands)} (see the module's documentation)")
    command, _ = commands[argv[1]]
    command(*argv[2:])


if __name__ == "__main__":
    main(sys.argv)
