"""Prepared statements on PostgreSQL for the SQL built once per process (``core.compiled``, ``core.folding``),
and for it only.

Planning the guide's queries took PostgreSQL about three times as long as running them. A prepared
statement is planned a few times and then runs on PostgreSQL's generic plan. That suits the compiled
queries, whose values are ids and slugs, and it is measured (docs/performance.md). It does not suit
every query: a generic plan cannot see the prefix in ``path LIKE $1``, and the roles index's count ran
2.6 times as long on one at 10,000 guides. So a statement is prepared only when its SQL is marked
``PreparedSQL``; every other query is planned on each run, as before. psycopg forgets a connection's
prepared statements on a rollback; they are prepared again on their next run.

``DB_PREPARED_STATEMENTS=false`` (config/settings/base.py) leaves everything unprepared, for a pooler
that cannot keep prepared statements (PgBouncer before 1.21 in transaction mode).
"""

from django.db.backends.postgresql.base import ServerBindingCursor


class PreparedSQL(str):
    """SQL that runs as a prepared statement where prepared statements are on (an ordinary string elsewhere)."""

    __slots__ = ()


class PreparingCursor(ServerBindingCursor):
    """Django's server-side-binding cursor, preparing exactly the statements marked ``PreparedSQL``."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        if prepare is None:
            prepare = isinstance(query, PreparedSQL)
        return super().execute(query, params, prepare=prepare, binary=binary)


def use_preparing_cursor(sender, connection, **kwargs) -> None:
    """``connection_created`` receiver: new PostgreSQL connections with prepared statements on use ``PreparingCursor``."""
    if connection.vendor == "postgresql" and connection.settings_dict["OPTIONS"].get("server_side_binding"):
        connection.connection.cursor_factory = PreparingCursor
