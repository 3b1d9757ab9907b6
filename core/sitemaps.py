"""/sitemap.xml: an index (Django's ``sitemaps.views.index``) over sections of at most 50,000 URLs each
(``/sitemap-pages.xml?p=2``), per the sitemaps protocol.

Built on Wagtail's ``Sitemap`` but without its per-page work: one query reads the URL
path and dates of one section's live, public pages (not their specific models), and each
URL is the site's root URL plus the page's ``url_path`` below the site root, which is what
``Page.get_url`` computes. No page type here adds or hides sitemap URLs (``get_sitemap_urls``);
one that does must be handled here.
"""

from django.db.models import Count, Max
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.contrib.sitemaps import Sitemap

from core.held_counts import held_over
from core.visibility import readable_pages

MAX_URLS = 50_000


class PageSitemap(Sitemap):
    limit = MAX_URLS

    def _site(self):
        if not hasattr(self, "_cached_site"):
            self._cached_site = self.get_wagtail_site()
        return self._cached_site

    def items(self):
        root = self._site().root_page
        return (
            readable_pages()
            .filter(path__startswith=root.path, depth__gte=root.depth)
            .order_by("path")
            .only("url_path", "last_published_at", "latest_revision_created_at")
        )

    @cached_property
    def _totals(self) -> dict:
        """How many pages and their latest publication, in one pass over them (the index needs both), read once
        per content version (``core.held_counts``)."""
        items = self.items().order_by()
        return held_over(
            "sitemap totals", items, lambda: items.aggregate(latest=Max("last_published_at"), count=Count("pk"))
        )

    def get_latest_lastmod(self):
        return self._totals["latest"]

    @property
    def paginator(self):
        paginator = super().paginator
        paginator.count = self._totals["count"]  # Paginator.count is a cached_property: no COUNT query of its own
        return paginator

    def _urls(self, page, protocol, domain):
        site = self._site()
        root_path = site.root_page.url_path
        prefix = site.root_url + reverse("wagtail_serve", args=("",))
        urls = []
        for item in self.paginator.page(page).object_list:
            lastmod = self.lastmod(item)
            urls.append({"item": item, "location": prefix + item.url_path[len(root_path) :], "lastmod": lastmod})
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


SITEMAPS = {"pages": PageSitemap}
