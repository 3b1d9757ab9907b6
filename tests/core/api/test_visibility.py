"""Drafts, private pages, unpublished revisions and non-live snippets never reach any endpoint, nested or not."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.paths import CurriculumStepFactory
from tests.factories.roles import RoleCertificationFactory, RoleCourseFactory, TransitionPathFactory

pytestmark = pytest.mark.django_db

ANONYMOUS_GETS = [
    ("/api/v1/roles", {}),
    ("/api/v1/roles", {"q": "secret"}),
    ("/api/v1/paths", {}),
    ("/api/v1/courses", {}),
    ("/api/v1/certifications", {}),
    ("/api/v1/search", {"q": "secret"}),
]
DETAILS = [("/api/v1/roles", "/api/v1/roles/{slug}"), ("/api/v1/paths", "/api/v1/paths/{slug}")]
"""Each list, and the detail endpoint every one of its items is fetched from."""


def every_response_text(client) -> str:
    """Every anonymous list, and the detail of everything the lists show."""
    texts = []
    for path, params in ANONYMOUS_GETS:
        response = client.get(path, params)
        assert response.status_code == 200
        texts.append(response.content.decode())
    for listing, detail in DETAILS:
        for item in client.get(listing, {"limit": 100}).json()["results"]:
            response = client.get(detail.format(slug=item["slug"]))
            assert response.status_code == 200
            texts.append(response.content.decode())
    return "\n".join(texts)


@pytest.fixture
def shared_snippets(make_role):
    """A live course and certification that a public role links, so hidden roles could leak through them."""
    course = CourseFactory(title="Public Course")
    certification = CertificationFactory(name="Public Certification")
    public = make_role(title="Public Role")
    RoleCourseFactory(page=public, course=course)
    RoleCertificationFactory(page=public, certification=certification)
    return course, certification


def link_everywhere(role, course, certification):
    RoleCourseFactory(page=role, course=course)
    RoleCertificationFactory(page=role, certification=certification)


def test_a_draft_role_appears_nowhere(make_role, shared_snippets, client):
    draft = make_role(title="Secret Draft Role", summary="A secret draft.", live=False)
    link_everywhere(draft, *shared_snippets)

    text = every_response_text(client)

    assert "Public Role" in text
    assert "secret-draft-role" not in text
    assert "Secret Draft Role" not in text


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_private_role_appears_nowhere(make_role, shared_snippets, client, restriction_type):
    private = make_role(title="Secret Private Role", summary="A secret page.")
    link_everywhere(private, *shared_snippets)
    PageViewRestriction.objects.create(page=private, restriction_type=restriction_type, password="letmein")

    text = every_response_text(client)

    assert "Public Role" in text
    assert "Secret Private Role" not in text


def test_roles_under_a_private_index_appear_nowhere(make_role, role_index, client):
    make_role(title="Secret Role", summary="Secret.")
    PageViewRestriction.objects.create(page=role_index, restriction_type=PageViewRestriction.LOGIN)

    text = every_response_text(client)

    assert "Secret Role" not in text


def test_an_unpublished_revision_is_not_served_only_the_published_one(make_role, client):
    role = make_role(title="Published Title", summary="Published secret summary.", median_salary=100000)
    role.save_revision().publish()
    role.title = "Draft Title"
    role.summary = "Draft secret summary."
    role.median_salary = 999999
    role.save_revision()

    text = every_response_text(client)
    summary = client.get("/api/v1/roles").json()["results"][0]
    guide = client.get(f"/api/v1/roles/{role.slug}").json()["guide"]

    assert "Draft" not in text
    assert summary["title"] == "Published Title"
    assert summary["median_salary"] == 100000
    assert (guide["title"], guide["median_salary_usd"]) == ("Published Title", 100000)


def test_non_live_snippets_appear_nowhere_even_when_a_public_role_or_path_links_them(make_role, make_path, client):
    role = make_role(title="Public Role")
    secret_course = CourseFactory(title="Secret Course", live=False)
    RoleCourseFactory(page=role, course=secret_course)
    RoleCertificationFactory(page=role, certification=CertificationFactory(name="Secret Certification", live=False))
    make_path(
        title="Public Path",
        roles=[make_role(title="Other Role"), role],
        steps=[CurriculumStepFactory.build(course=secret_course, title="")],
        courses=[secret_course],
    )

    text = every_response_text(client)

    assert "Public Role" in text and "Public Path" in text
    assert "Secret Course" not in text
    assert "Secret Certification" not in text


def test_a_snippets_unpublished_revision_is_not_served(db, client):
    course = CourseFactory(title="Published Course", description="<p>Published secret.</p>")
    course.save_revision().publish()
    course.title = "Draft Course"
    course.description = "<p>Draft secret.</p>"
    course.save_revision()

    text = every_response_text(client)

    assert "Published Course" in text
    assert "Draft" not in text


@pytest.mark.parametrize("hidden", ["draft", PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_hidden_role_that_a_public_guide_and_path_name_is_never_linked(make_role, make_path, client, hidden):
    """Guides and paths name their roles (readers see "guide coming soon"), but never link or figure a hidden one."""
    secret = make_role(title="Hidden Role", summary="A secret summary.", median_salary=123456, live=hidden != "draft")
    if hidden != "draft":
        PageViewRestriction.objects.create(page=secret, restriction_type=hidden, password="letmein")
    public = make_role(title="Public Role")
    TransitionPathFactory(page=public, from_role=secret, from_role_name="")
    make_path(title="Public Path", roles=[public, secret])

    text = every_response_text(client)

    assert "Public Role" in text and "Public Path" in text
    assert "hidden-role" not in text
    assert "A secret summary." not in text
    assert "123456" not in text and "123,456" not in text
    assert client.get("/api/v1/roles/hidden-role").status_code == 404


@pytest.mark.parametrize("hidden", ["draft", PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_hidden_path_appears_nowhere(make_role, make_path, path_index, client, hidden):
    role = make_role(title="Public Role")
    secret = make_path(
        title="Secret Path",
        summary="A secret path.",
        roles=[role, make_role(title="Other Role")],
        live=hidden != "draft",
    )
    if hidden != "draft":
        PageViewRestriction.objects.create(page=secret, restriction_type=hidden, password="letmein")

    text = every_response_text(client)

    assert "Public Role" in text
    assert "Secret Path" not in text
    assert "secret-path" not in text
    assert client.get("/api/v1/paths/secret-path").status_code == 404


def test_paths_under_a_private_index_appear_nowhere(make_path, path_index, client):
    make_path(title="Secret Path", summary="A secret path.")
    PageViewRestriction.objects.create(page=path_index, restriction_type=PageViewRestriction.LOGIN)

    text = every_response_text(client)

    assert "Secret Path" not in text


def test_a_paths_unpublished_revision_is_not_served(make_path, client):
    path = make_path(title="Published Path", summary="Published path summary.")
    path.title = "Draft Path"
    path.summary = "Draft secret summary."
    path.save_revision()

    text = every_response_text(client)

    assert "Published path summary." in text
    assert "Draft" not in text
