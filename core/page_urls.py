"""Page URLs worked out once per content version (``pagecache.per_version``), not once per link.

Wagtail works out a page's URL from every site's root path, which it reads from Django's cache once per
request, and once per page object when no request is passed (``page.url``): in production a Redis round trip
each, about 0.13 ms. It then reverses Django's URL pattern for the page, about 13 µs a link, and a guide
shows a dozen links (docs/performance.md). A change to a site and every move or rename of a page start a new
content version (``pagecache.signals``), so both answers hold for all of a version: during a reading request
the root paths are read once per version, and the URL parts of each address once per version.

- Page types with ``HeldPageURLsMixin`` (every public one, through ``core.pages.PublicPageMixin``) answer
  ``get_url_parts`` and so ``url``, ``get_url()`` and ``get_full_url()`` from what is held.
- ``url_of(url_path, request)`` and ``full_url_of(url_path, request)`` answer the same for a page read as a
  row (``values()``), without building the page object; ``tests/core/test_page_urls.py`` checks they agree
  with Wagtail's ``get_url()`` and ``get_full_url()``.

Outside a reading request (``per_version.held`` just reads) Wagtail's own code answers as before. The root
paths come through ``Page._get_site_root_paths``, the one method through which Wagtail reads them; it is not
a documented hook, so the tests fail if an upgrade stops calling it.
"""

from collections.abc import Callable

from django.urls import get_script_prefix, get_urlconf
from django.utils import translation
from wagtail.models import Page, Site

from pagecache import per_version

MAX_HELD_URLS = 4096
"""Addresses whose URL parts are held per content version (a bound: a listing may link thousands of pages)."""

UrlParts = tuple[int, str | None, str | None] | None
"""What Wagtail's ``get_url_parts`` answers: (site id, site root URL, path on the site), or None."""


class HeldPageURLsMixin:
    def get_url_parts(self, request=None) -> UrlParts:
        return _held_url_parts(self.url_path, request, lambda: super(HeldPageURLsMixin, self).get_url_parts(request))

    def _get_site_root_paths(self, request=None):
        return _held_site_root_paths(lambda: super(HeldPageURLsMixin, self)._get_site_root_paths(request))


def url_of(url_path: str, request=None) -> str | None:
    """What ``get_url(request)`` answers for the page at ``url_path``: a path when the page is on the request's
    site or there is one site, else a full URL; None when the page cannot be reached."""
    parts = _reachable_parts(url_path, request)
    if parts is None:
        return None
    site_id, root_url, page_path = parts
    if _site_count() == 1:
        return page_path
    site = Site.find_for_request(request) if request is not None else None
    return page_path if site is not None and site_id == site.pk else root_url + page_path


def full_url_of(url_path: str, request=None) -> str | None:
    """What ``get_full_url(request)`` answers for the page at ``url_path``."""
    parts = _reachable_parts(url_path, request)
    return None if parts is None else parts[1] + parts[2]


def _reachable_parts(url_path: str, request) -> UrlParts:
    """The URL parts of the page at ``url_path``, or None when Wagtail gives it no URL."""
    parts = _held_url_parts(url_path, request, lambda: _address_only(url_path).get_url_parts(request))
    return None if parts is None or parts[1] is None and parts[2] is None else parts


def _address_only(url_path: str) -> Page:
    """An unsaved page that has only an address, for Wagtail's own get_url_parts (from the held root paths)."""
    page = Page(url_path=url_path)
    page._get_site_root_paths = lambda request=None: _held_site_root_paths(Site.get_site_root_paths)
    return page


def _site_count() -> int:
    return len({root.site_id for root in _held_site_root_paths(Site.get_site_root_paths)})


def _held_site_root_paths(read: Callable[[], list]) -> list:
    return per_version.held("site_root_paths", read)


def _held_url_parts(url_path: str, request, work_out: Callable[[], UrlParts]) -> UrlParts:
    held = per_version.held("page_url_parts", dict)  # entries are added, never changed
    # The answer depends on the page's address, the language (Wagtail's i18n), the URL patterns in force and the
    # prefix they are served under; and on the site serving the request only for a page in several sites, whose
    # parts are not held (Wagtail works them out each time, as the request's site decides).
    key = (url_path, translation.get_language(), get_urlconf(), get_script_prefix())
    try:
        return held[key]
    except KeyError:
        parts = work_out()
        if len(held) < MAX_HELD_URLS and not _in_several_sites(url_path):
            held[key] = parts
        return parts


def _in_several_sites(url_path: str) -> bool:
    roots = _held_site_root_paths(Site.get_site_root_paths)
    return len({root.site_id for root in roots if url_path.startswith(root.root_path)}) > 1
