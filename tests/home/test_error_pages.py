"""The site's own 404 and 500 pages: header and search, and the 500 page needs no database."""

import pytest
from django.db import connections
from django.http import Http404
from django.test import override_settings
from django.views.defaults import server_error

from core.error_pages import Custom404InDebugMiddleware


def has_header_and_search(html: str) -> bool:
    return 'class="site-header"' in html and 'action="/search/"' in html and 'name="q"' in html


@pytest.mark.django_db
def test_unknown_page_gets_the_sites_404_with_header_and_search(client, home_page):
    response = client.get("/no-such-guide/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and has_header_and_search(html)
    assert '<meta name="robots" content="noindex">' in html


def test_500_page_renders_with_header_and_search_without_touching_the_database(rf, monkeypatch):
    def no_database(*args, **kwargs):
        raise AssertionError("the 500 page touched the database")

    for alias in connections:
        monkeypatch.setattr(connections[alias], "cursor", no_database)
        monkeypatch.setattr(connections[alias], "ensure_connection", no_database)
    response = server_error(rf.get("/roles/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html and has_header_and_search(html)
    assert "/static/css/site.css" in html


@pytest.mark.django_db
@override_settings(DEBUG=True)
def test_the_development_server_shows_the_sites_404_too(rf, home_page):
    middleware = Custom404InDebugMiddleware(lambda request: None)
    response = middleware.process_exception(rf.get("/no-such-guide/"), Http404("no page"))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert middleware.process_exception(rf.get("/x/?technical404"), Http404("no page")) is None
