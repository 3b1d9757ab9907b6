"""The site header's name and main navigation.

The links are the ones editors list under Settings › Role Atlas settings › Main navigation,
each shown only while its page is live and public; until editors choose any, the home page's
live, public children marked "Show in menus", in tree order. During a reading request they are
built once per process and content version (``pagecache.per_version``: every change a reader can
see starts a new version), so rendering a page costs no query for them (the site comes from the
request, where Wagtail keeps it). The name is the site's (``core.seo.site_name``). The error
pages, rendered without a request and maybe without a database, get ``FALLBACK_LINKS``.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Site

from core.seo import site_name
from core.visibility import readable_pages
from home.models import RoleAtlasSettings
from pagecache import per_version


@dataclass(frozen=True)
class NavLink:
    label: str
    url: str


#: The demo's sections, for pages rendered without a request or database (500, 503).
FALLBACK_LINKS = (
    NavLink("Roles", "/roles/"),
    NavLink("Paths", "/paths/"),
    NavLink("Courses", "/courses/"),
    NavLink("Certifications", "/certifications/"),
)


@dataclass(frozen=True)
class HeaderLink:
    label: str
    url: str
    current: str  # aria-current: "page" on the section's own page, "true" within it, "" elsewhere


@dataclass(frozen=True)
class Header:
    site_name: str
    links: list[HeaderLink]


def site_header(request) -> Header:
    """The header for this request (None: rendered without one, as the error pages are)."""
    if request is None:
        return Header(settings.WAGTAIL_SITE_NAME, [HeaderLink(link.label, link.url, "") for link in FALLBACK_LINKS])
    site = Site.find_for_request(request)
    links = main_navigation(site, request) if site else ()
    return Header(
        site_name=site_name(request),
        links=[HeaderLink(link.label, link.url, _current(request.path, link.url)) for link in links],
    )


def main_navigation(site, request) -> tuple[NavLink, ...]:
    """The site's main navigation links, built once per process and content version."""
    return per_version.held(f"main-navigation:{site.pk}", lambda: tuple(_build(site, request)))


def _build(site, request) -> list[NavLink]:
    """One query for the settings (none when the page already read them) and one for the pages."""
    raw = RoleAtlasSettings.for_request(request).main_navigation.raw_data
    chosen = [item["value"] for item in raw if item["type"] == "link"]
    if not chosen:  # nothing chosen yet (a fresh install): Wagtail's "show in menus" pages below the home page
        menu = readable_pages().child_of(site.root_page).in_menu()
        return [NavLink(label=page.title, url=page.get_url(request)) for page in menu]
    pages = readable_pages().in_bulk([link["page"] for link in chosen if link.get("page")])
    return [
        NavLink(label=link.get("label") or pages[link["page"]].title, url=pages[link["page"]].get_url(request))
        for link in chosen
        if link.get("page") in pages
    ]


def _current(path: str, url: str) -> str:
    if path == url:
        return "page"
    return "true" if url.startswith("/") and url != "/" and path.startswith(url) else ""
