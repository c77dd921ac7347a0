"""Run by sqlmap before each request it sends (its --eval option), so that
each probe reaches the database instead of a form's anti-robot defences:

- the collaboration form's signed `started` field says when the form was
  shown; the form is refused when sent less than 3 seconds later, and counted
  once per `started` value (a form sent twice makes one proposal). Each
  request gets its own value, taken from a pool of forms fetched at least
  FORM_FILL_SECONDS earlier;
- registering an address that has an account stores nothing new, so each
  registration gets a new address, except when the address itself is the
  field being probed.
"""

import collections
import re
import sys
import time

import observatory_probe

# Enough fetched forms to cover the waiting time at sqlmap's pace.
POOL_SIZE = 50
_pool = collections.deque()
_next_started = None
STARTED_PART = re.compile(r'(name="started"\r?\n\r?\n)[^\r\n]*')
# How sqlmap's --eval names variables that are not Python names.
ENCODED_NAME_PREFIX = "EVAL_"


def _aged_started():
    """A `started` value shown at least FORM_FILL_SECONDS ago; never the same twice."""
    if not _pool:
        for _ in range(POOL_SIZE):
            _pool.append((time.monotonic(), observatory_probe.started_value()))
    _pool.append((time.monotonic(), observatory_probe.started_value()))
    shown_at, value = _pool.popleft()
    time.sleep(max(0.0, shown_at + observatory_probe.FORM_FILL_SECONDS - time.monotonic()))
    return value


def prepare_started(namespace):
    """Picks the `started` value of the request sqlmap is about to send;
    `namespace` is the --eval code's globals().

    Two defects of sqlmap 1.10's --eval with a multipart body
    (lib/request/connect.py) are worked around here:
    - an assigned value is written through re.escape, which puts a backslash
      before each dot of the signed value: the value is put into the body as
      the request leaves instead;
    - cookies whose names are not Python names (`__Host-obs_csrf`) are handed
      to the code under encoded names, then taken for changed fields and
      added to the body as a broken part that swallows the next one: they
      are taken out of the namespace.
    The waiting happens here, before sqlmap starts timing the request, so it
    cannot pass for a time-based injection."""
    global _next_started
    for name in [name for name in namespace if name.startswith(ENCODED_NAME_PREFIX)]:
        del namespace[name]
    if _next_started is None:
        _put_started_into_requests()
    _next_started = _aged_started()


def _put_started_into_requests():
    connect = sys.modules["lib.request.connect"].Connect
    send = connect.getPage

    def get_page(**kwargs):
        global _next_started
        post = kwargs.get("post")
        if _next_started and post:
            kwargs["post"] = STARTED_PART.sub(lambda match: match.group(1) + _next_started, post)
            _next_started = ""
        return send(**kwargs)

    connect.getPage = staticmethod(get_page)


def registration_email(current):
    """A new address, unless sqlmap is probing this field (its value then
    differs from the one in the request file)."""
    if current == observatory_probe.REGISTER_EMAIL:
        return observatory_probe.unique_email()
    return current
