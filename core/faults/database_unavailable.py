"""When the database is down or silent, answer 503 (a friendly page, or the API's JSON error) instead of 500 or a hang.

- ``DatabaseUnavailableMiddleware`` (first in MIDDLEWARE) turns a connection
  error anywhere in the request into ``templates/503.html``, or the API's error
  shape under ``/api/``, with ``Retry-After``. The page is rendered without a
  request context, so it never touches the database itself.
- It also arms ``core.faults.database_deadline`` for the request, so a server that
  accepts connections but never answers costs seconds, not a hung worker.
- ``register_api_handler`` gives the ninja API the same 503 (ninja catches
  every exception itself, so the middleware never sees the API's).

Nothing is kept between requests: Django drops a broken connection when the
request ends, so the next request reconnects and recovery needs no restart.
"""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

from core import content_version_read
from core.faults.database_deadline import database_deadline

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
MESSAGE = "The database is not answering. Please try again in a moment."
CONNECTION_ERRORS: tuple[type[Exception], ...] = (OperationalError, InterfaceError)
try:
    import psycopg

    CONNECTION_ERRORS += (psycopg.OperationalError, psycopg.InterfaceError)
except ImportError:  # SQLite-only installs
    pass


#: WSGI environ key set by code that ran before Django (the page cache's front) and found the database down.
FOUND_UNAVAILABLE = "roleatlas.database_unavailable"


def is_connection_error(exc: BaseException | None) -> bool:
    while exc is not None:
        if isinstance(exc, CONNECTION_ERRORS):
            return True
        exc = exc.__cause__
    return False


def unavailable_response(request) -> HttpResponse:
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": [{"loc": [], "msg": MESSAGE, "type": "service_unavailable"}]}, status=503)
    else:
        response = HttpResponse(render_to_string("503.html", {"message": MESSAGE}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.database_unavailable = False
        if request.path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            return self.get_response(request)  # files never need the database (nor its health check)
        if request.environ.get(FOUND_UNAVAILABLE):
            return unavailable_response(request)  # no second wait for a database that just failed
        with database_deadline(connection, settings.DB_QUERY_DEADLINE, health_check=self.health_check(request)):
            response = self.get_response(request)
        if response.status_code == 500 and request.database_unavailable:
            return unavailable_response(request)
        return response

    @staticmethod
    def health_check(request):
        """A reading request checks its kept connection by reading the content version, which the page cache
        and the API need anyway (``core.content_version_read.for_environ``); other methods keep Django's check."""
        if request.method in ("GET", "HEAD"):
            return lambda: content_version_read.for_environ(request.environ)
        return None

    def process_exception(self, request, exception):
        if is_connection_error(exception):
            logger.warning("Database unavailable for %s %s: %s", request.method, request.path, exception)
            return unavailable_response(request)
        return None


def note_connection_error(sender, request=None, **kwargs):
    """An error in another middleware became a 500 response; remember whether the database caused it."""
    if request is not None and is_connection_error(sys.exc_info()[1]):
        request.database_unavailable = True


got_request_exception.connect(note_connection_error, dispatch_uid="core.faults.database_unavailable")


def register_api_handler(api) -> None:
    for error in CONNECTION_ERRORS:

        @api.exception_handler(error)
        def database_unavailable(request, exc):
            logger.warning("Database unavailable for %s %s: %s", request.method, request.path, exc)
            return unavailable_response(request)
