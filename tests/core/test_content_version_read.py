"""The page cache's front reads the content version in one libpq round trip, and gets what Django's read gets."""

import time

import pytest
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, OperationalError, connection, connections
from django.test.utils import CaptureQueriesContext

from core import content_version_read
from core.faults.database_deadline import cut
from core.faults.database_unavailable import is_connection_error
from core.page_cache_front import PageCacheFront
from pagecache import version

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="the direct read is PostgreSQL's"),
]


@pytest.fixture
def own_connection():
    """A second connection to the test database: idle between reads (autocommit), as a worker's is between
    requests, and outside the test's transaction."""
    other = connections.create_connection("default")
    yield other
    other.close()


def django_read(on) -> version.Version:
    with on.cursor() as cursor:
        cursor.execute(version.CURRENT_SQL, [version.ROW])
        return version.Version(*cursor.fetchone())


def named_statements(on) -> list[str]:
    with on.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM pg_prepared_statements WHERE name = %s", [content_version_read.STATEMENT_NAME.decode()]
        )
        return [name for (name,) in cursor.fetchall()]


def test_on_an_idle_connection_it_reads_what_django_reads_through_one_named_statement(own_connection):
    first = content_version_read.current(own_connection, query_seconds=5)
    second = content_version_read.current(own_connection, query_seconds=5)

    assert first == second == django_read(own_connection)  # the number, and the time to the microsecond
    assert named_statements(own_connection) == ["roleatlas_content_version"]


def test_a_statement_deallocated_since_is_prepared_again(own_connection):
    expected = content_version_read.current(own_connection, query_seconds=5)
    with own_connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")  # what psycopg runs after a rollback on a connection that prepared

    assert content_version_read.current(own_connection, query_seconds=5) == expected
    assert named_statements(own_connection) == ["roleatlas_content_version"]


def test_inside_a_transaction_it_reads_the_transactions_own_version_and_names_nothing():
    version.bump()  # uncommitted: the test's transaction

    read = content_version_read.current(connection, query_seconds=5)

    assert read == version.current()
    assert named_statements(connection) == []  # and the transaction goes on


def test_a_kept_connection_whose_server_went_away_fails_its_read_at_once(own_connection):
    content_version_read.current(own_connection, query_seconds=5)
    cut(own_connection.connection)  # as when PostgreSQL restarted since the last request

    with pytest.raises(OperationalError) as raised:
        content_version_read.current(own_connection, query_seconds=5)
    assert is_connection_error(raised.value)


def test_the_front_replaces_a_kept_connection_that_fails_the_read_and_answers(own_connection):
    expected = content_version_read.current(own_connection, query_seconds=5)
    broken = own_connection.connection
    cut(broken)
    tests_connection = connections[DEFAULT_DB_ALIAS]
    connections[DEFAULT_DB_ALIAS] = own_connection  # the front reads on django.db.connection
    try:
        read = PageCacheFront.read_version({})
    finally:
        connections[DEFAULT_DB_ALIAS] = tests_connection

    assert read == expected
    assert own_connection.connection is not broken


def test_a_read_without_an_answer_is_cut_at_the_deadline_as_a_connection_error(own_connection):
    holder = connections.create_connection("default")
    try:
        with holder.cursor() as cursor:  # the row cannot be read until this transaction ends
            cursor.execute("BEGIN")
            cursor.execute("LOCK TABLE pagecache_contentversion IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        with pytest.raises(OperationalError) as raised:
            content_version_read.current(own_connection, query_seconds=1)
        waited = time.monotonic() - started
    finally:
        holder.close()

    assert is_connection_error(raised.value)  # the front hands the request to the 503 page
    assert waited < settings.DB_STATEMENT_TIMEOUT_MS / 1000  # the watchdog's deadline, not the server's timeout


def test_djangos_query_log_counts_it_when_queries_are_logged(own_connection):
    with CaptureQueriesContext(own_connection) as queries:
        content_version_read.current(own_connection, query_seconds=5)

    assert [query["sql"] for query in queries] == [content_version_read.SQL]
