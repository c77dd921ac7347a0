"""Run by sqlmap before each request it sends (its --eval option), so that
each probe reaches the database instead of a form's anti-robot defences:

- the collaboration form's signed `started` field says when the form was
  shown, and the form is refused when sent less than 3 seconds later and
  counted once per `started` value (a form sent twice makes one proposal).
  Each request gets its own value, taken from a pool of forms fetched at
  least FORM_FILL_SECONDS earlier;
- registering an address that has an account stores nothing new, so each
  registration gets a new address, except when the address itself is the
  field being probed.
"""

import collections
import time

import observatory_probe

# Enough fetched forms to cover the waiting time at sqlmap's pace.
POOL_SIZE = 50
_pool = collections.deque()


def started():
    """A `started` value shown at least FORM_FILL_SECONDS ago; never the same twice."""
    if not _pool:
        for _ in range(POOL_SIZE):
            _pool.append((time.monotonic(), observatory_probe.started_value()))
    _pool.append((time.monotonic(), observatory_probe.started_value()))
    shown_at, value = _pool.popleft()
    time.sleep(max(0.0, shown_at + observatory_probe.FORM_FILL_SECONDS - time.monotonic()))
    return value


def registration_email(current):
    """A new address, unless sqlmap is probing this field (its value then
    differs from the one in the request file)."""
    if current == observatory_probe.REGISTER_EMAIL:
        return observatory_probe.unique_email()
    return current
