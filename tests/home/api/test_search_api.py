"""Contract tests for GET /api/v1/search: mixed, relevance-ordered results across content types."""

import pytest

from tests.factories.courses import CertificationFactory, CourseFactory

pytestmark = pytest.mark.django_db

SEARCH = "/api/v1/search"


@pytest.fixture
def kubernetes_content(make_role):
    make_role(title="Platform Engineer", summary="Runs Kubernetes clusters for product teams.")
    CourseFactory(
        title="Kubernetes Fundamentals",
        url="https://learn.example.com/k8s",
        description="<p>Pods, services, <i>deployments</i>.</p>",
    )
    CertificationFactory(name="Certified Kubernetes Administrator", url="", description="<p>Hands-on exam.</p>")
    CourseFactory(title="Baking Bread", description="<p>Sourdough.</p>")


def test_search_mixes_types_with_plain_text_summaries(kubernetes_content, get_json):
    response, body = get_json(SEARCH, q="kubernetes")

    assert response.status_code == 200
    assert body["count"] == 3
    assert sorted(body["results"], key=lambda hit: hit["type"]) == [
        {
            "type": "certification",
            "title": "Certified Kubernetes Administrator",
            "summary": "Hands-on exam.",
            "url": None,
        },
        {
            "type": "course",
            "title": "Kubernetes Fundamentals",
            "summary": "Pods, services, deployments.",
            "url": "https://learn.example.com/k8s",
        },
        {
            "type": "role",
            "title": "Platform Engineer",
            "summary": "Runs Kubernetes clusters for product teams.",
            "url": "http://localhost/roles/platform-engineer/",
        },
    ]


def test_better_matches_come_first_across_types(make_role, get_json):
    CourseFactory(title="Rust", description="<p>Rust, Rust and more Rust.</p>")
    make_role(title="Systems Engineer", summary="Sometimes uses Rust.")

    _, body = get_json(SEARCH, q="rust")

    assert [hit["type"] for hit in body["results"]] == ["course", "role"]


def test_type_narrows_to_one_kind(kubernetes_content, get_json):
    _, body = get_json(SEARCH, q="kubernetes", type="course")

    assert body["count"] == 1
    assert [hit["title"] for hit in body["results"]] == ["Kubernetes Fundamentals"]


def test_search_pages_through_the_merged_results(kubernetes_content, client):
    first = client.get(SEARCH, {"q": "kubernetes", "limit": 2}).json()
    second = client.get(first["next"]).json()

    assert first["count"] == second["count"] == 3
    assert len(first["results"]) == 2
    assert len(second["results"]) == 1
    assert second["next"] is None
    titles = [hit["title"] for hit in first["results"] + second["results"]]
    assert len(set(titles)) == 3


def test_no_match_is_an_empty_page(kubernetes_content, get_json):
    _, body = get_json(SEARCH, q="astronomy")

    assert body == {
        "count": 0,
        "count_is_capped": False,
        "next": None,
        "previous": None,
        "results": [],
        "suggestion": None,
    }


@pytest.mark.parametrize(
    ("params", "loc", "type_"),
    [
        ({}, ["query", "q"], "missing"),
        ({"q": ""}, ["query", "q"], "string_too_short"),
        ({"q": "x" * 201}, ["query", "q"], "string_too_long"),
        ({"q": "ai", "type": "job"}, ["query", "type"], "literal_error"),
        ({"q": "ai", "offset": 1001}, ["query", "offset"], "less_than_equal"),
    ],
)
def test_bad_parameters_get_a_422_naming_the_parameter(db, get_json, params, loc, type_):
    response, body = get_json(SEARCH, **params)

    assert response.status_code == 422
    assert body["detail"][0]["loc"] == loc
    assert body["detail"][0]["type"] == type_


def test_search_takes_the_same_number_of_queries_for_1_or_100_results(
    make_role, make_path, client, django_assert_max_num_queries
):
    for number in range(10):
        make_role(title=f"Cloud Role {number}", summary="Cloud work.")
        make_path(title=f"Cloud Path {number}", summary="Into cloud work.")
        CourseFactory(title=f"Cloud Course {number}")
        CertificationFactory(name=f"Cloud Certification {number}")
    client.get(SEARCH, {"q": "cloud", "limit": 1})  # warm-up: Wagtail caches the site's root paths

    counts = {}
    for limit in (1, 100):
        # view restrictions (roles, paths), then per type the matches (title, then the rest) and the
        # ranking, then Last-Modified; "Did you mean": view restrictions (roles) and one vocabulary query
        with django_assert_max_num_queries(17) as queries:
            response = client.get(SEARCH, {"q": "cloud", "limit": limit})
        counts[limit] = len(queries.captured_queries)

    assert response.json()["count"] == 40
    assert len(response.json()["results"]) == 40
    assert counts[1] == counts[100]


def test_published_paths_are_searchable_and_hidden_ones_are_not(make_path, get_json):
    make_path(title="Kubernetes Platform Path", summary="From operations to running Kubernetes platforms.")
    make_path(title="Secret Kubernetes Path", summary="Kubernetes, unpublished.", live=False)

    _, body = get_json(SEARCH, q="kubernetes", type="path")

    assert body["results"] == [
        {
            "type": "path",
            "title": "Kubernetes Platform Path",
            "summary": "From operations to running Kubernetes platforms.",
            "url": "http://localhost/paths/kubernetes-platform-path/",
        }
    ]
