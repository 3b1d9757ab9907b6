"""Routing with lookups built once per parent (core.routing, core.compiled) serves what the tree holds now."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.roles import RoleIndexPageFactory, RolePageFactory

pytestmark = pytest.mark.django_db


def test_a_guide_added_under_an_empty_index_is_served_on_the_next_request(client, home_page):
    index = RoleIndexPageFactory(parent=home_page, slug="careers")
    assert client.get("/careers/new-role/").status_code == 404  # the index has no children yet

    RolePageFactory(parent=index, title="New Role", slug="new-role")

    assert client.get("/careers/new-role/").status_code == 200


def test_a_guide_moved_to_another_index_is_served_at_its_new_address(client, home_page):
    first, second = (
        RoleIndexPageFactory(parent=home_page, slug="first"),
        RoleIndexPageFactory(parent=home_page, slug="second"),
    )
    guide = RolePageFactory(parent=first, title="Moving Role", slug="moving-role")
    RolePageFactory(parent=second, title="Staying Role", slug="staying-role")
    assert client.get("/first/moving-role/").status_code == 200
    assert client.get("/second/staying-role/").status_code == 200

    guide.move(second, pos="last-child")

    assert client.get("/second/moving-role/").status_code == 200
    old_address = client.get("/first/moving-role/")  # Wagtail's redirects app keeps the old address working
    assert (old_address.status_code, old_address["Location"]) == (301, "/second/moving-role/")


def routing_queries(client, url) -> list[str]:
    """The page-tree lookups of one request for ``url`` (the served page's and those routed through)."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured if '"wagtailcore_page"."slug" =' in query["sql"]]


def test_the_section_a_guide_is_routed_through_is_read_once_per_content_version(client, home_page):
    index = RoleIndexPageFactory(parent=home_page, slug="careers")
    RolePageFactory(parent=index, title="First Role", slug="first-role")
    RolePageFactory(parent=index, title="Second Role", slug="second-role")

    assert len(routing_queries(client, "/careers/first-role/")) == 2  # the section, then the guide
    assert len(routing_queries(client, "/careers/second-role/")) == 1  # the guide only: the section is held


def test_a_renamed_section_is_routed_at_its_new_address_on_the_next_request(client, home_page):
    index = RoleIndexPageFactory(parent=home_page, slug="careers")
    RolePageFactory(parent=index, title="First Role", slug="first-role")
    assert client.get("/careers/first-role/").status_code == 200

    index.slug = "jobs"
    index.save_revision().publish()

    assert client.get("/jobs/first-role/").status_code == 200
    assert client.get("/careers/first-role/").status_code == 404  # not routed through the section held before
