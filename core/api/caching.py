"""HTTP caching for the API: ETag, Last-Modified, Cache-Control and 304 Not Modified.

- ``ETag`` is a hash of the response body, so it is exact: it changes whenever
  the JSON changes, whatever changed it.
- ``Last-Modified`` is when published content last changed anywhere on the
  site (``content_last_modified``), one cheap query per response.
- ``If-None-Match`` wins over ``If-Modified-Since`` (RFC 9110); Django's
  ``get_conditional_response`` does the comparison.

``cached_for_content`` keeps an expensive answer (the role detail) in the Django cache under
that same moment, so it is rebuilt after any change Wagtail logs, with no invalidation code.
"""

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db.models import DateTimeField, Max, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date
from wagtail.models import ModelLogEntry, Page, PageLogEntry

NEVER = datetime(2000, 1, 1, tzinfo=UTC)


def _latest(log_model):
    return Coalesce(Subquery(log_model.objects.order_by("-timestamp").values("timestamp")[:1]), Value(NEVER))


def content_last_modified() -> datetime:
    """The latest of: any page's last publish, and any audit-log entry.

    Wagtail writes an audit-log entry for every editorial change made through
    the admin or its actions (publish, unpublish, delete, move, privacy
    changes, snippet edits and publishes), so this moves whenever published
    content can have changed. One query; both log timestamps are indexed.
    """
    return Page.objects.aggregate(
        latest=Greatest(
            Coalesce(Max("last_published_at"), Value(NEVER)),
            _latest(PageLogEntry),
            _latest(ModelLogEntry),
            output_field=DateTimeField(),
        )
    )["latest"]


def request_content_last_modified(request) -> datetime:
    """``content_last_modified()``, queried once per request: the view and the middleware share it."""
    if not hasattr(request, "content_last_modified"):
        request.content_last_modified = content_last_modified()
    return request.content_last_modified


T = TypeVar("T")


def cached_for_content(request, name: str, build: Callable[[], T | None]) -> T | None:
    """``build()``'s result, reused until published content changes anywhere on the site.

    The key holds ``content_last_modified``: every publish, unpublish, deletion, move, privacy
    change, snippet change or review mark (everything Wagtail logs) starts a new key, and old
    entries expire after ``API_DETAIL_CACHE_SECONDS`` (0 turns caching off). The key also holds the
    host, as answers contain absolute URLs. A None result (nothing found) is not cached.
    """
    version = request_content_last_modified(request).isoformat()
    digest = hashlib.sha256(f"{name}|{request.get_host()}|{version}".encode()).hexdigest()
    key = f"api:{digest}"
    value = cache.get(key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(key, value, settings.API_DETAIL_CACHE_SECONDS)
    return value


class APICachingMiddleware:
    """Adds validators and Cache-Control to successful GETs under ``API_PATH_PREFIX``; answers 304 when they match.

    Responses to requests carrying ``Authorization`` are marked private so no
    shared cache stores one user's data for another.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or response.streaming
            or not request.path.startswith(settings.API_PATH_PREFIX)
        ):
            return response
        set_response_etag(response)
        last_modified = request_content_last_modified(request)
        response["Last-Modified"] = http_date(last_modified.timestamp())
        if "authorization" in request.headers:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=int(last_modified.timestamp()), response=response
        )
