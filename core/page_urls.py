"""Page URLs worked out once per content version (``pagecache.per_version``), not once per link.

Wagtail works out a page's URL from every site's root path, which it reads from Django's cache once per
request, and once per page object when no request is passed (``page.url``): in production a Redis round trip
each, about 0.13 ms. It then reverses Django's URL pattern for the page, about 13 µs a link, and a guide
shows a dozen links (docs/performance.md). A change to a site and every move or rename of a page start a new
content version (``pagecache.signals``), so both answers hold for all of a version: during a reading request
the root paths are read once per version, and each page's URL parts once per version and address.

Outside a reading request (``per_version.held`` just reads) Wagtail's own code answers as before. The root
paths come through ``Page._get_site_root_paths``, the one method through which Wagtail reads them; it is not
a documented hook, so tests/core/test_page_urls.py fails if an upgrade stops calling it.
"""

from django.urls import get_script_prefix, get_urlconf
from django.utils import translation
from wagtail.models import Site

from pagecache import per_version

MAX_HELD_URLS = 4096
"""Pages whose URL parts are held per content version (a bound: a listing may link thousands of pages)."""


class HeldPageURLsMixin:
    def get_url_parts(self, request=None):
        held = per_version.held("page_url_parts", dict)  # entries are added, never changed
        # The answer depends on the page's address, the site serving the request (when the page belongs to
        # several), the language (Wagtail's i18n), the URL patterns in force and the prefix they are served under.
        site = Site.find_for_request(request) if request is not None else None
        language = translation.get_language()
        key = (self.url_path, site.pk if site else None, language, get_urlconf(), get_script_prefix())
        try:
            return held[key]
        except KeyError:
            parts = super().get_url_parts(request)
            if len(held) < MAX_HELD_URLS:
                held[key] = parts
            return parts

    def _get_site_root_paths(self, request=None):
        return per_version.held("site_root_paths", lambda: super(HeldPageURLsMixin, self)._get_site_root_paths(request))
