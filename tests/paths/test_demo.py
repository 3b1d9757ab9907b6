"""The demo packaged path, built from the reference guide's roles and courses (loaded by roles.demo)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from courses import demo as courses_demo
from courses.models import CertificationIndexPage, CourseIndexPage
from home import demo as home_demo
from paths import demo
from paths.models import PackagedPathPage, PathIndexPage
from tests.factories.courses import CourseFactory
from tests.factories.roles import RolePageFactory


@pytest.fixture
def reference_content(role_index):
    """What roles.demo provides (a draft Software Engineer guide, the AI Engineer guide and its three courses),
    and the course the sample catalogue adds to the Applied AI path."""
    RolePageFactory(
        parent=role_index, title="Software Engineer", slug="software-engineer", median_salary=None, live=False
    )
    RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer", median_salary=175_000)
    for title, provider in (
        ("AI Engineering Foundations", "DecipherU"),
        ("Full Stack LLM Bootcamp", "The Full Stack"),
        ("Designing Machine Learning Systems", "Chip Huyen"),
        ("Made With ML", "Goku Mohandas"),
    ):
        CourseFactory(title=title, provider=provider)


def load_demo_module(home):
    out = io.StringIO()
    created = demo.load(out, home)
    return out.getvalue(), created


def test_without_the_reference_content_no_path_is_created_and_the_output_says_why(client, db):
    out = io.StringIO()
    home = home_demo.load(out)
    for module in (courses_demo, demo):  # load_demo without roles.demo
        assert module.load(out, home) == []
    assert (
        "Skipped the Applied AI path: missing role guide 'software-engineer', role guide 'ai-engineer'"
        in out.getvalue()
    )
    assert not PackagedPathPage.objects.exists()
    assert PathIndexPage.objects.get().live
    for url in ("/paths/", "/courses/", "/certifications/"):
        assert client.get(url).status_code == 200
    assert CourseIndexPage.objects.count() == CertificationIndexPage.objects.count() == 1


def test_the_applied_ai_path_shows_that_its_delta_cannot_be_computed_while_a_role_is_a_draft(
    client, home_page, reference_content
):
    output, created = load_demo_module(home_page)
    assert "Created the Applied AI path at /paths/applied-ai/." in output
    assert [path.slug for path in created] == ["applied-ai"]  # returned for load_demo to feature on the home page

    soup = BeautifulSoup(client.get("/paths/applied-ai/").content, "html5lib")
    roles = soup.select(".path-roles__name")
    assert [r.find("a") is not None for r in roles] == [False, True]
    assert "Software Engineer" in roles[0].get_text()
    delta = soup.find(id="path-delta-heading").find_parent("section").get_text(" ", strip=True)
    assert "cannot be computed yet" in delta and "Software Engineer's guide is not published yet" in delta
    assert [h.get_text(strip=True) for h in soup.select(".curriculum__title")] == [
        "AI Engineering Foundations",
        "Full Stack LLM Bootcamp",
        "Designing Machine Learning Systems",
    ]
    assert "Total estimated duration: 17 weeks" in soup.select_one(".curriculum__total").get_text()
    assert "Not yet reviewed" in soup.select_one(".page-header").get_text()


def test_loading_twice_changes_nothing(home_page, reference_content):
    load_demo_module(home_page)
    path = PackagedPathPage.objects.get()
    rows = (path.path_roles.count(), path.curriculum_steps.count(), path.revisions.count())
    output, created = load_demo_module(home_page)
    assert "already exists" in output and created == []
    assert PackagedPathPage.objects.count() == PathIndexPage.objects.count() == 1
    assert (path.path_roles.count(), path.curriculum_steps.count(), path.revisions.count()) == rows


def test_the_demo_pages_are_in_the_sitemap(client, home_page, reference_content):
    call_command("load_demo", stdout=io.StringIO())
    assert "<loc>http://testserver/sitemap-pages.xml</loc>" in client.get("/sitemap.xml").content.decode()
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    for path in ("/paths/", "/paths/applied-ai/", "/courses/", "/certifications/"):
        assert f"<loc>http://localhost{path}</loc>" in sitemap
