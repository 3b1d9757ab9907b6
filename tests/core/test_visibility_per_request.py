"""Reading requests share one read of the view restrictions per content version (``pagecache.per_version``);
the next request sees a new restriction at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.visibility import readable_pages
from tests.factories.paths import PackagedPathPageFactory, PathIndexPageFactory
from tests.factories.roles import RolePageFactory, TransitionPathFactory

pytestmark = pytest.mark.django_db


def restriction_reads(queries):
    return [q["sql"] for q in queries.captured_queries if '"wagtailcore_pageviewrestriction"' in q["sql"]]


def test_a_guide_read_again_at_the_same_content_version_reads_no_view_restrictions(client, role_index, home_page):
    role = RolePageFactory(parent=role_index, title="AI Engineer")
    source = RolePageFactory(parent=role_index, title="Data Analyst")
    TransitionPathFactory(page=role, from_role=source)
    PackagedPathPageFactory(parent=PathIndexPageFactory(parent=home_page), roles=[source, role])
    client.get(role.url)
    with CaptureQueriesContext(connection) as queries:
        body = client.get(role.url).content.decode()
    assert "Data Analyst" in body
    assert restriction_reads(queries) == []  # read by the first request, for every visibility test


def test_a_restriction_hides_a_guide_from_the_very_next_request(client, role_index):
    RolePageFactory(parent=role_index, title="Quantum Engineer")
    assert "Quantum Engineer" in client.get(role_index.url).content.decode()
    restricted = RolePageFactory(parent=role_index, title="Private Engineer")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x")
    body = client.get(role_index.url).content.decode()
    assert "Quantum Engineer" in body
    assert "Private Engineer" not in body


def test_outside_a_request_every_call_reads_the_restrictions_afresh(role_index):
    role = RolePageFactory(parent=role_index)
    assert readable_pages().filter(pk=role.pk).exists()
    PageViewRestriction.objects.create(page=role, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert not readable_pages().filter(pk=role.pk).exists()
