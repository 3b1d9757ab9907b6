"""The database settings bound every wait: connect, statement, and a query the server never answers."""

import time

import pytest
from django.db import OperationalError, connections

from core.faults.database_deadline import cut, database_deadline

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_connection():
    """A second connection to the test database, so cutting it cannot disturb the test's transaction."""
    other = connections.create_connection("default")
    yield other
    other.close()


def test_postgresql_connections_carry_the_timeouts(own_connection, settings):
    with own_connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone() == (f"{settings.DB_STATEMENT_TIMEOUT_MS // 1000}s",)
    assert own_connection.settings_dict["OPTIONS"]["connect_timeout"] == settings.DB_CONNECT_TIMEOUT
    assert settings.DB_QUERY_DEADLINE == settings.DB_STATEMENT_TIMEOUT_MS / 1000 + 1


def test_a_query_without_an_answer_is_cut_at_the_deadline_and_the_next_one_reconnects(own_connection):
    own_connection.ensure_connection()
    started = time.monotonic()
    with database_deadline(own_connection, query_seconds=1):
        with pytest.raises(OperationalError), own_connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(3)")  # stands in for a server that does not answer
    assert time.monotonic() - started < 2.5

    own_connection.close_if_unusable_or_obsolete()
    with own_connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def version_read_on(own_connection):
    def read():
        with own_connection.cursor() as cursor:
            cursor.execute("SELECT version FROM pagecache_contentversion")
            return cursor.fetchall()

    return read


def test_a_read_the_request_needs_replaces_the_health_check_of_a_kept_connection(own_connection, monkeypatch):
    own_connection.ensure_connection()
    own_connection.health_check_done = False  # as at the start of a request on a kept connection
    select_one_checks = []
    monkeypatch.setattr(own_connection, "is_usable", lambda: select_one_checks.append(1) or True)
    reads = []
    read = version_read_on(own_connection)

    with database_deadline(own_connection, query_seconds=1, health_check=lambda: reads.append(read())):
        assert reads, "the request's own read ran as the check"
    assert select_one_checks == [], "no separate SELECT 1 round trip"


def test_a_kept_connection_found_broken_by_that_read_is_replaced_and_the_request_goes_on(own_connection):
    own_connection.ensure_connection()
    own_connection.health_check_done = False
    cut(own_connection.connection)  # the server went away since the last request

    with database_deadline(own_connection, query_seconds=1, health_check=version_read_on(own_connection)):
        with own_connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            assert cursor.fetchone() == (1,)
