"""Contract tests for GET /api/v1/courses and /api/v1/certifications."""

import pytest

from courses.models import CourseFormat
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.roles import RoleCertificationFactory, RoleCourseFactory

pytestmark = pytest.mark.django_db

COURSES = "/api/v1/courses"
CERTIFICATIONS = "/api/v1/certifications"


def test_a_course_lists_the_roles_that_recommend_it_by_title(make_role, get_json):
    course = CourseFactory(
        title="Deep Learning Specialization",
        provider="DeepLearning.AI",
        format=CourseFormat.COURSE,
        url="https://example.com/dl",
        description="<p>Five courses on <b>neural networks</b>.</p>",
        last_reviewed="2026-02-01",
    )
    RoleCourseFactory(page=make_role(title="ML Engineer"), course=course)
    RoleCourseFactory(page=make_role(title="AI Engineer"), course=course)

    response, body = get_json(COURSES)

    assert response.status_code == 200
    assert body == {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [
            {
                "id": course.pk,
                "title": "Deep Learning Specialization",
                "provider": "DeepLearning.AI",
                "format": "course",
                "url": "https://example.com/dl",
                "description": "<p>Five courses on <b>neural networks</b>.</p>",
                "last_reviewed": "2026-02-01",
                "roles": [
                    {"slug": "ai-engineer", "title": "AI Engineer", "url": "http://localhost/roles/ai-engineer/"},
                    {"slug": "ml-engineer", "title": "ML Engineer", "url": "http://localhost/roles/ml-engineer/"},
                ],
                "role_count": 2,
                "all_roles_url": None,
            }
        ],
    }


def test_a_course_nobody_recommends_has_no_roles_and_a_blank_url_is_null(get_json):
    CourseFactory(title="Lonely Book", url="", format=CourseFormat.BOOK)

    _, body = get_json(COURSES)

    assert body["results"][0]["roles"] == []
    assert body["results"][0]["url"] is None
    assert body["results"][0]["format"] == "book"


def test_courses_filter_by_format_and_by_role(make_role, get_json):
    book = CourseFactory(title="A Book", format=CourseFormat.BOOK)
    course = CourseFactory(title="A Course", format=CourseFormat.COURSE)
    RoleCourseFactory(page=make_role(title="AI Engineer"), course=course)

    assert [c["title"] for c in get_json(COURSES, format="book")[1]["results"]] == [book.title]
    assert [c["title"] for c in get_json(COURSES, role="ai-engineer")[1]["results"]] == [course.title]
    assert get_json(COURSES, role="ai-engineer", format="book")[1]["results"] == []
    assert get_json(COURSES, role="no-such-role")[1]["count"] == 0


def test_courses_are_ordered_by_title_and_paged(get_json):
    for title in ("Gamma", "Alpha", "Beta"):
        CourseFactory(title=title)

    _, body = get_json(COURSES, limit=2)

    assert [c["title"] for c in body["results"]] == ["Alpha", "Beta"]
    assert body["count"] == 3
    assert "offset=2" in body["next"]


def test_a_certification_lists_the_roles_that_list_it(make_role, get_json):
    certification = CertificationFactory(
        name="AWS Certified ML Engineer",
        issuer="Amazon Web Services",
        url="https://aws.example.com",
        description="<p>Cloud ML.</p>",
    )
    RoleCertificationFactory(page=make_role(title="ML Engineer"), certification=certification)

    response, body = get_json(CERTIFICATIONS)

    assert response.status_code == 200
    assert body["results"] == [
        {
            "id": certification.pk,
            "name": "AWS Certified ML Engineer",
            "issuer": "Amazon Web Services",
            "url": "https://aws.example.com",
            "description": "<p>Cloud ML.</p>",
            "last_reviewed": None,
            "roles": [{"slug": "ml-engineer", "title": "ML Engineer", "url": "http://localhost/roles/ml-engineer/"}],
            "role_count": 1,
            "all_roles_url": None,
        }
    ]


def test_certifications_filter_by_role(make_role, get_json):
    listed = CertificationFactory(name="Listed")
    CertificationFactory(name="Unlisted")
    RoleCertificationFactory(page=make_role(title="AI Engineer"), certification=listed)

    assert [c["name"] for c in get_json(CERTIFICATIONS, role="ai-engineer")[1]["results"]] == ["Listed"]
    assert get_json(CERTIFICATIONS)[1]["count"] == 2


@pytest.mark.parametrize(
    ("path", "params", "loc"),
    [
        (COURSES, {"format": "podcast"}, ["query", "format"]),
        (COURSES, {"role": "not a slug"}, ["query", "role"]),
        (COURSES, {"limit": 101}, ["query", "limit"]),
        (CERTIFICATIONS, {"offset": "last"}, ["query", "offset"]),
    ],
)
def test_bad_parameters_get_a_422_naming_the_parameter(db, get_json, path, params, loc):
    response, body = get_json(path, **params)

    assert response.status_code == 422
    assert body["detail"][0]["loc"] == loc


@pytest.mark.parametrize(
    ("path", "link_factory", "snippet_factory", "field"),
    [
        (COURSES, RoleCourseFactory, CourseFactory, "course"),
        (CERTIFICATIONS, RoleCertificationFactory, CertificationFactory, "certification"),
    ],
)
def test_the_lists_take_the_same_number_of_queries_for_1_or_100_items(
    make_role, client, django_assert_max_num_queries, path, link_factory, snippet_factory, field
):
    roles = [make_role(title=f"Role {number}") for number in range(3)]
    for _ in range(12):
        snippet = snippet_factory()
        for role in roles:
            link_factory(page=role, **{field: snippet})
    client.get(path, {"limit": 1})  # warm-up: Wagtail caches the site's root paths

    counts = {}
    for limit in (1, 10):
        # view restrictions, the page, its count (a plain COUNT), the shown role links, their totals, Last-Modified
        with django_assert_max_num_queries(6) as queries:
            response = client.get(path, {"limit": limit})
        assert response.status_code == 200
        counts[limit] = len(queries.captured_queries)

    assert len(response.json()["results"]) == 10
    assert response.json()["count"] == 12
    assert all(len(item["roles"]) == 3 for item in response.json()["results"])
    assert counts[1] == counts[10]


@pytest.mark.parametrize(
    ("path", "link_factory", "snippet_factory", "field"),
    [
        (COURSES, RoleCourseFactory, CourseFactory, "course"),
        (CERTIFICATIONS, RoleCertificationFactory, CertificationFactory, "certification"),
    ],
)
def test_an_item_linked_by_many_guides_names_five_and_links_the_filtered_role_list(
    make_role, get_json, path, link_factory, snippet_factory, field
):
    snippet = snippet_factory()
    for number in range(7):
        link_factory(page=make_role(title=f"Role {number}"), **{field: snippet})
    link_factory(page=make_role(title="Role Draft", live=False), **{field: snippet})

    item = get_json(path)[1]["results"][0]
    listed = get_json("/api/v1/roles", **{field: snippet.pk})[1]

    assert [role["title"] for role in item["roles"]] == [f"Role {number}" for number in range(5)]
    assert item["role_count"] == 7
    assert item["all_roles_url"] == f"http://testserver/api/v1/roles?{field}={snippet.pk}"  # as the paging links
    assert listed["count"] == 7
