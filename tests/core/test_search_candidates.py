"""Bounded search (core.search_candidates): at most LISTED matches per type are counted and listed,
title matches first, and the first RANKED of them are ranked; drafts and private guides never take a place.

LISTED and RANKED are lowered here so a handful of guides stands for thousands.
"""

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

import core.search_candidates as bounded
from core.search import search_query
from roles.models import RolePage
from tests.api_fixtures import fresh_cache  # noqa: F401 (autouse: API throttle counters start empty)
from tests.factories.roles import RolePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_bounds(monkeypatch):
    monkeypatch.setattr(bounded, "RANKED", 2)
    monkeypatch.setattr(bounded, "LISTED", 4)


def cloud_roles(role_index, in_title: int, in_body: int):
    titled = [
        RolePageFactory(parent=role_index, title=f"Cloud Architect {n}", summary="Designs systems.")
        for n in range(in_title)
    ]
    bodied = [
        RolePageFactory(parent=role_index, title=f"Platform Lead {n}", summary="Runs cloud platforms.")
        for n in range(in_body)
    ]
    return titled, bodied


def found_titles(query: str) -> list[str]:
    results = bounded.bounded_search(get_search_backend(), search_query(query), RolePage.objects.readable())
    return [page.title for page in results[0 : len(results)]]


def test_every_match_is_ranked_as_wagtail_ranks_it_below_the_bound(role_index):
    cloud_roles(role_index, in_title=2, in_body=3)
    wagtail_order = [
        page.title for page in get_search_backend().search(search_query("cloud"), RolePage.objects.readable())
    ]

    assert found_titles("cloud") == wagtail_order
    assert len(wagtail_order) == 5


def test_past_the_bound_title_matches_are_listed_first_and_the_count_says_more(role_index, small_bounds):
    titled, bodied = cloud_roles(role_index, in_title=3, in_body=3)

    results = bounded.bounded_search(get_search_backend(), search_query("cloud"), RolePage.objects.readable())
    listed = results[0:10]

    assert results.count() == 4 and results.more
    assert {page.title for page in listed[:3]} == {page.title for page in titled}
    assert listed[3].title in {page.title for page in bodied}
    assert [score for score, _ in results.scored(0, 4)][2:] == [0.0, 0.0]  # past RANKED: listed, not ranked


def test_a_match_split_between_title_and_body_is_found(role_index):
    RolePageFactory(parent=role_index, title="Cloud Architect", summary="Writes Terraform every day.")

    assert found_titles("cloud terraform") == ["Cloud Architect"]


def test_drafts_and_private_guides_take_no_place_and_are_never_counted(role_index, small_bounds):
    for n in range(5):
        RolePageFactory(parent=role_index, title=f"Cloud Draft {n}", live=False)
    secret = RolePageFactory(parent=role_index, title="Cloud Secret")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")
    RolePageFactory(parent=role_index, title="Cloud Architect")

    results = bounded.bounded_search(get_search_backend(), search_query("cloud"), RolePage.objects.readable())

    assert [page.title for page in results[0:10]] == ["Cloud Architect"]
    assert results.count() == 1 and not results.more


def test_the_site_says_when_more_match_than_are_listed(client, role_index, small_bounds):
    cloud_roles(role_index, in_title=3, in_body=3)

    preview = client.get("/search/?q=cloud").content.decode()
    last_page = client.get("/search/?q=cloud&type=roles&page=1").content.decode()

    assert '<span class="muted">(4+)</span>' in preview
    assert "More than 4 role guides matching" in preview
    assert "More than 4 role guides match; only the first 4 are listed." in last_page


def test_the_api_says_when_its_count_is_capped(client, role_index, small_bounds):
    cloud_roles(role_index, in_title=3, in_body=3)

    capped = client.get("/api/v1/search", {"q": "cloud", "type": "role"}).json()
    exact = client.get("/api/v1/search", {"q": "architect", "type": "role"}).json()

    assert (capped["count"], capped["count_is_capped"], len(capped["results"])) == (4, True, 4)
    assert (exact["count"], exact["count_is_capped"]) == (3, False)


def test_a_query_without_words_is_answered_as_wagtail_answers_it(client, role_index):
    cloud_roles(role_index, in_title=1, in_body=1)

    response = client.get("/search/", {"q": "'"})

    assert response.status_code == 200


def test_matches_are_found_through_the_document_index(role_index):
    """The candidate query's document expression is the indexed one (else every search reads every entry)."""
    cloud_roles(role_index, in_title=1, in_body=1)
    with connection.cursor() as cursor:
        cursor.execute(
            "SET LOCAL enable_seqscan = off"
        )  # a handful of rows: make the planner show it can use the index
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry"
            " WHERE core_search_document(title, body) @@ to_tsquery('english', 'cloud')"
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")

    assert "core_search_entry_document_gin" in plan
