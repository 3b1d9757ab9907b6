"""core.page_view: pages are routed from the site and root page held per content version, and a change to
either is served on the very next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleIndexPageFactory, RolePageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured]


def test_the_site_and_home_page_are_read_once_per_content_version(client, role_index):
    RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer")
    first = queries_for(client, "/roles/ai-engineer/")
    again = queries_for(client, "/roles/ai-engineer/")

    assert any('FROM "wagtailcore_site"' in sql for sql in first)
    assert not any('FROM "wagtailcore_site"' in sql or 'FROM "home_homepage"' in sql for sql in again)


def test_a_new_home_page_and_site_name_show_on_the_next_request(client, home_page):
    assert client.get("/").context["page"].title != "Welcome"
    home_page.title = "Welcome"
    home_page.save_revision().publish()
    assert client.get("/").context["page"].title == "Welcome"

    site = Site.objects.get(is_default_site=True)
    new_home = HomePageFactory(parent=home_page.get_parent(), title="New home", slug="new-home")
    site.root_page, site.site_name = new_home, "Career Atlas"
    site.save()

    response = client.get("/")
    assert response.context["page"].title == "New home"
    assert "Career Atlas" in response.content.decode()


def test_each_request_routes_from_its_own_copy_of_the_home_page(client, home_page):
    RoleIndexPageFactory(parent=home_page)
    client.get("/")
    response = client.get("/")
    served = response.context["page"]

    assert response.status_code == 200
    assert served is not client.get("/").context["page"]
