"""/paths/ is paginated like /roles/: one page of paths, whatever the catalogue's size, in a fixed number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from paths.models import PathIndexPage
from tests.factories.paths import PackagedPathPageFactory


@pytest.fixture
def two_per_page(monkeypatch):
    monkeypatch.setattr(PathIndexPage, "PER_PAGE", 2)


def make_paths(path_index, make_role, count, start=0):
    roles = [make_role(f"Role {start}-a"), make_role(f"Role {start}-b")]
    return [PackagedPathPageFactory(parent=path_index, title=f"Path {start + n}", roles=roles) for n in range(count)]


def path_titles(soup):
    return [a.get_text(strip=True) for a in soup.select(".path-card__title a")]


def soup_of(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html5lib")


def test_paths_are_shown_a_page_at_a_time_with_the_shared_pagination(client, path_index, make_role, two_per_page):
    make_paths(path_index, make_role, 3)

    first = soup_of(client, path_index.url)
    assert path_titles(first) == ["Path 0", "Path 1"]
    nav = first.select_one("nav.pagination")
    assert "Page 1 of 2" in nav.get_text()
    next_link = nav.select_one("a[rel=next]")["href"]

    second = soup_of(client, path_index.url + next_link)
    assert path_titles(second) == ["Path 2"]
    assert second.select_one("nav.pagination a[rel=prev]")


def test_a_bad_page_number_shows_a_page_instead_of_failing(client, path_index, make_role, two_per_page):
    make_paths(path_index, make_role, 3)
    assert path_titles(soup_of(client, path_index.url, page="x")) == ["Path 0", "Path 1"]
    assert path_titles(soup_of(client, path_index.url, page="99")) == ["Path 2"]


def test_path_index_queries_do_not_grow_with_the_number_of_paths(
    client, path_index, make_role, two_per_page, django_assert_max_num_queries
):
    make_paths(path_index, make_role, 2)
    client.get(path_index.url)
    with CaptureQueriesContext(connection) as few:
        client.get(path_index.url)
    make_paths(path_index, make_role, 4, start=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        soup = soup_of(client, path_index.url)
    assert len(path_titles(soup)) == 2
