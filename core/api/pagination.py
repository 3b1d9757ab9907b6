"""Limit/offset paging shared by every list endpoint: ``count``, ``next``, ``previous``, ``results``."""

from collections.abc import Sequence

from django.http import HttpRequest
from ninja import Field, Schema

from core.held_counts import held_count
from core.paging import page_of

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000


class PageParams(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"How many results to return (1-{MAX_LIMIT}).")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many results to skip.")


class ListPage(Schema):
    count: int = Field(description="How many results match, over all pages.")
    next: str | None = Field(description="Absolute URL of the next page; null on the last page.")
    previous: str | None = Field(description="Absolute URL of the previous page; null on the first page.")


def page_url(request: HttpRequest, *, limit: int, offset: int) -> str:
    query = request.GET.copy()
    query["limit"] = str(limit)
    query["offset"] = str(offset)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _count(items, public: bool) -> int:
    items = items.order_by()
    return held_count(items) if public else items.count()


def paginate(
    request: HttpRequest, items: Sequence, params: PageParams, *, count: int | None = None, public: bool = False
) -> dict:
    """Slice ``items`` (a queryset, or a list starting at the first result) and describe the neighbouring pages.

    A queryset costs the page's query (past the first page, ``core.paging.page_of``) plus, unless the first page holds every result, an unordered
    ``COUNT(*)``: cheaper than ``COUNT(*) OVER ()``, which reads, builds and sorts every matching row
    before the slice, so the last offset cost twice the first at 10,000 guides. With ``public`` (a queryset of
    content readers see, whose every change starts a new content version) the count is read once per content
    version (``core.held_counts``). For a list, ``count``
    defaults to ``len(items)``; pass it when the list holds only the first results.
    """
    limit, offset = params.limit, params.offset
    if isinstance(items, list):
        results = items[offset : offset + limit]
        count = len(items) if count is None else count
    elif offset == 0:
        results = list(items[:limit])
        # A plain COUNT, which neither builds nor sorts the rows, unless this page holds the whole answer.
        count = len(results) if len(results) < limit else _count(items, public)
    else:
        count = _count(items, public)
        results = list(page_of(items, offset, limit, count))
    has_next = offset + limit < count
    has_previous = offset > 0
    return {
        "count": count,
        "next": page_url(request, limit=limit, offset=offset + limit) if has_next else None,
        "previous": page_url(request, limit=limit, offset=max(offset - limit, 0)) if has_previous else None,
        "results": results,
    }
