"""core.held_counts: a list's total over the catalogue (the API lists' ``count``, the sitemap index's pages) is
read once per content version, and a published or unpublished guide changes it on the very next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.sitemaps import PageSitemap
from tests.factories.roles import RolePageFactory

pytestmark = pytest.mark.django_db


def count_queries(client, url) -> tuple[list[str], object]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured if "COUNT(" in query["sql"]], response


def publish(page) -> None:
    """As an editor publishes: the change starts a new content version."""
    page.save_revision().publish()


def test_the_roles_lists_count_is_read_once_per_content_version(client, role_index):
    guides = [RolePageFactory(parent=role_index, title=f"Role {number:02}") for number in range(3)]
    first_counts, first = count_queries(client, "/api/v1/roles?limit=2")
    again_counts, again = count_queries(client, "/api/v1/roles?limit=2&offset=1")

    assert first.json()["count"] == again.json()["count"] == 3
    assert len(first_counts) == 1
    assert again_counts == []

    guides[0].unpublish()
    assert client.get("/api/v1/roles?limit=2").json()["count"] == 2
    publish(RolePageFactory(parent=role_index, title="Role 10", live=False))
    publish(RolePageFactory(parent=role_index, title="Role 11", live=False))
    assert client.get("/api/v1/roles?limit=2&offset=2").json()["count"] == 4


def test_a_search_matching_nothing_counts_nothing(client, role_index):
    RolePageFactory(parent=role_index, title="Data Analyst")
    body = client.get("/api/v1/roles?limit=1&offset=1&q=zzzz&ordering=title").json()
    assert body["count"] == 0 and body["results"] == []


def test_each_filter_has_its_own_count(client, role_index):
    RolePageFactory(parent=role_index, title="Junior Analyst", entry_level=True)
    for number in range(3):
        RolePageFactory(parent=role_index, title=f"Senior {number}", entry_level=False)

    assert client.get("/api/v1/roles?limit=1").json()["count"] == 4
    assert client.get("/api/v1/roles?limit=1&entry_level=true").json()["count"] == 1


def test_the_sitemap_index_counts_once_per_content_version(client, role_index, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 2)
    RolePageFactory(parent=role_index, title="Guide 0")
    first_counts, first = count_queries(client, "/sitemap.xml")
    again_counts, again = count_queries(client, "/sitemap.xml")

    assert first.content == again.content
    assert first.content.decode().count("<sitemap>") == 2  # home, /roles/, one guide
    assert len(first_counts) == 1 and again_counts == []

    publish(RolePageFactory(parent=role_index, title="Guide 1", live=False))
    assert client.get("/sitemap.xml").content.decode().count("<sitemap>") == 2
    publish(RolePageFactory(parent=role_index, title="Guide 2", live=False))
    assert client.get("/sitemap.xml").content.decode().count("<sitemap>") == 3
