"""Contract tests for GET /api/v1/roles/{slug}: the export schema, links, review dates, visibility, errors, query count."""

from datetime import date

import pytest
from wagtail.models import PageViewRestriction

from reviews.services import mark_reviewed
from roles.import_export.exporting import export_role_guides
from roles.models import RolePage
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.roles import (
    RoleCertificationFactory,
    RoleCourseFactory,
    TransitionPathFactory,
    add_role_parts,
)

pytestmark = pytest.mark.django_db


def detail(slug: str) -> str:
    return f"/api/v1/roles/{slug}"


def test_the_guide_is_exactly_what_export_roles_writes(make_role, get_json):
    source = make_role(title="Software Engineer")
    role = add_role_parts(
        make_role(title="AI Engineer", ai_impact_score=35, last_reviewed=date(2026, 1, 15)), 3, source
    )

    response, body = get_json(detail("ai-engineer"))

    exported = export_role_guides(RolePage.objects.filter(pk=role.pk))[0].model_dump(mode="json")
    assert response.status_code == 200
    assert body["guide"] == exported
    assert len(body["guide"]["salary_bands"]) == 3
    assert body["guide"]["transition_paths"][0]["from_role_slug"] == "software-engineer"


def test_the_detail_adds_url_label_links_and_review_dates(make_role, make_path, get_json):
    source = make_role(title="Software Engineer")
    role = make_role(title="AI Engineer", ai_impact_score=80, last_reviewed=date(2026, 1, 15), review_every_days=90)
    TransitionPathFactory(page=role, from_role=source, from_role_name="")
    TransitionPathFactory(page=role, from_role_name="Data Scientist")
    TransitionPathFactory(page=role, from_role=source, from_role_name="")
    make_path(title="Zeta Path", roles=[source, role])
    make_path(title="Alpha Path", roles=[role, source])

    _, body = get_json(detail("ai-engineer"))

    assert {key: value for key, value in body.items() if key != "guide"} == {
        "url": "http://localhost/roles/ai-engineer/",
        "ai_impact_label": "Very high",
        "transition_sources": [
            {
                "slug": "software-engineer",
                "title": "Software Engineer",
                "url": "http://localhost/roles/software-engineer/",
            }
        ],
        "leads_to": [],
        "paths": [
            {"slug": "alpha-path", "title": "Alpha Path", "url": "http://localhost/paths/alpha-path/"},
            {"slug": "zeta-path", "title": "Zeta Path", "url": "http://localhost/paths/zeta-path/"},
        ],
        "last_reviewed": "2026-01-15",
        "next_review_due": "2026-04-15",
        "official_statistics": [],
    }
    assert [path["from_role_name"] for path in body["guide"]["transition_paths"]] == [
        "Software Engineer",
        "Data Scientist",
        "Software Engineer",
    ]


def test_a_guide_never_reviewed_has_no_dates_and_an_overdue_one_shows_no_status(make_role, client):
    make_role(title="Fresh Role", last_reviewed=None)
    make_role(title="Stale Role", last_reviewed=date(2020, 1, 1))

    never = client.get(detail("fresh-role")).json()
    stale = client.get(detail("stale-role"))

    assert never["last_reviewed"] is None and never["next_review_due"] is None
    assert stale.json()["next_review_due"] == "2020-06-29"
    assert "overdue" not in stale.content.decode().lower()
    assert "status" not in stale.json()


def test_nested_courses_and_certifications_are_only_the_live_ones_in_the_editors_order(make_role, get_json):
    role = make_role(title="AI Engineer")
    for title in ("Zebra Course", "Hidden Course", "Alpha Course"):
        RoleCourseFactory(page=role, course=CourseFactory(title=title, live=title != "Hidden Course"))
    RoleCertificationFactory(page=role, certification=CertificationFactory(name="Hidden Cert", live=False))
    RoleCertificationFactory(page=role, certification=CertificationFactory(name="Live Cert"))

    _, body = get_json(detail("ai-engineer"))

    assert [course["title"] for course in body["guide"]["courses"]] == ["Zebra Course", "Alpha Course"]
    assert [cert["name"] for cert in body["guide"]["certifications"]] == ["Live Cert"]


@pytest.mark.parametrize("hidden", ["draft", "password", "login", "deleted"])
def test_a_transition_from_a_guide_readers_cannot_open_is_named_not_linked(make_role, get_json, hidden):
    source = make_role(title="Hidden Source", live=hidden != "draft")
    role = make_role(title="AI Engineer")
    TransitionPathFactory(page=role, from_role=source, from_role_name="")
    if hidden in ("password", "login"):
        PageViewRestriction.objects.create(page=source, restriction_type=hidden, password="secret")
    if hidden == "deleted":
        source.delete()

    response, body = get_json(detail("ai-engineer"))

    assert body["guide"]["transition_paths"][0]["from_role_slug"] is None
    assert body["guide"]["transition_paths"][0]["from_role_name"] == "Hidden Source"
    assert body["transition_sources"] == []
    assert "hidden-source" not in response.content.decode()


def test_only_live_public_paths_are_listed(make_role, make_path, get_json):
    role, other = make_role(title="AI Engineer"), make_role(title="Other Role")
    make_path(title="Public Path", roles=[other, role])
    make_path(title="Draft Path", roles=[other, role], live=False)
    private = make_path(title="Private Path", roles=[other, role])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    make_path(title="Unrelated Path", roles=[other, make_role(title="Third Role")])

    _, body = get_json(detail("ai-engineer"))

    assert [path["slug"] for path in body["paths"]] == ["public-path"]


def test_an_unpublished_revision_is_not_served(make_role, get_json):
    role = make_role(title="AI Engineer", summary="Published summary.", median_salary=100000)
    role.summary = "Draft summary."
    role.median_salary = 999999
    role.save_revision()

    _, body = get_json(detail("ai-engineer"))

    assert body["guide"]["summary"] == "Published summary."
    assert body["guide"]["median_salary_usd"] == 100000


@pytest.mark.parametrize("hidden", ["draft", "password", "login", "unknown"])
def test_unknown_draft_and_private_guides_answer_404_in_the_error_shape(make_role, get_json, hidden):
    if hidden != "unknown":
        role = make_role(title="Hidden Role", live=hidden != "draft")
        if hidden in ("password", "login"):
            PageViewRestriction.objects.create(page=role, restriction_type=hidden, password="secret")

    response, body = get_json(detail("hidden-role"))

    assert response.status_code == 404
    assert body == {
        "detail": [
            {"loc": ["path", "slug"], "msg": "No published role guide has the slug 'hidden-role'.", "type": "not_found"}
        ]
    }


def test_a_guide_under_a_private_index_answers_404(make_role, role_index, client):
    make_role(title="Hidden Role")
    PageViewRestriction.objects.create(page=role_index, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(detail("hidden-role")).status_code == 404


@pytest.mark.parametrize("slug", ["not%20a%20slug", "semi;colon", "x" * 256])
def test_a_malformed_slug_is_a_422_naming_the_path_parameter(role_index, get_json, slug):
    response, body = get_json(detail(slug))

    assert response.status_code == 422
    assert body["detail"][0]["loc"] == ["path", "slug"]


def test_a_unicode_slug_is_accepted(make_role, get_json):
    make_role(title="Ingénieur IA", slug="ingénieur-ia")

    response, body = get_json(detail("ingénieur-ia"))

    assert response.status_code == 200
    assert body["guide"]["title"] == "Ingénieur IA"


def test_the_query_count_does_not_grow_with_bands_transitions_and_courses(
    make_role, make_path, client, django_assert_max_num_queries, settings
):
    settings.API_DETAIL_CACHE_SECONDS = 0  # build every answer
    source = make_role(title="Software Engineer")
    small = add_role_parts(make_role(title="Small Role"), 1, source)
    large = add_role_parts(make_role(title="Large Role"), 30, source)
    for number, role in enumerate((small, large)):
        make_path(title=f"Path {number}", roles=[source, role])
    client.get(detail("small-role"))  # warm-up: Wagtail caches the site's root paths

    counts = {}
    for role in (small, large):
        # Last-Modified, view restrictions (read once), page, its 9 lists folded into one (core.folding),
        # transitions, where the role leads (leads_to), paths, open review flag, review settings (the default
        # site's, one query), official figures (OEWS, projections: the demo guide has them)
        with django_assert_max_num_queries(11) as queries:
            response = client.get(detail(role.slug))
        assert response.status_code == 200
        counts[role.slug] = len(queries.captured_queries)

    body = response.json()
    assert [len(body["guide"][part]) for part in ("salary_bands", "transition_paths", "courses", "certifications")] == [
        30
    ] * 4
    assert counts["small-role"] == counts["large-role"]


def test_a_repeated_request_is_answered_from_the_cache_in_one_query(make_role, client, django_assert_max_num_queries):
    add_role_parts(make_role(title="AI Engineer"), 3)
    first = client.get(detail("ai-engineer"))

    with django_assert_max_num_queries(1):  # Last-Modified, which is also the cache key's version
        again = client.get(detail("ai-engineer"))

    assert again.status_code == 200
    assert again.content == first.content


def publish_new_title(role, source, course, path):
    role.title = "Applied AI Engineer"
    role.save_revision().publish()


def unpublish_the_course(role, source, course, path):
    course.unpublish()


def restrict_the_guide(role, source, course, path):
    PageViewRestriction.objects.create(page=role, restriction_type=PageViewRestriction.LOGIN)


def unpublish_the_transition_source(role, source, course, path):
    source.unpublish()


def unpublish_the_path(role, source, course, path):
    path.unpublish()


def mark_the_guide_reviewed(role, source, course, path):
    mark_reviewed(role, user=None, today=date(2026, 3, 1))


@pytest.mark.parametrize(
    ("change", "seen"),
    [
        (publish_new_title, lambda response: response.json()["guide"]["title"] == "Applied AI Engineer"),
        (unpublish_the_course, lambda response: response.json()["guide"]["courses"] == []),
        (restrict_the_guide, lambda response: response.status_code == 404),
        (unpublish_the_transition_source, lambda response: response.json()["transition_sources"] == []),
        (unpublish_the_path, lambda response: response.json()["paths"] == []),
        (mark_the_guide_reviewed, lambda response: response.json()["last_reviewed"] == "2026-03-01"),
    ],
)
def test_the_cached_answer_is_replaced_as_soon_as_published_content_changes(make_role, make_path, client, change, seen):
    """Every change Wagtail logs (publishing, unpublishing, privacy, snippet changes, review marks) moves the cache key."""
    source = make_role(title="Software Engineer")
    role = make_role(title="AI Engineer", last_reviewed=date(2026, 1, 1))
    course = CourseFactory(title="Evals 101")
    RoleCourseFactory(page=role, course=course)
    TransitionPathFactory(page=role, from_role=source, from_role_name="")
    path = make_path(title="Applied AI", roles=[source, role])
    before = client.get(detail("ai-engineer"))
    assert not seen(before)

    change(role, source, course, path)

    assert seen(client.get(detail("ai-engineer")))
