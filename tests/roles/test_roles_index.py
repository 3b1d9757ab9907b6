import re

import pytest

from tests.factories.roles import RolePageFactory
from tests.site_fixtures import catalogue  # noqa: F401 (fixtures)


def titles(response) -> list[str]:
    return re.findall(r'class="role-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.mark.django_db
def test_index_lists_live_public_guides_alphabetically_with_headline_figures(client, catalogue):
    response = client.get("/roles/")
    assert response.status_code == 200
    assert titles(response) == ["AI Engineer", "SOC Analyst", "Software Engineer"]
    html = response.content.decode()
    assert "$175K" in html and '35 <span class="muted">(Moderate)</span>' in html
    assert "Draft Prompt Wrangler" not in html and "Private Quantum Engineer" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected",
    [
        ("family=applied-ai", ["AI Engineer"]),
        ("entry_level=true", ["SOC Analyst", "Software Engineer"]),
        ("entry_level=false", ["AI Engineer"]),
        ("growth_outlook=very_high", ["AI Engineer"]),
        ("ai_impact_min=50&ai_impact_max=59", ["Software Engineer"]),
        ("salary_min=100000&salary_max=150000", ["Software Engineer"]),
        ("skill=python", ["AI Engineer", "Software Engineer"]),
        ("skill=python&entry_level=true", ["Software Engineer"]),
    ],
)
def test_each_filter_narrows_the_list(client, catalogue, query, expected):
    assert titles(client.get(f"/roles/?{query}")) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "ordering, expected",
    [
        ("-median_salary", ["AI Engineer", "Software Engineer", "SOC Analyst"]),
        ("median_salary", ["SOC Analyst", "Software Engineer", "AI Engineer"]),
        ("-ai_impact_score", ["SOC Analyst", "Software Engineer", "AI Engineer"]),
        ("-last_reviewed", ["AI Engineer", "Software Engineer", "SOC Analyst"]),
    ],
)
def test_sorting(client, catalogue, ordering, expected):
    assert titles(client.get(f"/roles/?ordering={ordering}")) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "legacy, shared",
    [
        ("entry=yes", "entry_level=true"),
        ("entry=no", "entry_level=false"),
        ("growth=very_high", "growth_outlook=very_high"),
        ("impact_min=50&impact_max=59", "ai_impact_min=50&ai_impact_max=59"),
        ("sort=salary_asc", "ordering=median_salary"),
        ("sort=impact_desc", "ordering=-ai_impact_score"),
        ("sort=reviewed", "ordering=-last_reviewed"),
    ],
)
def test_links_with_the_sites_earlier_parameter_names_keep_their_filters(client, catalogue, legacy, shared):
    assert titles(client.get(f"/roles/?{legacy}")) == titles(client.get(f"/roles/?{shared}"))


@pytest.mark.django_db
def test_the_site_and_the_api_read_the_same_parameters(client, catalogue):
    query = "entry_level=true&ai_impact_min=30&ordering=-median_salary"
    api_titles = [item["title"] for item in client.get(f"/api/v1/roles?{query}").json()["results"]]
    assert titles(client.get(f"/roles/?{query}")) == api_titles == ["Software Engineer", "SOC Analyst"]


@pytest.mark.django_db
def test_bad_values_are_ignored_with_a_notice_and_good_ones_still_apply(client, catalogue):
    response = client.get("/roles/?family=nope&ai_impact_min=abc&salary_min=-5&ordering=zzz&page=x&entry_level=true")
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(response) == ["SOC Analyst", "Software Engineer"]
    assert "Ignored Family “nope”" in html
    assert "Ignored AI impact from “abc”" in html
    assert "Ignored Median salary from (USD) “-5”" in html
    assert "Ignored Sort “zzz”" in html
    assert "Ignored the page number" in html


@pytest.mark.django_db
def test_inverted_range_is_reported(client, catalogue):
    html = client.get("/roles/?ai_impact_min=80&ai_impact_max=20").content.decode()
    assert "The upper AI impact limit must not be below the lower one." in html


@pytest.mark.django_db
def test_no_match_says_so_and_offers_to_clear(client, catalogue):
    html = client.get("/roles/?family=security&entry_level=false").content.decode()
    assert "No roles match these filters." in html
    assert 'href="/roles/">Clear all filters</a>' in html


@pytest.mark.django_db
def test_active_filters_can_be_removed_one_by_one(client, catalogue):
    html = client.get("/roles/?skill=python&entry_level=true").content.decode()
    assert 'href="?entry_level=true"' in html  # removing the skill keeps the entry filter
    assert 'href="?skill=python"' in html


@pytest.mark.django_db
def test_pagination_keeps_the_filters_in_the_links(client, role_index):
    for number in range(14):
        RolePageFactory(parent=role_index, title=f"Engineer {number:02d}", entry_level=True)
    first = client.get("/roles/?entry=yes")  # an earlier parameter name: the links use the shared one
    assert len(titles(first)) == 12
    assert 'href="?entry_level=true&amp;page=2"' in first.content.decode()
    second = client.get("/roles/?entry_level=true&page=2")
    assert titles(second) == ["Engineer 12", "Engineer 13"]
    assert "past the last page" in client.get("/roles/?page=9").content.decode()


@pytest.mark.django_db
def test_works_without_javascript_as_plain_get_forms(client, catalogue):
    html = client.get("/roles/").content.decode()
    assert '<form class="card filters" method="get" action="/roles/"' in html
    assert '<form class="compare-picker" method="get" action="/roles/compare/">' in html
    assert 'name="roles" value="ai-engineer"' in html
    assert "<script" not in html.split("</head>")[1]


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_number_of_roles(
    client, catalogue, role_index, django_assert_max_num_queries
):
    client.get("/roles/?skill=python")  # warm-up
    with django_assert_max_num_queries(14) as few:
        client.get("/roles/?skill=python&ordering=-median_salary")
    for number in range(10):
        role = RolePageFactory(parent=role_index, title=f"Python Role {number}")
        role.tags.add("Python", f"Tag {number}")
        role.save()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/roles/?skill=python&ordering=-median_salary")
    assert len(titles(response)) == 12
