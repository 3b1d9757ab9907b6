"""core.page_urls: page URLs are worked out once per content version, from the site root paths read once
per version, so a guide's links read nothing from Django's cache (a Redis round trip each in production),
and a changed site or a renamed section shows in links on the very next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from core.page_urls import full_url_of, url_of
from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleIndexPageFactory, RolePageFactory, TransitionPathFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def root_path_reads(monkeypatch):
    """How often Wagtail reads the site root paths (from Django's cache, or the database when not cached)."""
    reads = []
    original = Site.get_site_root_paths

    def counted():
        reads.append(1)
        return original()

    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counted))
    return reads


def test_a_guides_links_read_the_site_root_paths_once_per_content_version(client, role_index, root_path_reads):
    guide = RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer")
    for number in range(3):
        source = RolePageFactory(parent=role_index, title=f"Source {number}")
        TransitionPathFactory(page=guide, from_role=source)
        TransitionPathFactory(page=source, from_role=guide)

    first = client.get("/roles/ai-engineer/")
    assert first.content.decode().count('href="/roles/source-') >= 6  # linked both ways, in the graph and the list
    reads_for_first = len(root_path_reads)
    client.get("/roles/ai-engineer/")

    assert reads_for_first == 1
    assert len(root_path_reads) == 1


def test_a_guides_links_are_worked_out_once_per_content_version(client, role_index, monkeypatch):
    guide = RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer")
    for number in range(3):
        TransitionPathFactory(page=guide, from_role=RolePageFactory(parent=role_index, title=f"Source {number}"))
    worked_out = []
    original = Page.get_url_parts

    def counted(page, request=None):
        worked_out.append(page.url_path)
        return original(page, request)

    monkeypatch.setattr(Page, "get_url_parts", counted)
    client.get("/roles/ai-engineer/")
    first = len(worked_out)
    page = client.get("/roles/ai-engineer/").content.decode()

    assert first >= 3
    assert len(worked_out) == first
    assert all(f'href="/roles/source-{number}/"' in page for number in range(3))


def test_a_changed_site_shows_in_links_on_the_next_request(client, role_index):
    guide = RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer")
    assert client.get(f"/api/v1/roles/{guide.slug}").json()["url"] == "http://localhost/roles/ai-engineer/"

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "careers.example.org", 443
    site.save()

    assert client.get(f"/api/v1/roles/{guide.slug}").json()["url"] == "https://careers.example.org/roles/ai-engineer/"


def test_a_renamed_section_shows_in_links_on_the_next_request(client, role_index):
    guide = RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer")
    source = RolePageFactory(parent=role_index, title="Data Analyst", slug="data-analyst")
    TransitionPathFactory(page=guide, from_role=source)
    assert 'href="/roles/data-analyst/"' in client.get("/roles/ai-engineer/").content.decode()

    role_index.slug = "careers"
    role_index.save_revision().publish()

    page = client.get("/careers/ai-engineer/").content.decode()
    assert 'href="/careers/data-analyst/"' in page
    assert 'href="/roles/data-analyst/"' not in page


def test_outside_a_reading_request_urls_come_from_wagtail_as_before(role_index):
    guide = RolePageFactory(parent=role_index, slug="ai-engineer")
    assert Page.objects.get(pk=guide.pk).specific.url == "/roles/ai-engineer/"


def test_a_row_gets_the_url_wagtail_gives_its_page_on_one_site_and_on_two(rf, role_index):
    here = RolePageFactory(parent=role_index, slug="ai-engineer")
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="careers-home")
    other_index = RoleIndexPageFactory(parent=other_home, slug="jobs")
    there = RolePageFactory(parent=other_index, slug="data-analyst")
    request = rf.get("/", HTTP_HOST="localhost")

    def wagtail_answers(page, request):
        plain = Page.objects.get(pk=page.pk)  # Wagtail's own Page, not the held URLs
        return plain.get_url(request), plain.get_full_url(request)

    assert (url_of(here.url_path, request), full_url_of(here.url_path, request)) == wagtail_answers(here, request)
    assert url_of(here.url_path, request) == "/roles/ai-engineer/"

    Site.objects.create(hostname="careers.example.org", port=443, root_page=other_home, site_name="Careers")
    request = rf.get("/", HTTP_HOST="localhost")  # Wagtail keeps the site root paths on the request
    for page in (here, there):
        assert (url_of(page.url_path, request), full_url_of(page.url_path, request)) == wagtail_answers(page, request)
    assert url_of(there.url_path, request) == "https://careers.example.org/jobs/data-analyst/"
    assert url_of("/nowhere/", request) is None


def test_the_api_gives_full_urls_without_looking_up_the_requests_site(client, role_index):
    for number in range(3):
        RolePageFactory(parent=role_index, title=f"Role {number}")
    client.get("/api/v1/roles?limit=20")  # the first read of this content version's root paths
    with CaptureQueriesContext(connection) as queries:
        body = client.get("/api/v1/roles?limit=20").json()

    assert [role["url"] for role in body["results"]] == [f"http://localhost/roles/role-{n}/" for n in range(3)]
    assert not [query for query in queries.captured_queries if 'FROM "wagtailcore_site"' in query["sql"]]
