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


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(client, role_index, django_assert_max_num_queries):
    RolePageFactory(parent=role_index)
    client.get("/sitemap-pages.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap-pages.xml")
    for _ in range(10):
        RolePageFactory(parent=role_index)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(locations(client.get("/sitemap-pages.xml").content.decode())) == 13
    with django_assert_max_num_queries(len(few.captured_queries) + 1):
        client.get("/sitemap.xml")
