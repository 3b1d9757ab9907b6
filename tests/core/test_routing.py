"""Routing with lookups built once per parent (core.routing, core.compiled) serves what the tree holds now."""

import pytest

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
