"""Untrusted text on its way to the database: one cleaning rule for site search, API search and compare.

PostgreSQL rejects NUL in any string, and the SQLite full-text backend quotes
each word with ``"`` without escaping it (so a ``"`` is a syntax error) and
fails on a query with no words. ``clean_query_text`` removes what no reader
means to send; an empty result means "no query". ``search_or_nothing`` is the
backstop for whatever a backend still cannot parse.
"""

import logging
import re
from collections.abc import Callable
from typing import TypeVar

from django.db import DataError, OperationalError, ProgrammingError, connection

logger = logging.getLogger(__name__)
T = TypeVar("T")

UNSAFE = re.compile(r'[\x00-\x1f\x7f"\ud800-\udfff]')


def clean_query_text(raw: str | None, max_length: int | None = None) -> str:
    """``raw`` without control characters, double quotes or lone surrogates, whitespace collapsed, cut to ``max_length``."""
    text = " ".join(UNSAFE.sub(" ", raw or "").split())
    return text[:max_length].strip() if max_length else text


def search_or_nothing(run: Callable[[], T], nothing: T) -> T:
    """``run()``, or ``nothing`` when the search backend rejects the query's syntax (logged, never a 500)."""
    rejected: tuple[type[Exception], ...] = (DataError, ProgrammingError)
    if connection.vendor == "sqlite":
        rejected += (OperationalError,)  # SQLite reports FTS5 syntax errors as OperationalError
    try:
        return (
            run()
        )  # no savepoint: SQLite transactions survive the error, and PostgreSQL's parser accepts cleaned text
    except rejected as error:
        logger.warning("Search query rejected by the backend: %s", error)
        return nothing
