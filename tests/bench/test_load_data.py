"""The bench data builder: pages inserted in bulk must be real pages readers and editors can open."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, ReferenceIndex

from bench.load_data import load
from paths.models import PackagedPathPage
from roles.models import RolePage
from tests.api_fixtures import fresh_cache  # noqa: F401 (autouse: API throttle counters start empty)

pytestmark = pytest.mark.django_db


@pytest.fixture
def bench_guides():
    load(12)
    return RolePage.objects.order_by("path")


def test_builds_a_valid_page_tree(bench_guides):
    assert bench_guides.count() == 12
    assert PackagedPathPage.objects.count() == 2
    assert Page.find_problems() == ([], [], [], [], [])
    index = bench_guides.first().get_parent()
    assert index.numchild == index.get_children().count() == 12


def test_guides_are_complete_and_published(bench_guides):
    guide = bench_guides.last()
    assert guide.live and guide.live_revision_id == guide.latest_revision_id is not None
    assert guide.salary_bands.count() == 3 and guide.faqs.count() == 3 and guide.role_courses.count() == 3
    assert guide.transitions.filter(from_role__isnull=False).count() == 1
    assert sorted(guide.tags.names())
    assert guide.latest_revision.as_object().faqs.count() == 3


def test_readers_open_guides_paths_and_search(client, bench_guides):
    guide = bench_guides.last()
    page = client.get(guide.url)
    assert page.status_code == 200 and guide.title in page.content.decode()
    assert client.get(PackagedPathPage.objects.first().url).status_code == 200
    assert client.get("/roles/").status_code == 200
    assert client.get("/api/v1/roles?limit=20").json()["count"] == 12
    assert "Engineer" in client.get("/search/", {"q": "engineer"}).content.decode()


def test_editors_open_guides_in_the_admin(client, bench_guides):
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.com", "pw"))
    guide = bench_guides.first()
    response = client.get(f"/admin/pages/{guide.pk}/edit/")
    assert response.status_code == 200 and guide.title in response.content.decode()


def test_reference_index_is_rebuilt(bench_guides):
    guide = bench_guides.first()
    assert ReferenceIndex.get_references_for_object(guide).exists()


def test_loading_starts_a_new_content_version():
    from pagecache import version

    before = version.current().number
    load(2)
    assert version.current().number > before
