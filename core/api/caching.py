"""HTTP caching for the API: ETag, Last-Modified, Cache-Control and 304 Not Modified.

- Public (anonymous) answers depend only on published content, today's date and the URL, so
  their ``ETag`` is derived from the site-wide content version (``pagecache.version``, one
  indexed single-row read) before the view runs: a conditional GET that matches gets its 304
  without running the view.
- Answers to requests with ``Authorization`` depend on the token holder: their ``ETag`` is a
  hash of the body and they are marked private.
- ``Last-Modified`` is when the content version last changed (``content_last_modified``).
- ``If-None-Match`` wins over ``If-Modified-Since`` (RFC 9110); Django's
  ``get_conditional_response`` does the comparison.

``cached_for_content`` keeps an expensive answer (the role detail) in the Django cache under
the content version, so it is rebuilt after any change readers can see, with no invalidation code.
"""

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, quote_etag

from pagecache import version


def content_last_modified() -> datetime:
    """When published content last changed anywhere on the site (one single-row read)."""
    return version.current().changed_at


def request_content_last_modified(request) -> datetime:
    """``content_last_modified()``, queried once per request: the view and the middleware share it."""
    return version.for_request(request).changed_at


def public_etag(request) -> str:
    """The validator of an anonymous answer, known before the view runs: content version, date, URL."""
    current = version.for_request(request)
    address = f"{current.number}|{timezone.localdate().isoformat()}|{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return quote_etag(hashlib.sha256(address.encode()).hexdigest()[:32])


T = TypeVar("T")


def cached_for_content(request, name: str, build: Callable[[], T | None]) -> T | None:
    """``build()``'s result, reused until published content changes anywhere on the site.

    The key holds the content version: every publish, unpublish, deletion, move, privacy
    change, snippet change or review mark starts a new key, and old
    entries expire after ``API_DETAIL_CACHE_SECONDS`` (0 turns caching off). The key also holds the
    host, as answers contain absolute URLs. A None result (nothing found) is not cached.
    """
    number = version.for_request(request).number
    digest = hashlib.sha256(f"{name}|{request.get_host()}|{number}".encode()).hexdigest()
    key = f"api:{digest}"
    value = cache.get(key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(key, value, settings.API_DETAIL_CACHE_SECONDS)
    return value


class APICachingMiddleware:
    """Adds validators and Cache-Control to successful GETs under ``API_PATH_PREFIX``; answers 304 when they match.

    Anonymous conditional GETs are answered before the view runs. Responses to requests carrying
    ``Authorization`` are marked private so no shared cache stores one user's data for another.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not request.path.startswith(settings.API_PATH_PREFIX):
            return self.get_response(request)
        public = "authorization" not in request.headers
        if public:
            etag = public_etag(request)
            early = get_conditional_response(request, etag=etag, last_modified=self.last_modified(request))
            if early is not None:
                return self.with_validators(request, early, etag)
        response = self.get_response(request)
        if response.status_code != 200 or response.streaming:
            return response
        if not public:
            set_response_etag(response)
            etag = response["ETag"]
        response = self.with_validators(request, response, etag)
        return get_conditional_response(
            request, etag=etag, last_modified=self.last_modified(request), response=response
        )

    @staticmethod
    def last_modified(request) -> int:
        return int(request_content_last_modified(request).timestamp())

    @staticmethod
    def with_validators(request, response, etag):
        response["ETag"] = etag
        response["Last-Modified"] = http_date(request_content_last_modified(request).timestamp())
        if "authorization" in request.headers:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
        return response
