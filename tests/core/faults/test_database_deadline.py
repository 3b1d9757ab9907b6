"""The database settings bound every wait: connect, statement, and a query the server never answers."""

import time

import pytest
from django.db import OperationalError, connections

from core.faults.database_deadline import database_deadline

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
