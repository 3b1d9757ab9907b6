"""The content version as every reading request reads it first: one round trip through libpq.

A page-cache hit answers from memory, so this read is most of its cost. Through Django's cursor and psycopg's it took
about 110 µs of a hit's 180 µs in one process, while the round trip itself (PostgreSQL's work included) took
about 60 µs: the rest was Python around it (Django's cursor wrapper and health check, psycopg's query
conversion, the deadline's execute wrapper). Here it is one named prepared statement run with
``PGconn.exec_prepared`` (psycopg's documented low-level API, which releases the GIL while it waits), its
values in binary, under the watchdog of ``core.faults.database_deadline``. docs/performance.md has the numbers.

What the read did before, it still does:

- On a connection kept from an earlier request, the read is the connection's health check (Django's own
  ``SELECT 1`` does not run): it waits at most a second, and its caller closes a connection that fails it.
- Its errors are Django's (``wrap_database_errors``), so a connection error sends the request to the 503 page.
- Django's query log records it whenever queries are logged (DEBUG, tests counting queries).

The statement is named on idle connections only. Inside a transaction (tests) it runs unnamed, as a missing
name would abort the transaction; so it does with ``DB_PREPARED_STATEMENTS`` off (a pooler that cannot keep
prepared statements). A named statement that went missing (psycopg runs ``DEALLOCATE ALL`` after a rollback
on a connection where it prepared statements) is prepared again.

``for_environ`` is ``pagecache.version.for_environ`` with this read on PostgreSQL (elsewhere, Django's): the
front reads the version with it, and so does every reading request Django serves (its health check,
``core.faults.database_unavailable``).
"""

import struct
import time
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta

from django import db
from django.conf import settings
from psycopg import errors, pq

from core.faults.database_deadline import HEALTH_CHECK_SECONDS, watchdog
from pagecache import version

STATEMENT_NAME = b"roleatlas_content_version"
SQL = version.CURRENT_SQL.replace("%s", "$1")
PARAMETERS = [str(version.ROW).encode()]
BINARY = 1
#: PostgreSQL's binary timestamptz: microseconds since this instant.
POSTGRES_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
#: SQLSTATE invalid_sql_statement_name: the name is not prepared on this connection.
NOT_PREPARED = b"26000"
_INT8 = struct.Struct(">q")


def for_environ(environ: dict) -> version.Version:
    """The request's content version, read once per request: directly on PostgreSQL, through Django elsewhere."""
    if db.connection.vendor != "postgresql":
        return version.for_environ(environ)
    return version.for_environ(environ, lambda: current(db.connection, settings.DB_QUERY_DEADLINE))


def current(connection, query_seconds: float) -> version.Version:
    """The content version, read on ``connection`` (Django's PostgreSQL connection) within ``query_seconds``
    (0: no deadline). On a connection kept from an earlier request the read is its health check, and waits at
    most ``HEALTH_CHECK_SECONDS``: the caller closes a connection that fails it."""
    seconds = query_seconds if connection.connection is None else min(query_seconds, HEALTH_CHECK_SECONDS)
    connection.ensure_connection()
    raw = connection.connection
    started = time.monotonic()
    with connection.wrap_database_errors, watchdog.watch(raw, seconds) if seconds else nullcontext():
        result = _execute(raw.pgconn)
        if result.status != pq.ExecStatus.TUPLES_OK:
            raise _error(result, raw)
    if connection.queries_logged:
        connection.queries_log.append({"sql": SQL, "time": f"{time.monotonic() - started:.3f}"})
    if result.ntuples == 0:  # only after a test flush or a hand-emptied table: created through Django
        return version.current()
    number, microseconds = (_INT8.unpack(result.get_value(0, column))[0] for column in (0, 1))
    return version.Version(number, POSTGRES_EPOCH + timedelta(microseconds=microseconds))


def _error(result, raw) -> errors.Error:
    """psycopg's error for a failed read: an ``OperationalError`` when the connection itself failed."""
    if raw.pgconn.status == pq.ConnStatus.BAD:
        return errors.OperationalError(result.error_message.decode("utf-8", "replace").strip())
    return errors.error_from_result(result, encoding=raw.info.encoding)


def _execute(pgconn) -> "pq.abc.PGresult":
    if not settings.DB_PREPARED_STATEMENTS or pgconn.transaction_status != pq.TransactionStatus.IDLE:
        return pgconn.exec_params(SQL.encode(), PARAMETERS, result_format=BINARY)
    result = pgconn.exec_prepared(STATEMENT_NAME, PARAMETERS, result_format=BINARY)
    if result.status == pq.ExecStatus.FATAL_ERROR and result.error_field(pq.DiagnosticField.SQLSTATE) == NOT_PREPARED:
        prepared = pgconn.prepare(STATEMENT_NAME, SQL.encode())
        if prepared.status != pq.ExecStatus.COMMAND_OK:
            return prepared
        result = pgconn.exec_prepared(STATEMENT_NAME, PARAMETERS, result_format=BINARY)
    return result
