"""Search-engine metadata shared by every public page: title, description,
canonical URL, breadcrumbs, and safe JSON-LD output."""

import json
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Site

from core.routing import routed_ancestors

DEFAULT_DESCRIPTION = (
    "Career guides with salary bands, AI-impact outlooks and transition paths, reviewed on a schedule."
)

# The characters that could end a <script> element or start an HTML comment or
# entity inside it, escaped as JSON unicode escapes (what Django's json_script does).
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data) -> SafeString:
    """A <script type="application/ld+json"> element whose content editor text can never break out of."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 (escaped above)


@dataclass
class Crumb:
    name: str
    url: str

    @property
    def href(self) -> str:
        """The in-site link (path and query): visible breadcrumbs work whatever host serves the page."""
        parts = urlsplit(self.url)
        return f"{parts.path or '/'}?{parts.query}" if parts.query else parts.path or "/"


@dataclass
class SeoMeta:
    title: str
    description: str
    canonical: str
    breadcrumbs: list[Crumb] = field(default_factory=list)
    site_name: str = ""

    def breadcrumb_json_ld(self) -> dict | None:
        if not self.breadcrumbs:
            return None
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": crumb.name, "item": crumb.url}
                for position, crumb in enumerate(self.breadcrumbs, start=1)
            ],
        }


def site_name(request) -> str:
    """The publisher's name: the Wagtail Site's name (Settings › Sites), else ``WAGTAIL_SITE_NAME``."""
    site = Site.find_for_request(request) if request is not None else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def absolute_url(url: str, request) -> str:
    """`url` on the site's configured root URL, as page URLs are, so every link in the metadata agrees."""
    if request is None or url.startswith(("http://", "https://")):
        return url
    site = Site.find_for_request(request)
    return f"{site.root_url}{url}" if site else request.build_absolute_uri(url)


def page_breadcrumbs(page, request) -> list[Crumb]:
    """Home › … › this page, from the ancestors routing loaded (core.routing), else from the page tree
    (one query). Empty for a page not yet in the tree."""
    if not page.path:
        return []
    ancestors = routed_ancestors(page)
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "depth", "path")
    crumbs = [
        Crumb("Home" if ancestor.depth == 2 else ancestor.title, ancestor.get_full_url(request) or "")
        for ancestor in ancestors
    ]
    crumbs.append(Crumb("Home" if page.depth == 2 else page.title, page.get_full_url(request) or ""))
    return [crumb for crumb in crumbs if crumb.url]


def page_description(page) -> str:
    """The page's own description: its meta-description method, promote-tab text, or intro."""
    if hasattr(page, "get_meta_description"):
        description = page.get_meta_description()
    else:
        description = page.search_description or getattr(page, "intro", "")
    return description or DEFAULT_DESCRIPTION


def seo_for_context(context) -> SeoMeta:
    """SEO metadata for a template context: from the Wagtail `page`, or from the
    `seo_title`, `seo_description`, `canonical_url` and `breadcrumbs` a view supplies."""
    request = context.get("request")
    page = context.get("page")
    has_page = hasattr(page, "get_full_url")
    name = site_name(request)
    if has_page:
        is_home = page.depth == 2
        title = page.seo_title or (name if is_home else page.title)
        description = page_description(page)
        canonical = page.get_full_url(request) if page.pk else None
        breadcrumbs = page_breadcrumbs(page, request)
    else:
        title = context.get("seo_title") or name
        description = context.get("seo_description") or DEFAULT_DESCRIPTION
        canonical = context.get("canonical_url")
        breadcrumbs = [
            Crumb(crumb.name, absolute_url(crumb.url, request)) for crumb in context.get("breadcrumbs") or []
        ]
    title = context.get("seo_title") or title
    description = context.get("seo_description") or description
    if canonical is None and request is not None:
        canonical = request.path
    if canonical:
        canonical = absolute_url(canonical, request)
    if title != name:
        title = f"{title} · {name}"
    return SeoMeta(
        title=title, description=description, canonical=canonical or "", breadcrumbs=breadcrumbs, site_name=name
    )
