"""A full-page cache for anonymous readers, keyed on the site-wide content version.

A hit costs one query (the version, which also serves as the request's connection health check,
see ``core.faults.database_unavailable``) and one cache read, and runs neither the view nor the
middlewares listed after this one; a conditional GET matching the stored entry gets a 304.
Place it after the security middlewares (SecurityMiddleware, CSP...) so they add their headers
to hits as well, and before SessionMiddleware and everything a hit does not need. See
docs/performance.md.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_conditional_response
from django.utils.http import http_date

from pagecache import version

#: Vary values a stored page may carry: anonymous requests have no session cookie, and the stored
#: body is the same whatever the Accept-Encoding (compression happens outside, if at all).
HARMLESS_VARY = {"cookie", "accept-encoding"}
#: Directives with which a view says "do not share this answer".
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}
#: Request cookies that make a page personal: a session (editors), pending messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def answer_may_be_stored(request) -> bool:
    """Whether this request's answer is headed for the cache (hooks skip their checks otherwise)."""
    return getattr(request, "page_cache_may_store", False)


def never_cache_this_request(request) -> None:
    """Called while serving a page whose answer must not be stored (e.g. view restrictions)."""
    request.page_cache_may_store = False


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.may_use_cache(request):
            return self.get_response(request)
        current = version.for_request(request)
        store = caches[settings.PAGE_CACHE_ALIAS]
        key = self.key(request, current)
        entry = store.get(key)
        if entry is not None:
            return self.answer(request, entry, "HIT")
        request.page_cache_may_store = True  # until a hook says otherwise
        response = self.get_response(request)
        if not self.is_storable(request, response):
            response["X-Cache"] = "MISS"
            return response
        entry = self.entry(response, current)
        store.set(key, entry, settings.PAGE_CACHE_SECONDS)
        return self.answer(request, entry, "MISS")

    @staticmethod
    def may_use_cache(request) -> bool:
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and "authorization" not in request.headers
            and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
            and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
        )

    @staticmethod
    def is_storable(request, response) -> bool:
        if not answer_may_be_stored(request) or response.status_code != 200 or response.streaming:
            return False
        if response.cookies:
            return False
        cache_control = {
            part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
        }
        vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}
        return not (cache_control & PRIVATE_DIRECTIVES) and vary <= HARMLESS_VARY

    @staticmethod
    def key(request, current: version.Version) -> str:
        """Version, today's date (pages say how long ago a guide was reviewed), scheme, host,
        path and the query string in a stable order; HEAD shares GET's entry."""
        query = urlencode(sorted(request.GET.lists()), doseq=True)
        address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"page:{current.number}:{timezone.localdate().isoformat()}:{digest}"

    @staticmethod
    def entry(response, current: version.Version) -> dict:
        body = response.content
        headers = {name: value for name, value in response.items() if name.lower() not in ("set-cookie", "x-cache")}
        headers["ETag"] = f'"{current.number}-{hashlib.sha256(body).hexdigest()[:32]}"'
        headers["Last-Modified"] = http_date(current.timestamp)
        headers["Cache-Control"] = settings.PAGE_CACHE_CONTROL
        return {"headers": headers, "body": body, "last_modified": current.timestamp}

    @staticmethod
    def answer(request, entry: dict, outcome: str):
        response = HttpResponse(entry["body"])
        for name, value in entry["headers"].items():
            response[name] = value
        response["X-Cache"] = outcome
        return get_conditional_response(
            request, etag=entry["headers"]["ETag"], last_modified=entry["last_modified"], response=response
        )
