"""Contract tests for GET /api/v1/roles: shape, every filter, combinations, ordering, paging, bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import core.search_candidates
from roles.presentation.figures import GrowthOutlook
from tests.factories.roles import RoleFamilyFactory

pytestmark = pytest.mark.django_db

ROLES = "/api/v1/roles"


def slugs(body):
    return [role["slug"] for role in body["results"]]


def test_a_role_summary_has_every_documented_field(make_role, get_json):
    family = RoleFamilyFactory(name="Applied AI")
    make_role(
        title="AI Engineer",
        family=family,
        specialty="AI Engineering",
        summary="Builds products on large language models.",
        median_salary=175000,
        growth_outlook=GrowthOutlook.VERY_HIGH,
        ai_impact_score=35,
        entry_level=True,
        last_reviewed="2026-01-15",
    )

    response, body = get_json(ROLES)

    assert response.status_code == 200
    assert body == {
        "count": 1,
        "count_is_capped": False,
        "next": None,
        "previous": None,
        "results": [
            {
                "slug": "ai-engineer",
                "title": "AI Engineer",
                "family": {"slug": "applied-ai", "name": "Applied AI"},
                "specialty": "AI Engineering",
                "summary": "Builds products on large language models.",
                "median_salary": 175000,
                "growth_outlook": "very_high",
                "ai_impact_score": 35,
                "ai_impact_label": "Moderate",
                "entry_level": True,
                "last_reviewed": "2026-01-15",
                "url": "http://localhost/roles/ai-engineer/",
            }
        ],
    }


def test_unverified_figures_are_null_not_zero(make_role, get_json):
    make_role(
        title="New Role", family=None, median_salary=None, growth_outlook="", ai_impact_score=None, entry_level=None
    )

    _, body = get_json(ROLES)

    role = body["results"][0]
    assert role["family"] is None
    assert role["median_salary"] is None
    assert role["growth_outlook"] is None
    assert role["ai_impact_score"] is None
    assert role["ai_impact_label"] is None
    assert role["entry_level"] is None


def test_an_empty_site_answers_an_empty_page(role_index, get_json):
    response, body = get_json(ROLES)

    assert response.status_code == 200
    assert body == {"count": 0, "count_is_capped": False, "next": None, "previous": None, "results": []}


def test_family_filter_takes_the_family_slug(make_role, get_json):
    make_role(title="AI Engineer", family=RoleFamilyFactory(name="Applied AI"))
    make_role(title="Data Analyst", family=RoleFamilyFactory(name="Data"))

    assert slugs(get_json(ROLES, family="data")[1]) == ["data-analyst"]
    assert slugs(get_json(ROLES, family="no-such-family")[1]) == []


@pytest.mark.parametrize(("value", "expected"), [("true", ["junior-analyst"]), ("false", ["staff-engineer"])])
def test_entry_level_filter_leaves_out_unknowns(make_role, get_json, value, expected):
    make_role(title="Junior Analyst", entry_level=True)
    make_role(title="Staff Engineer", entry_level=False)
    make_role(title="Unverified Role", entry_level=None)

    assert slugs(get_json(ROLES, entry_level=value)[1]) == expected


def test_growth_outlook_filter(make_role, get_json):
    make_role(title="Growing Role", growth_outlook=GrowthOutlook.GROWING)
    make_role(title="Stable Role", growth_outlook=GrowthOutlook.STABLE)

    assert slugs(get_json(ROLES, growth_outlook="stable")[1]) == ["stable-role"]


def test_ai_impact_range_is_inclusive_and_skips_unscored_roles(make_role, get_json):
    for score in (10, 25, 50, 75, None):
        make_role(title=f"Score {score}", ai_impact_score=score)

    assert slugs(get_json(ROLES, ai_impact_min=25, ai_impact_max=50)[1]) == ["score-25", "score-50"]
    assert slugs(get_json(ROLES, ai_impact_min=75)[1]) == ["score-75"]
    assert slugs(get_json(ROLES, ai_impact_max=10)[1]) == ["score-10"]


def test_salary_range_is_inclusive_and_skips_unknown_salaries(make_role, get_json):
    make_role(title="Low", median_salary=60000)
    make_role(title="Mid", median_salary=120000)
    make_role(title="High", median_salary=250000)
    make_role(title="Unknown", median_salary=None)

    assert slugs(get_json(ROLES, salary_min=60000, salary_max=120000)[1]) == ["low", "mid"]
    assert slugs(get_json(ROLES, salary_min=200000)[1]) == ["high"]


def test_skill_filter_matches_tag_slug_or_name(make_role, get_json):
    rag = make_role(title="RAG Engineer")
    rag.tags.add("Machine learning", "Python")
    rag.save()
    make_role(title="Analyst").tags.add("SQL")

    assert slugs(get_json(ROLES, skill="python")[1]) == ["rag-engineer"]
    assert slugs(get_json(ROLES, skill="Machine learning")[1]) == ["rag-engineer"]
    assert slugs(get_json(ROLES, skill="machine-learning")[1]) == ["rag-engineer"]
    assert slugs(get_json(ROLES, skill="rust")[1]) == []


def test_q_searches_the_text_and_orders_by_relevance(make_role, get_json):
    make_role(title="Prompt Engineer", summary="Writes and evaluates prompts.")
    make_role(title="Data Analyst", summary="Turns data into decisions; sometimes writes prompts.")
    make_role(title="Gardener", summary="Keeps plants alive.")

    _, body = get_json(ROLES, q="prompts")

    assert body["count"] == 2
    assert slugs(body) == ["prompt-engineer", "data-analyst"]


def test_q_with_explicit_ordering_uses_the_ordering(make_role, get_json):
    make_role(title="Prompt Engineer", summary="Writes prompts.", median_salary=100000)
    make_role(title="Data Analyst", summary="Writes prompts too.", median_salary=200000)

    assert slugs(get_json(ROLES, q="prompts", ordering="-median_salary")[1]) == ["data-analyst", "prompt-engineer"]


def test_q_lists_at_most_the_bounded_matches_after_the_other_filters(make_role, get_json, monkeypatch):
    monkeypatch.setattr(core.search_candidates, "LISTED", 2)
    data = RoleFamilyFactory(name="Data")
    for number in range(3):
        make_role(title=f"Cloud Engineer {number}", summary="Runs the cloud.")
    make_role(title="Cloud Data Engineer", summary="Moves data to the cloud.", family=data)

    capped = get_json(ROLES, q="cloud")[1]
    filtered = get_json(ROLES, q="cloud", family="data")[1]

    assert (capped["count"], capped["count_is_capped"], len(capped["results"])) == (2, True, 2)
    assert (slugs(filtered), filtered["count_is_capped"]) == (["cloud-data-engineer"], False)


def test_q_that_matches_nothing_is_an_empty_page(make_role, get_json):
    make_role(title="Gardener")

    _, body = get_json(ROLES, q="astronaut")

    assert body == {"count": 0, "count_is_capped": False, "next": None, "previous": None, "results": []}


def test_filters_combine_with_and(make_role, get_json):
    data = RoleFamilyFactory(name="Data")
    make_role(title="Match", family=data, entry_level=True, ai_impact_score=60, median_salary=90000)
    make_role(title="Wrong Family", entry_level=True, ai_impact_score=60, median_salary=90000)
    make_role(title="Too Senior", family=data, entry_level=False, ai_impact_score=60, median_salary=90000)
    make_role(title="Low Impact", family=data, entry_level=True, ai_impact_score=10, median_salary=90000)
    make_role(title="Too Rich", family=data, entry_level=True, ai_impact_score=60, median_salary=300000)

    _, body = get_json(ROLES, family="data", entry_level="true", ai_impact_min=50, salary_max=100000)

    assert slugs(body) == ["match"]
    assert body["count"] == 1


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("title", ["alpha", "bravo", "charlie"]),
        ("-title", ["charlie", "bravo", "alpha"]),
        ("median_salary", ["bravo", "alpha", "charlie"]),
        ("-median_salary", ["alpha", "bravo", "charlie"]),
        ("ai_impact_score", ["charlie", "alpha", "bravo"]),
        ("-ai_impact_score", ["alpha", "charlie", "bravo"]),
        ("last_reviewed", ["bravo", "charlie", "alpha"]),
        ("-last_reviewed", ["charlie", "bravo", "alpha"]),
    ],
)
def test_ordering_puts_unknown_figures_last_both_ways(make_role, get_json, ordering, expected):
    make_role(title="Alpha", median_salary=200000, ai_impact_score=20, last_reviewed=None)
    make_role(title="Bravo", median_salary=100000, ai_impact_score=None, last_reviewed="2025-01-01")
    make_role(title="Charlie", median_salary=None, ai_impact_score=10, last_reviewed="2026-01-01")

    assert slugs(get_json(ROLES, ordering=ordering)[1]) == expected


def test_paging_walks_every_role_once_with_absolute_links(make_role, client):
    for letter in "abcde":
        make_role(title=f"Role {letter}")

    first = client.get(ROLES, {"limit": 2, "ordering": "title"}).json()
    assert first["count"] == 5
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/roles?limit=2&ordering=title&offset=2"

    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()
    assert third["next"] is None
    assert second["previous"] == "http://testserver/api/v1/roles?limit=2&ordering=title&offset=0"
    assert slugs(first) + slugs(second) + slugs(third) == [f"role-{letter}" for letter in "abcde"]


def test_an_offset_past_the_end_is_an_empty_page_that_links_back(make_role, get_json):
    make_role(title="Only")

    _, body = get_json(ROLES, offset=10)

    assert body["count"] == 1
    assert body["results"] == []
    assert body["next"] is None
    assert "offset=0" in body["previous"]


def test_limit_defaults_to_20(make_role, get_json):
    for number in range(21):
        make_role(title=f"Role {number:02}")

    _, body = get_json(ROLES)

    assert len(body["results"]) == 20
    assert body["next"].endswith("limit=20&offset=20")


@pytest.mark.parametrize(
    ("params", "loc", "type_"),
    [
        ({"limit": 101}, ["query", "limit"], "less_than_equal"),
        ({"limit": 0}, ["query", "limit"], "greater_than_equal"),
        ({"offset": -1}, ["query", "offset"], "greater_than_equal"),
        ({"limit": "many"}, ["query", "limit"], "int_parsing"),
        ({"entry_level": "maybe"}, ["query", "entry_level"], "bool_parsing"),
        ({"ordering": "salary"}, ["query", "ordering"], "literal_error"),
        ({"growth_outlook": "booming"}, ["query", "growth_outlook"], "enum"),
        ({"ai_impact_min": 101}, ["query", "ai_impact_min"], "less_than_equal"),
        ({"family": "not a slug"}, ["query", "family"], "string_pattern_mismatch"),
        ({"q": "nul\x00byte"}, ["query", "q"], "control_character"),
        ({"ai_impact_min": 60, "ai_impact_max": 20}, ["query", "ai_impact_max"], "range_inverted"),
        ({"salary_min": 90000, "salary_max": 50000}, ["query", "salary_max"], "range_inverted"),
    ],
)
def test_bad_parameters_get_a_422_naming_the_parameter(role_index, get_json, params, loc, type_):
    response, body = get_json(ROLES, **params)

    assert response.status_code == 422
    assert body["detail"][0]["loc"] == loc
    assert body["detail"][0]["type"] == type_
    assert body["detail"][0]["msg"]


def test_an_inverted_range_message_names_both_bounds(role_index, get_json):
    _, body = get_json(ROLES, ai_impact_min=60, ai_impact_max=20)

    assert body == {
        "detail": [
            {"loc": ["query", "ai_impact_max"], "msg": "Must be at least ai_impact_min (60).", "type": "range_inverted"}
        ]
    }


def test_every_bad_parameter_is_reported_at_once(role_index, get_json):
    _, body = get_json(ROLES, limit=500, ordering="nonsense")

    assert {tuple(error["loc"]) for error in body["detail"]} == {("query", "limit"), ("query", "ordering")}


def test_the_list_takes_the_same_number_of_queries_for_1_or_100_roles(make_role, client, django_assert_max_num_queries):
    for number in range(30):
        role = make_role(title=f"Role {number:02}")
        role.tags.add("Python")
        role.save()
    filters = {"skill": "python", "q": "role", "family": "applied-ai"}
    client.get(ROLES, {"limit": 1, **filters})  # warm-up: Wagtail caches the site's root paths

    counts = {}
    for limit in (1, 20):
        # view restrictions, the matches (title, then the rest: the count), their ranking, the page, Last-Modified
        with django_assert_max_num_queries(6) as queries:
            response = client.get(ROLES, {"limit": limit, **filters})
        assert response.status_code == 200
        counts[limit] = len(queries.captured_queries)

    assert len(response.json()["results"]) == 20
    assert response.json()["count"] == 30
    assert counts[1] == counts[20]


def test_the_last_offset_counts_every_match_without_a_window_over_all_rows(make_role, client, get_json):
    for number in range(5):
        make_role(title=f"Role {number}")
    with CaptureQueriesContext(connection) as queries:
        _, body = get_json(ROLES, limit=2, offset=4)
    assert [role["title"] for role in body["results"]] == ["Role 4"]
    assert body["count"] == 5
    assert body["next"] is None
    assert "offset=2" in body["previous"]
    assert not any(" OVER " in query["sql"] for query in queries.captured_queries)


def test_course_and_certification_filters_keep_the_roles_that_recommend_them(make_role, get_json):
    from tests.factories.courses import CertificationFactory, CourseFactory
    from tests.factories.roles import RoleCertificationFactory, RoleCourseFactory

    course, cert = CourseFactory(), CertificationFactory()
    RoleCourseFactory(page=make_role(title="With Course"), course=course)
    RoleCertificationFactory(page=make_role(title="With Cert"), certification=cert)
    make_role(title="Neither")
    assert [r["title"] for r in get_json(ROLES, course=course.pk)[1]["results"]] == ["With Course"]
    assert [r["title"] for r in get_json(ROLES, certification=cert.pk)[1]["results"]] == ["With Cert"]
