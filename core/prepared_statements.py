"""Prepared statements on PostgreSQL for the SQL built once per process (``core.compiled``, ``core.folding``),
and, among the queries run through Django, for it only (the content version's read names its own statement
through libpq: ``core.content_version_read``).

Planning the guide's queries took PostgreSQL about three times as long as running them. A prepared
statement is planned a few times and then runs on PostgreSQL's generic plan. That suits the compiled
queries, whose values are ids and slugs, and it is measured (docs/performance.md). It does not suit
every query: a generic plan cannot see the prefix in ``path LIKE $1``, and the roles index's count ran
2.6 times as long on one at 10,000 guides. So a statement is prepared only when its SQL is marked
``PreparedSQL``; every other query is planned on each run, as before. psycopg forgets a connection's
prepared statements on a rollback; they are prepared again on their next run.

psycopg turns each query's ``%s`` placeholders into PostgreSQL's ``$1`` form on every run, and keeps the
result only for statements of at most 4,096 characters. The guide's folded lists run to over 5,000, so
the conversion of ``PreparedSQL`` is kept here, whatever its length (``PreparedSQLQuery``): there are few
such statements, each built once per process and shape. This leans on psycopg internals (``_query2pg_nocache`` and
the attributes ``PostgresQuery.convert`` sets); tests/core/test_prepared_statements.py fails if an upgrade
changes them.

``DB_PREPARED_STATEMENTS=false`` (config/settings/base.py) leaves everything unprepared, the content version's
read included, for a pooler
that cannot keep prepared statements (PgBouncer before 1.21 in transaction mode).
"""

from functools import lru_cache

from django.db.backends.postgresql.base import ServerBindingCursor
from psycopg._queries import PostgresQuery, _query2pg_nocache

MAX_KEPT_CONVERSIONS = 256
"""Conversions of ``PreparedSQL`` kept per process (the compiled shapes are bounded far below this)."""


class PreparedSQL(str):
    """SQL that runs as a prepared statement where prepared statements are on (an ordinary string elsewhere)."""

    __slots__ = ()


@lru_cache(maxsize=MAX_KEPT_CONVERSIONS)
def _converted(sql: PreparedSQL, encoding: str) -> tuple:
    return _query2pg_nocache(sql.encode(encoding), encoding)


class PreparedSQLQuery(PostgresQuery):
    """psycopg's query conversion, kept per SQL for ``PreparedSQL`` of any length."""

    def convert(self, query, vars) -> None:
        if type(query) is not PreparedSQL or vars is None:
            return super().convert(query, vars)
        # What PostgresQuery.convert sets, from the kept conversion; dump() then binds this run's values.
        self.query, self._want_formats, self._order, self._parts = _converted(query, self._tx.encoding)
        self.dump(vars)


class PreparingCursor(ServerBindingCursor):
    """Django's server-side-binding cursor, preparing exactly the statements marked ``PreparedSQL``."""

    _query_cls = PreparedSQLQuery

    def execute(self, query, params=None, *, prepare=None, binary=None):
        if prepare is None:
            prepare = isinstance(query, PreparedSQL)
        return super().execute(query, params, prepare=prepare, binary=binary)


def use_preparing_cursor(sender, connection, **kwargs) -> None:
    """``connection_created`` receiver: new PostgreSQL connections with prepared statements on use ``PreparingCursor``."""
    if connection.vendor == "postgresql" and connection.settings_dict["OPTIONS"].get("server_side_binding"):
        connection.connection.cursor_factory = PreparingCursor
