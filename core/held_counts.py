"""Counts over the whole catalogue read once per process and content version (``pagecache.per_version``).

A list's total (the API's ``count``, the sitemap index's number of pages) is a ``COUNT`` over every matching
guide: about 5 ms at 10,000 guides, several times the rest of the request, and the one cost of these lists
that grows with the catalogue (docs/performance.md). Every change readers can see starts a new content
version, so a count read at one version holds for all of it: during a reading request each distinct count
(keyed by its SQL and values) is read once per version; outside one, it is read every time. Building the key
compiles the count's SQL on every request, a fraction of a millisecond that does not grow with the catalogue.
"""

from collections.abc import Callable
from typing import TypeVar

from django.core.exceptions import EmptyResultSet
from django.db.models import QuerySet

from pagecache import per_version

T = TypeVar("T")

MAX_HELD_COUNTS = 256
"""Distinct counts held per content version (filters combine freely, so a bound)."""


def held_count(items: QuerySet) -> int:
    """``items.count()``, read once per content version."""
    return held_over("count", items, items.count)


def held_over(name: str, items: QuerySet, read: Callable[[], T]) -> T:
    """``read()``, an aggregate called ``name`` over ``items``, read once per content version for the same
    ``items`` (the same SQL and values)."""
    held = per_version.held("counts", dict)  # entries are added, never changed
    try:
        sql, params = items.query.sql_with_params()
    except EmptyResultSet:  # empty by construction (``pk__in=[]``): Django answers without a query
        return read()
    key = (name, items.db, sql, tuple(params))
    if key not in held:
        value = read()
        if len(held) >= MAX_HELD_COUNTS:
            return value
        held[key] = value
    return held[key]
