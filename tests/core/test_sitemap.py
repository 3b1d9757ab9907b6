"""/sitemap.xml is an index over sections of at most 50,000 URLs (the sitemaps protocol), built in a fixed
number of queries however many pages the site has."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.sitemaps import MAX_URLS, PageSitemap
from tests.factories.roles import RolePageFactory

pytestmark = pytest.mark.django_db


def locations(xml):
    return re.findall(r"<loc>(.*?)</loc>", xml)


def all_page_urls(client):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert "<sitemapindex" in index.content.decode()
    sections = [loc.removeprefix("http://testserver") for loc in locations(index.content.decode())]
    urls = []
    for section in sections:
        response = client.get(section)
        assert response.status_code == 200
        urls.append(locations(response.content.decode()))
    return urls


def test_sections_hold_at_most_the_protocol_limit():
    assert PageSitemap.limit == MAX_URLS == 50_000


def test_a_large_site_is_split_into_sections_that_together_list_every_public_page(client, role_index, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 2)
    for n in range(3):
        RolePageFactory(parent=role_index, title=f"Guide {n}")
    RolePageFactory(parent=role_index, title="Draft Guide", live=False)

    sections = all_page_urls(client)
    assert [len(urls) for urls in sections] == [2, 2, 1]  # home, /roles/ and three guides
    listed = [url for urls in sections for url in urls]
    assert listed == [
        "http://localhost/",
        "http://localhost/roles/",
        "http://localhost/roles/guide-0/",
        "http://localhost/roles/guide-1/",
        "http://localhost/roles/guide-2/",
    ]


def steady_queries(client, url) -> tuple[int, str]:
    """The queries of ``url`` once this content version's shared values are read, and its content."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return len(captured.captured_queries), response.content.decode()


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(client, role_index):
    RolePageFactory(parent=role_index)
    section_queries, _ = steady_queries(client, "/sitemap-pages.xml")
    index_queries, _ = steady_queries(client, "/sitemap.xml")
    for _ in range(10):
        RolePageFactory(parent=role_index, live=False).save_revision().publish()  # each starts a content version

    queries, section = steady_queries(client, "/sitemap-pages.xml")
    assert len(locations(section)) == 13
    assert queries == section_queries
    assert steady_queries(client, "/sitemap.xml")[0] == index_queries
