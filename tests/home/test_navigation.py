"""The header's site name and main navigation come from the site's settings, not from the template."""

import pytest
from bs4 import BeautifulSoup
from django.db import connections
from django.template.loader import render_to_string
from django.views.defaults import server_error
from wagtail.models import PageViewRestriction, Site

from home.navigation import FALLBACK_LINKS
from pagecache import version
from pagecache.per_version import ReadingRequestMiddleware
from tests.factories.courses import CourseIndexPageFactory
from tests.factories.home import set_main_navigation
from tests.factories.paths import PathIndexPageFactory
from tests.factories.roles import RoleIndexPageFactory

pytestmark = pytest.mark.django_db


def header_links(client, path="/"):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    return [(a.get_text(), a["href"], a.get("aria-current")) for a in soup.select(".site-header .site-nav a")]


@pytest.fixture
def sections(home_page):
    return {
        "roles": RoleIndexPageFactory(parent=home_page, title="Role guides", slug="roles"),
        "paths": PathIndexPageFactory(parent=home_page, title="Packaged paths", slug="paths"),
        "courses": CourseIndexPageFactory(parent=home_page, title="Courses", slug="courses"),
    }


def test_the_header_lists_the_chosen_pages_in_the_editors_order_under_their_labels(client, sections):
    set_main_navigation([sections["courses"], (sections["paths"], "Paths"), sections["roles"]])
    assert header_links(client) == [
        ("Courses", "/courses/", None),
        ("Paths", "/paths/", None),
        ("Role guides", "/roles/", None),  # no label: the page's title
    ]


def test_until_editors_choose_links_the_header_lists_the_pages_shown_in_menus(client, sections):
    for page, in_menu in ((sections["roles"], True), (sections["paths"], False), (sections["courses"], True)):
        page.show_in_menus = in_menu
        page.save_revision().publish()
    assert header_links(client) == [("Role guides", "/roles/", None), ("Courses", "/courses/", None)]


def test_pages_left_out_unpublished_or_private_are_not_listed(client, sections):
    set_main_navigation([sections["roles"], sections["paths"], sections["courses"]])
    sections["paths"].unpublish()
    PageViewRestriction.objects.create(page=sections["courses"], restriction_type="password", password="x")
    assert [label for label, _, _ in header_links(client)] == ["Role guides"]


def test_a_published_change_reaches_the_header_once_it_commits(client, sections, django_capture_on_commit_callbacks):
    set_main_navigation([sections["roles"]])
    assert [label for label, _, _ in header_links(client)] == ["Role guides"]
    with django_capture_on_commit_callbacks(execute=True):
        set_main_navigation([sections["roles"], (sections["courses"], "Learn")])
    assert [label for label, _, _ in header_links(client)] == ["Role guides", "Learn"]
    with django_capture_on_commit_callbacks(execute=True):
        sections["courses"].save_revision().publish()  # any published change renews it
    assert [label for label, _, _ in header_links(client)] == ["Role guides", "Learn"]


def test_the_current_section_is_marked_for_assistive_technology(client, sections):
    set_main_navigation([sections["roles"], sections["courses"]])
    assert header_links(client, "/roles/") == [("Role guides", "/roles/", "page"), ("Courses", "/courses/", None)]
    assert header_links(client, "/roles/compare/")[0] == ("Role guides", "/roles/", "true")
    assert [current for _, _, current in header_links(client, "/")] == [None, None]


def test_the_site_name_is_the_sites(client, sections):
    Site.objects.filter(is_default_site=True).update(site_name="Career Atlas")
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".site-header .brand").get_text(" ", strip=True) == "◆ Career Atlas"


def test_the_header_costs_no_query_once_built(client, rf, sections, django_assert_max_num_queries):
    set_main_navigation([sections["roles"], sections["paths"]])
    client.get("/courses/")
    request = rf.get("/courses/")
    request._wagtail_site = Site.objects.get(is_default_site=True)  # as Wagtail keeps it once routed
    version.for_request(request)  # read at the start of every reading request (the connection's health check)
    render = ReadingRequestMiddleware(
        lambda request: render_to_string("components/site_header.html", {"request": request})
    )
    with django_assert_max_num_queries(0):
        html = render(request)
    assert 'href="/roles/">Role guides</a>' in html and 'href="/paths/">Packaged paths</a>' in html


def test_error_pages_fall_back_to_the_standard_sections_without_the_database(rf, monkeypatch):
    def no_database(*args, **kwargs):
        raise AssertionError("the 500 page touched the database")

    for alias in connections:
        monkeypatch.setattr(connections[alias], "cursor", no_database)
        monkeypatch.setattr(connections[alias], "ensure_connection", no_database)
    soup = BeautifulSoup(server_error(rf.get("/roles/")).content, "html.parser")
    links = [(a.get_text(), a["href"]) for a in soup.select(".site-header .site-nav a")]
    assert links == [(link.label, link.url) for link in FALLBACK_LINKS]
    assert soup.select_one(".site-header .brand").get_text(" ", strip=True) == "◆ Role Atlas"
