"""What the full-page cache stores, under which key, and how a stored page answers a request.

Pure rules, applied by the WSGI front (``core.page_cache_front``) that serves and stores pages:
which requests may use the cache, which answers may be shared, what an entry holds (the answer's
final headers, security headers and CSP included, and its body) and when a conditional GET gets a 304.
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.cache import cc_delim_re
from django.utils.http import http_date, parse_etags, parse_http_date_safe

from pagecache import version

#: Bumped when the entry format changes, so a deploy never serves entries written by older code.
ENTRY_FORMAT = 2
#: Vary values a stored page may carry: anonymous requests have no session cookie, and the stored
#: body is the same whatever the Accept-Encoding (compression happens outside, if at all).
HARMLESS_VARY = {"cookie", "accept-encoding"}
#: Directives with which a view says "do not share this answer".
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}
#: Request cookies that make a page personal: a session (editors), pending messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
#: Response headers that belong to one answer, never to the stored page.
PER_ANSWER_HEADERS = {"set-cookie", "x-cache", "x-request-id"}
#: Headers a 304 leaves out: it has no body.
BODY_HEADERS = {"content-length", "content-type"}

#: WSGI environ key: whether the answer being built may be stored (hooks may say no).
MAY_STORE = "pagecache.may_store"


def answer_may_be_stored(request) -> bool:
    """Whether this request's answer is headed for the cache (hooks skip their checks otherwise)."""
    return request.environ.get(MAY_STORE, False)


def never_cache_this_request(request) -> None:
    """Called while serving a page whose answer must not be stored (e.g. view restrictions)."""
    request.environ[MAY_STORE] = False


@dataclass(frozen=True)
class Entry:
    headers: tuple[tuple[str, str], ...]
    body: bytes
    etag: str
    last_modified: int

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(name) + len(value) for name, value in self.headers)


def may_use_cache(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and "HTTP_AUTHORIZATION" not in request.META  # not request.headers: building it costs more than a hit's lookup
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
        and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
    )


def key(request, current: version.Version) -> str:
    """Version, today's date (pages say how long ago a guide was reviewed), scheme, host,
    path and the query string in a stable order; HEAD shares GET's entry."""
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page:{ENTRY_FORMAT}:{current.number}:{timezone.localdate().isoformat()}:{digest}"


def is_storable(request, status: int, headers: list[tuple[str, str]]) -> bool:
    """A 200 that no hook kept private, that sets no cookie and says nothing against sharing."""
    if not answer_may_be_stored(request) or status != 200 or _tokens(headers, "set-cookie"):
        return False
    cache_control = {directive.split("=")[0] for directive in _tokens(headers, "cache-control")}
    return not (cache_control & PRIVATE_DIRECTIVES) and _tokens(headers, "vary") <= HARMLESS_VARY


def _tokens(headers: list[tuple[str, str]], name: str) -> set[str]:
    """The comma-separated values of every ``name`` header, lower-cased."""
    values = [value for header, value in headers if header.lower() == name]
    return {token.strip().lower() for value in values for token in cc_delim_re.split(value) if token.strip()}


def make_entry(headers: list[tuple[str, str]], body: bytes, current: version.Version) -> Entry:
    """The answer as every later reader gets it, with validators derived from the version and the body."""
    etag = f'"{current.number}-{hashlib.sha256(body).hexdigest()[:32]}"'
    replaced = {"etag", "last-modified", "cache-control"}
    kept = [(name, value) for name, value in headers if name.lower() not in PER_ANSWER_HEADERS | replaced]
    validators = [
        ("ETag", etag),
        ("Last-Modified", http_date(current.timestamp)),
        ("Cache-Control", settings.PAGE_CACHE_CONTROL),
    ]
    return Entry(headers=tuple(kept + validators), body=body, etag=etag, last_modified=current.timestamp)


def is_not_modified(request, entry: Entry) -> bool:
    """The reader's copy is this entry (If-None-Match, or failing that If-Modified-Since)."""
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match:
        etags = {tag.removeprefix("W/") for tag in parse_etags(if_none_match)}
        return "*" in etags or entry.etag in etags
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE"))
    return since is not None and entry.last_modified <= since


def answer(request, entry: Entry) -> tuple[str, list[tuple[str, str]], bytes]:
    """(status line, headers, body) of a stored page for this request: 200, or 304 for a matching copy."""
    if is_not_modified(request, entry):
        return "304 Not Modified", [(n, v) for n, v in entry.headers if n.lower() not in BODY_HEADERS], b""
    return "200 OK", list(entry.headers), b"" if request.method == "HEAD" else entry.body
