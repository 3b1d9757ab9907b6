"""A client-side deadline for PostgreSQL calls made while serving a request.

``statement_timeout`` is enforced by the server, and libpq's keepalives and
``tcp_user_timeout`` by the peer's TCP stack: none of them helps when the server
(or a proxy in front of it) accepts the connection and then never answers,
because the kernel still acknowledges every packet. psycopg then waits forever.

So every query (and the connection health check Django runs at the start of a
request) is watched: if no answer comes within the deadline, a watchdog thread
shuts the connection's socket down. psycopg raises ``OperationalError`` at once,
Django discards the connection at the end of the request, and the next request
connects afresh. Does nothing on SQLite.
"""

import itertools
import os
import socket
import threading
import time
from contextlib import contextmanager

from django.db import DatabaseError

POLL_SECONDS = 0.1
# Django's per-request "SELECT 1" on a reused connection answers in milliseconds when the server is alive.
HEALTH_CHECK_SECONDS = 1.0


class Watchdog:
    """One daemon thread per process that cuts the sockets of overdue calls."""

    def __init__(self):
        self._armed: dict[int, tuple[float, object]] = {}
        self._ids = itertools.count()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @contextmanager
    def watch(self, raw_connection, seconds: float):
        key = next(self._ids)
        with self._lock:
            self._armed[key] = (time.monotonic() + seconds, raw_connection)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="database-deadline", daemon=True)
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._armed.pop(key, None)

    def _run(self):
        while True:
            time.sleep(POLL_SECONDS)  # a background poll, not a wait in a request
            now = time.monotonic()
            with self._lock:
                overdue = [key for key, (deadline, _) in self._armed.items() if deadline <= now]
                raws = [self._armed.pop(key)[1] for key in overdue]
            for raw in raws:
                cut(raw)


def check_health(connection, health_check=None) -> None:
    if health_check is None or not connection.health_check_enabled or connection.health_check_done:
        connection.close_if_health_check_failed()
        return
    connection.health_check_done = True  # the read below is the check: Django skips its SELECT 1
    try:
        health_check()
    except DatabaseError:
        connection.close()


def cut(raw_connection) -> None:
    """Shut down the socket under a psycopg connection, so a call blocked on it fails now."""
    try:
        fd = raw_connection.pgconn.socket
        sock = socket.socket(fileno=os.dup(fd))
    except Exception:  # already closed: nothing to cut
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


watchdog = Watchdog()


@contextmanager
def database_deadline(connection, query_seconds: float, health_check=None):
    """Within this block, a query unanswered after ``query_seconds`` (the health check: one second) fails.

    ``health_check``, if given, is a read the request needs anyway, run instead of Django's ``SELECT 1``
    on a connection kept from an earlier request: one round trip instead of two. If it fails, the
    connection is closed, as Django's own check does, and the next query reconnects.
    """
    if connection.vendor != "postgresql" or not query_seconds:
        yield
        return
    if connection.connection is not None:
        with watchdog.watch(connection.connection, HEALTH_CHECK_SECONDS):
            check_health(connection, health_check)

    def guard(execute, sql, params, many, context):
        with watchdog.watch(connection.connection, query_seconds):
            return execute(sql, params, many, context)

    with connection.execute_wrapper(guard):
        yield
