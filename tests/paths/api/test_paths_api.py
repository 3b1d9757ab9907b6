"""Contract tests for GET /api/v1/paths and /api/v1/paths/{slug}: order, delta, duration, visibility, errors, queries."""

from datetime import date

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.courses import CourseFactory
from tests.factories.paths import CurriculumStepFactory

pytestmark = pytest.mark.django_db

PATHS = "/api/v1/paths"


def detail(slug: str) -> str:
    return f"{PATHS}/{slug}"


@pytest.fixture
def applied_ai(make_role, make_path):
    """Software Engineer ($150,000) to AI Engineer ($175,000), two estimated steps, one recommended course."""
    software = make_role(title="Software Engineer", median_salary=150000)
    ai = make_role(title="AI Engineer", median_salary=175000)
    foundations = CourseFactory(title="AI Foundations", provider="DecipherU", url="https://example.com/foundations")
    return make_path(
        title="Applied AI",
        summary="From shipping software to shipping AI features.",
        roles=[software, ai],
        steps=[
            CurriculumStepFactory.build(course=foundations, title="", description="Start here.", weeks=6),
            CurriculumStepFactory.build(title="Ship a RAG project", description="Build and deploy.", weeks=4),
        ],
        courses=[CourseFactory(title="Designing ML Systems", provider="Chip Huyen", format="book", url="")],
        last_reviewed=date(2026, 1, 15),
    )


def test_a_path_summary_has_every_documented_field(applied_ai, get_json):
    response, body = get_json(PATHS)

    assert response.status_code == 200
    assert body == {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [
            {
                "slug": "applied-ai",
                "title": "Applied AI",
                "summary": "From shipping software to shipping AI features.",
                "roles_count": 2,
                "total_weeks": 10,
                "compensation_delta": {
                    "amount_usd": 25000,
                    "percent": 16.7,
                    "formula": "from Software Engineer's median ($150,000) to AI Engineer's median ($175,000)",
                    "reason": None,
                },
                "last_reviewed": "2026-01-15",
                "url": "http://localhost/paths/applied-ai/",
            }
        ],
    }


def test_a_path_detail_has_roles_curriculum_courses_and_dates(applied_ai, get_json):
    foundations = applied_ai.curriculum_steps.first().course

    response, body = get_json(detail("applied-ai"))

    assert response.status_code == 200
    assert body["roles"] == [
        {
            "title": "Software Engineer",
            "note": "Where Software Engineer fits in the path.",
            "slug": "software-engineer",
            "url": "http://localhost/roles/software-engineer/",
        },
        {
            "title": "AI Engineer",
            "note": "Where AI Engineer fits in the path.",
            "slug": "ai-engineer",
            "url": "http://localhost/roles/ai-engineer/",
        },
    ]
    assert body["curriculum"] == [
        {
            "title": "AI Foundations",
            "description": "Start here.",
            "weeks": 6,
            "course": {
                "id": foundations.pk,
                "title": "AI Foundations",
                "provider": "DecipherU",
                "format": "course",
                "url": "https://example.com/foundations",
            },
        },
        {"title": "Ship a RAG project", "description": "Build and deploy.", "weeks": 4, "course": None},
    ]
    assert [(c["title"], c["format"], c["url"]) for c in body["recommended_courses"]] == [
        ("Designing ML Systems", "book", None)
    ]
    assert body["total_weeks"] == 10 and body["duration_reason"] is None
    assert body["compensation_delta"]["amount_usd"] == 25000
    assert body["last_reviewed"] == "2026-01-15"
    assert body["next_review_due"] == "2026-07-14"
    assert body["url"] == "http://localhost/paths/applied-ai/"


def test_roles_and_steps_keep_the_editors_order(make_role, make_path, get_json):
    roles = [make_role(title=title, median_salary=100000) for title in ("Zed Role", "Alpha Role", "Mid Role")]
    make_path(
        title="Ordered",
        roles=roles,
        steps=[CurriculumStepFactory.build(title=title) for title in ("Zulu step", "Alpha step")],
    )

    _, body = get_json(detail("ordered"))

    assert [role["title"] for role in body["roles"]] == ["Zed Role", "Alpha Role", "Mid Role"]
    assert [step["title"] for step in body["curriculum"]] == ["Zulu step", "Alpha step"]


def test_the_list_keeps_the_explorer_order(make_path, get_json):
    for title in ("Zulu Path", "Alpha Path", "Mike Path"):
        make_path(title=title)

    _, body = get_json(PATHS)

    assert [path["slug"] for path in body["results"]] == ["zulu-path", "alpha-path", "mike-path"]


@pytest.mark.parametrize(
    ("first", "last", "reason"),
    [
        (
            {"live": False, "median_salary": 150000},
            {"median_salary": 175000},
            "First Role's guide is not published yet, so its median salary cannot be used.",
        ),
        ({"median_salary": 150000}, {"median_salary": None}, "Last Role has no published median salary yet."),
        (
            {"median_salary": 150000, "restricted": True},
            {"median_salary": 175000},
            "First Role's guide is not published yet, so its median salary cannot be used.",
        ),
    ],
)
def test_the_delta_is_null_with_a_reason_when_it_cannot_be_computed(
    make_role, make_path, get_json, first, last, reason
):
    restricted = first.pop("restricted", False)
    first_role = make_role(title="First Role", **first)
    if restricted:
        PageViewRestriction.objects.create(page=first_role, restriction_type=PageViewRestriction.LOGIN)
    make_path(title="Blocked", roles=[first_role, make_role(title="Last Role", **last)])

    summary = get_json(PATHS)[1]["results"][0]
    path = get_json(detail("blocked"))[1]

    expected = {"amount_usd": None, "percent": None, "formula": None, "reason": reason}
    assert summary["compensation_delta"] == expected
    assert path["compensation_delta"] == expected


def test_a_fall_is_negative_and_a_zero_first_median_has_no_percent(make_role, make_path, get_json):
    make_path(
        title="Down",
        roles=[make_role(title="High", median_salary=160000), make_role(title="Low", median_salary=150000)],
    )
    make_path(
        title="From Zero",
        roles=[make_role(title="Unpaid", median_salary=0), make_role(title="Paid", median_salary=50000)],
    )

    deltas = {path["slug"]: path["compensation_delta"] for path in get_json(PATHS)[1]["results"]}

    assert (deltas["down"]["amount_usd"], deltas["down"]["percent"]) == (-10000, -6.3)
    assert (deltas["from-zero"]["amount_usd"], deltas["from-zero"]["percent"]) == (50000, None)
    assert deltas["from-zero"]["formula"] == "from Unpaid's median ($0) to Paid's median ($50,000)"


def test_the_total_duration_is_null_with_a_reason_while_a_step_has_no_estimate(make_path, get_json):
    make_path(
        title="Unestimated",
        steps=[
            CurriculumStepFactory.build(title="Read", weeks=3),
            CurriculumStepFactory.build(title="Build", weeks=None),
        ],
    )
    make_path(title="Empty", steps=[])

    summaries = {path["slug"]: path["total_weeks"] for path in get_json(PATHS)[1]["results"]}
    unestimated = get_json(detail("unestimated"))[1]
    empty = get_json(detail("empty"))[1]

    assert summaries == {"unestimated": None, "empty": None}
    assert unestimated["duration_reason"] == "No estimate yet for: Build."
    assert [step["weeks"] for step in unestimated["curriculum"]] == [3, None]
    assert empty["duration_reason"] == "The curriculum has no steps yet."


@pytest.mark.parametrize("hidden", ["draft", "password", "login"])
def test_a_role_readers_cannot_open_is_named_but_not_linked(make_role, make_path, get_json, hidden):
    secret = make_role(title="Hidden Role", live=hidden != "draft", median_salary=120000)
    if hidden != "draft":
        PageViewRestriction.objects.create(page=secret, restriction_type=hidden, password="secret")
    make_path(title="Mixed", roles=[make_role(title="Open Role", median_salary=100000), secret])

    response, body = get_json(detail("mixed"))

    assert body["roles"][1] == {
        "title": "Hidden Role",
        "note": "Where Hidden Role fits in the path.",
        "slug": None,
        "url": None,
    }
    assert body["roles"][0]["slug"] == "open-role"
    assert body["compensation_delta"]["amount_usd"] is None
    assert "hidden-role" not in response.content.decode()
    assert "120000" not in response.content.decode() and "120,000" not in response.content.decode()


def test_non_live_courses_appear_neither_in_the_curriculum_nor_recommended(make_path, get_json):
    make_path(
        title="Courses",
        steps=[
            CurriculumStepFactory.build(course=CourseFactory(title="Secret Course", live=False), title="", weeks=2),
            CurriculumStepFactory.build(
                course=CourseFactory(title="Old Course", live=False), title="Fallback title", weeks=2
            ),
        ],
        courses=[CourseFactory(title="Secret Recommended", live=False), CourseFactory(title="Open Recommended")],
    )

    response, body = get_json(detail("courses"))

    assert [(step["title"], step["course"]) for step in body["curriculum"]] == [
        ("A course not yet published", None),
        ("Fallback title", None),
    ]
    assert [course["title"] for course in body["recommended_courses"]] == ["Open Recommended"]
    assert "Secret" not in response.content.decode()
    assert "Old Course" not in response.content.decode()


def test_draft_and_private_paths_are_absent_from_the_list_and_404_in_detail(make_path, get_json):
    make_path(title="Open Path")
    make_path(title="Draft Path", live=False)
    private = make_path(title="Private Path")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    _, body = get_json(PATHS)

    assert [path["slug"] for path in body["results"]] == ["open-path"]
    for slug in ("draft-path", "private-path", "no-such-path"):
        response, error = get_json(detail(slug))
        assert response.status_code == 404
        assert error == {
            "detail": [
                {
                    "loc": ["path", "slug"],
                    "msg": f"No published packaged path has the slug '{slug}'.",
                    "type": "not_found",
                }
            ]
        }


def test_an_unpublished_revision_of_a_path_is_not_served(make_path, get_json):
    path = make_path(title="Applied AI", summary="Published summary.")
    path.summary = "Draft summary."
    path.save_revision()

    assert get_json(PATHS)[1]["results"][0]["summary"] == "Published summary."
    assert get_json(detail("applied-ai"))[1]["summary"] == "Published summary."


def test_the_role_filter_takes_a_published_roles_slug(make_role, make_path, get_json):
    shared, draft = make_role(title="Shared Role"), make_role(title="Draft Role", live=False)
    make_path(title="With Shared", roles=[shared, make_role(title="Other A")])
    make_path(title="With Draft", roles=[draft, make_role(title="Other B")])

    assert [p["slug"] for p in get_json(PATHS, role="shared-role")[1]["results"]] == ["with-shared"]
    assert get_json(PATHS, role="draft-role")[1]["results"] == []
    assert get_json(PATHS, role="no-such-role")[1]["results"] == []


def test_paging_and_bad_parameters(make_path, get_json):
    for number in range(3):
        make_path(title=f"Path {number}")

    _, body = get_json(PATHS, limit=2)
    bad_limit, bad_limit_body = get_json(PATHS, limit=101)
    bad_role, bad_role_body = get_json(PATHS, role="not a slug")
    bad_slug = get_json(detail("x" * 256))[0]

    assert (body["count"], len(body["results"])) == (3, 2)
    assert body["next"] == "http://testserver/api/v1/paths?limit=2&offset=2"
    assert bad_limit.status_code == 422 and bad_limit_body["detail"][0]["loc"] == ["query", "limit"]
    assert bad_role.status_code == 422 and bad_role_body["detail"][0]["loc"] == ["query", "role"]
    assert bad_slug.status_code == 422


def test_the_list_takes_the_same_number_of_queries_for_1_or_20_paths(
    make_role, make_path, client, django_assert_max_num_queries
):
    roles = [make_role(title=f"Role {number}", median_salary=100000 + number) for number in range(4)]
    for number in range(20):
        make_path(
            title=f"Path {number}",
            roles=roles,
            steps=[CurriculumStepFactory.build(course=CourseFactory()) for _ in range(3)],
        )
    client.get(PATHS, {"limit": 1})  # warm-up: Wagtail caches the site's root paths

    counts = {}
    for limit in (1, 20):
        # view restrictions, the page with its count, roles, steps, view restrictions and published roles, Last-Modified
        with django_assert_max_num_queries(7) as queries:
            response = client.get(PATHS, {"limit": limit})
        assert response.status_code == 200
        counts[limit] = len(queries.captured_queries)

    assert len(response.json()["results"]) == 20
    assert counts[1] == counts[20]


def test_the_detail_takes_the_same_number_of_queries_for_2_or_30_rows(
    make_role, make_path, client, django_assert_max_num_queries
):
    def build(title, rows):
        make_path(
            title=title,
            roles=[make_role(title=f"{title} role {n}") for n in range(rows)],
            steps=[CurriculumStepFactory.build(course=CourseFactory()) for _ in range(rows)],
            courses=[CourseFactory() for _ in range(rows)],
        )

    build("Small", 2)
    build("Large", 30)
    client.get(detail("small"))  # warm-up

    counts = {}
    for slug in ("small", "large"):
        # view restrictions, the path, roles, steps, recommended courses, view restrictions and published roles,
        # review settings (site, settings), open review flag, Last-Modified
        with django_assert_max_num_queries(11) as queries:
            response = client.get(detail(slug))
        assert response.status_code == 200
        counts[slug] = len(queries.captured_queries)

    assert len(response.json()["roles"]) == len(response.json()["curriculum"]) == 30
    assert counts["small"] == counts["large"]
