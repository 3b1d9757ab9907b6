"""The full-page cache, in front of Django at the WSGI layer: a hit never builds Django's request.

``config.wsgi`` wraps Django's application in ``PageCacheFront``. For an anonymous GET or HEAD of
a public page (``pagecache.entries.may_use_cache``) it reads the content version (one round trip through
libpq on PostgreSQL, ``core.content_version_read``: under the database deadline, and the kept connection's
health check) and looks the page up in
``pagecache.store.page_store`` (this worker's memory, then Redis):

- a hit is answered from the entry: the headers Django's middlewares gave the page when it was
  stored (security headers and CSP included), a fresh ``X-Request-ID``, and a 304 when the reader's
  copy matches;
- a miss runs Django and stores its answer when ``pagecache.entries.is_storable`` allows;
- if the database cannot be read, Django answers the request with its 503 page at once.

Everything else (editors, the admin, the API, posts) goes straight to Django. See docs/performance.md.
"""

from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.db import DatabaseError, close_old_connections, connection
from django.http import HttpResponse

from core import content_version_read
from core.faults.database_unavailable import FOUND_UNAVAILABLE, is_connection_error
from core.request_id import HEADER as REQUEST_ID_HEADER
from core.request_id import request_id_for
from pagecache import entries, version
from pagecache.store import page_store


class PageCacheFront:
    #: Django's connection recycling, run around each request as its handler does (test clients skip it, as
    #: Django's own test handler does: the test's connection holds the test's transaction).
    recycle_connections = staticmethod(close_old_connections)

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        request = WSGIRequest(environ)
        if not entries.may_use_cache(request):
            return self.application(environ, start_response)
        # Recycle a connection that is too old or broken, as Django's handler does before and after each request
        # (directly: sending request_started and request_finished cost a hit a third of its time). For what is
        # passed on, Django's handler does it again, which only repeats the same cheap checks.
        self.recycle_connections()
        try:
            current = self.read_version(environ)
            key = entries.key(request, current)
        except DisallowedHost:
            return self.application(environ, start_response)  # Django answers 400
        except DatabaseError as error:
            if is_connection_error(error):
                environ[FOUND_UNAVAILABLE] = True
            return self.application(environ, start_response)
        entry = page_store.get(key, current.number)
        if entry is None:
            return self.miss(request, current, key, start_response)
        self.recycle_connections()
        status, headers, body = entries.answer(request, entry)
        start_response(status, [*headers, (REQUEST_ID_HEADER, request_id_for(environ)), ("X-Cache", "HIT")])
        return [body]

    @staticmethod
    def read_version(environ) -> version.Version:
        """One round trip under the request's database deadline. On a kept connection it is the health check:
        a kept connection that fails it is closed, and the version read once more on a new one."""
        kept = connection.connection is not None
        try:
            return content_version_read.for_environ(environ)
        except DatabaseError:
            if not kept:
                raise
            connection.close()
            return content_version_read.for_environ(environ)

    def miss(self, request, current: version.Version, key: str, start_response):
        """Django answers; a storable answer is stored and sent with its validators."""
        request.environ[entries.MAY_STORE] = True  # until a hook says otherwise
        captured = []

        def capture(status, headers, exc_info=None):
            captured[:] = [status, headers, exc_info]
            return _no_write

        result = self.application(request.environ, capture)
        status, headers, exc_info = captured
        if not isinstance(result, HttpResponse):  # streamed, or a file: passed on untouched
            start_response(status, headers, exc_info)
            return result
        try:
            body = result.content
        finally:
            result.close()  # Django's request_finished
        if entries.is_storable(request, int(status.split(" ", 1)[0]), headers):
            entry = entries.make_entry(headers, body, current)
            page_store.set(key, entry, current.number)
            request_id = [(name, value) for name, value in headers if name.lower() == REQUEST_ID_HEADER.lower()]
            status, headers, body = entries.answer(request, entry)
            headers += request_id
        start_response(status, [*headers, ("X-Cache", "MISS")], exc_info)
        return [body]


def _no_write(data):
    raise RuntimeError("Django answers by returning its response; write() is not supported in front of it.")
