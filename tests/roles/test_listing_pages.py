"""/roles/ and /api/v1/roles read a deep page from the end of the order (core.paging): every page must hold
exactly the guides plain slicing gives, in the same order, whatever the ordering, with ties and unknown figures."""

import re

import pytest

from roles.models import RolePage
from tests.api_fixtures import fresh_cache  # noqa: F401 (autouse: API throttle counters start empty)
from tests.factories.roles import RolePageFactory


def titles(response) -> list[str]:
    return re.findall(r'class="role-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def thirty_guides(role_index):
    """Ties in title (case differs), salary and impact, and guides without a salary."""
    for number in range(30):
        RolePageFactory(
            parent=role_index,
            title=f"{'engineer' if number % 3 else 'Engineer'} {number // 3}",
            slug=f"guide-{number}",
            median_salary=None if number % 7 == 0 else 100_000 + (number % 4) * 10_000,
            ai_impact_score=number % 5 * 10,
        )


def expected_order(ordering: str) -> list[str]:
    return [page.title for page in RolePage.objects.live().ordered(ordering)]


@pytest.mark.django_db
@pytest.mark.parametrize("ordering", ["title", "-median_salary", "median_salary", "ai_impact_score"])
def test_every_page_of_the_index_shows_the_next_twelve_guides_of_the_order(client, thirty_guides, ordering):
    pages = [titles(client.get(f"/roles/?ordering={ordering}&page={number}")) for number in (1, 2, 3)]
    assert [len(page) for page in pages] == [12, 12, 6]
    assert pages[0] + pages[1] + pages[2] == expected_order(ordering)


@pytest.mark.django_db
@pytest.mark.parametrize("ordering", ["title", "-median_salary", "ai_impact_score"])
def test_every_api_offset_returns_the_same_guides_as_walking_the_list(client, thirty_guides, ordering):
    walked = []
    for offset in range(0, 30, 7):
        answer = client.get(f"/api/v1/roles?limit=7&offset={offset}&ordering={ordering}").json()
        assert answer["count"] == 30
        walked += [item["title"] for item in answer["results"]]
    assert walked == expected_order(ordering)
