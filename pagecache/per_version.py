"""Small values every reading request needs (view restrictions, site settings), read once per
process per content version instead of once per request.

Every change a reader can see starts a new content version in its own transaction
(``pagecache.signals``), so a value read at version V is right for as long as V is current. During
a GET or HEAD (``ReadingRequestMiddleware``), ``held(name, read)`` answers from what this process
read at the request's version, and reads afresh once the version has moved on. Keys are the whole
version (number and time of change), so a rolled-back change never leaves a value behind under a
reused number. Other methods may change what is read, so outside a reading request ``held`` just reads.

Held values are shared between threads and requests: they must be treated as read-only.
"""

from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

from pagecache import version

T = TypeVar("T")

_reading_environ: ContextVar[dict | None] = ContextVar("reading_environ", default=None)
#: name -> (the version it was read at, the value)
_held: dict[str, tuple[version.Version, object]] = {}


def held(name: str, read: Callable[[], T]) -> T:
    environ = _reading_environ.get()
    if environ is None:
        return read()
    current = version.for_environ(environ)
    entry = _held.get(name)
    if entry is None or entry[0] != current:
        entry = (current, read())
        _held[name] = entry  # one assignment: a thread that reads at the same time sees the old or the new pair
    return entry[1]


class ReadingRequestMiddleware:
    """Marks GET and HEAD requests, whose ``held`` values are shared at their content version."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        token = _reading_environ.set(request.environ)
        try:
            return self.get_response(request)
        finally:
            _reading_environ.reset(token)
