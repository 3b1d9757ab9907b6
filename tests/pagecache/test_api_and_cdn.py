"""The API's validators come from the content version (a 304 skips the view); a CDN is purged after commit."""

import pytest

from tests.factories.courses import CourseFactory, CourseIndexPageFactory
from tests.factories.paths import PackagedPathPageFactory, PathIndexPageFactory
from tests.factories.roles import RoleCourseFactory, RolePageFactory, TransitionPathFactory
from tests.pagecache import fake_cdn

pytestmark = pytest.mark.django_db


def test_an_api_conditional_get_that_matches_skips_the_view(guide, client, monkeypatch, django_assert_max_num_queries):
    etag = client.get("/api/v1/roles")["ETag"]

    def explode(*args, **kwargs):
        raise AssertionError("the view ran")

    monkeypatch.setattr("roles.api.router.public_roles", explode)
    with django_assert_max_num_queries(1):
        response = client.get("/api/v1/roles", headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response["ETag"] == etag
    assert response["Cache-Control"].startswith("public")


def test_an_api_etag_changes_when_content_does(guide, client):
    etag = client.get("/api/v1/roles")["ETag"]

    guide.title = "Prompt Architect"
    guide.save_revision().publish()
    response = client.get("/api/v1/roles", headers={"If-None-Match": etag})

    assert response.status_code == 200
    assert response.json()["results"][0]["title"] == "Prompt Architect"


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {"fake": {"BACKEND": "tests.pagecache.fake_cdn.RecordingBackend"}}
    fake_cdn.purged.clear()
    yield fake_cdn.purged
    fake_cdn.purged.clear()


def test_publishing_a_role_purges_it_and_the_pages_that_show_it_after_commit(
    guide, role_index, home_page, cdn, django_capture_on_commit_callbacks
):
    successor = RolePageFactory(parent=role_index, title="Agent Engineer")
    TransitionPathFactory(page=successor, from_role=guide, from_role_name="")
    successor.save_revision().publish()  # stores the reference to the guide in Wagtail's reference index
    unrelated = RolePageFactory(parent=role_index, title="Data Steward")
    path = PackagedPathPageFactory(parent=PathIndexPageFactory(parent=home_page), title="Into prompts", roles=[guide])
    path.save_revision().publish()
    cdn.clear()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        guide.title = "Prompt Architect"
        guide.save_revision().publish()
        assert cdn == []  # nothing before the commit

    assert callbacks
    assert {
        "http://localhost/roles/prompt-engineer/",
        "http://localhost/roles/",
        "http://localhost/",
        "http://localhost/paths/",
        successor.full_url,
        path.full_url,
        "http://localhost/sitemap.xml",
        "http://localhost/search/",
    } <= set(cdn)
    assert unrelated.full_url not in cdn


def test_publishing_a_course_purges_the_guides_recommending_it(
    guide, home_page, cdn, django_capture_on_commit_callbacks
):
    CourseIndexPageFactory(parent=home_page)
    course = CourseFactory(title="Evaluating Language Models")
    RoleCourseFactory(page=guide, course=course)
    guide.save_revision().publish()
    cdn.clear()

    with django_capture_on_commit_callbacks(execute=True):
        course.title = "Evaluating LLMs"
        course.save_revision().publish()

    assert {guide.full_url, "http://localhost/courses/"} <= set(cdn)


def test_without_a_cdn_no_purge_work_is_done(guide, settings, monkeypatch, client):
    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)

    def explode(obj):
        raise AssertionError("worked out URLs to purge with no CDN configured")

    monkeypatch.setattr("pagecache.purge.affected_urls", explode)
    guide.title = "Prompt Architect"
    guide.save_revision().publish()

    assert "Prompt Architect" in client.get(guide.url).content.decode()
