"""A database error in a request answers 503 (friendly page, or the API's JSON), never a bare 500."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.template.loader import render_to_string

from tests.factories.roles import RolePageFactory

pytestmark = pytest.mark.django_db

REFUSED = OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")


def test_the_503_page_renders_without_touching_the_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("503.html", {"message": "The database is not answering."})
    assert "We’ll be right back" in html
    assert 'action="/search/"' in html, "the page keeps the site's header and search"


def test_a_page_whose_view_loses_the_database_gets_the_503_page(role_index, client):
    role = RolePageFactory(parent=role_index)
    with mock.patch("roles.models.RolePage.serve", side_effect=REFUSED):
        response = client.get(role.url)
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert "We’ll be right back" in response.content.decode()
    assert response["Retry-After"]


def test_a_middleware_that_loses_the_database_still_gives_the_503_page(role_index, client):
    client.raise_request_exception = False  # Django's test client would re-raise what a server turns into a 500
    with mock.patch("wagtail.contrib.redirects.middleware.RedirectMiddleware.__call__", side_effect=REFUSED):
        response = client.get("/roles/")
    assert response.status_code == 503
    assert "We’ll be right back" in response.content.decode()


def test_the_api_answers_its_json_503(role_index, client):
    with mock.patch("roles.api.router.public_roles", side_effect=REFUSED):
        response = client.get("/api/v1/roles")
    assert response.status_code == 503
    assert response.json() == {
        "detail": [
            {
                "loc": [],
                "msg": "The database is not answering. Please try again in a moment.",
                "type": "service_unavailable",
            }
        ]
    }


def test_other_errors_are_still_500(role_index, client):
    client.raise_request_exception = False
    with mock.patch("roles.models.RolePage.serve", side_effect=ValueError("a bug")):
        response = client.get(RolePageFactory(parent=role_index).url)
    assert response.status_code == 500
