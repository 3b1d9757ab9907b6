"""The packaged paths a role guide shows ("This role lives inside a packaged path").

templates/roles/role_page.html includes paths/includes/role_paths.html with
``page`` set to the RolePage; the include is rendered here as the role page does.
"""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from wagtail.coreutils import get_dummy_request
from wagtail.models import PageViewRestriction

from tests.factories.paths import PackagedPathPageFactory


def render_for(role):
    html = render_to_string("paths/includes/role_paths.html", {"page": role}, request=get_dummy_request())
    return BeautifulSoup(html, "html5lib")


@pytest.fixture
def roles(make_role):
    return make_role("Software Engineer", 150_000), make_role("AI Engineer", 175_000)


def test_the_path_is_shown_on_each_of_its_roles(path_index, roles):
    path = PackagedPathPageFactory(parent=path_index, title="Applied AI", roles=list(roles))
    for role in roles:
        soup = render_for(role)
        assert soup.find("h2").get_text(strip=True) == "This role lives inside a packaged path"
        link = soup.select_one(".role-paths__list a")
        assert (link.get_text(strip=True), link["href"]) == ("Applied AI", path.url)
        assert path.summary in soup.get_text()


def test_only_published_public_paths_are_shown(path_index, roles):
    PackagedPathPageFactory(parent=path_index, title="Applied AI", roles=list(roles))
    PackagedPathPageFactory(parent=path_index, title="Draft Path", roles=list(roles), live=False)
    private = PackagedPathPageFactory(parent=path_index, title="Private Path", roles=list(roles))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    soup = render_for(roles[0])
    assert [a.get_text(strip=True) for a in soup.select(".role-paths__list a")] == ["Applied AI"]


def test_a_role_in_no_path_shows_nothing(path_index, roles, make_role):
    PackagedPathPageFactory(parent=path_index, roles=list(roles))
    soup = render_for(make_role("SOC Analyst", None))
    assert soup.find("section") is None


def test_several_paths_are_listed_by_title_with_a_plural_heading(path_index, roles, make_role):
    ml = make_role("ML Engineer", 160_000)
    PackagedPathPageFactory(parent=path_index, title="Zeta path", roles=[roles[0], roles[1]])
    PackagedPathPageFactory(parent=path_index, title="Alpha path", roles=[ml, roles[1]])
    soup = render_for(roles[1])
    assert soup.find("h2").get_text(strip=True) == "This role lives inside packaged paths"
    assert [a.get_text(strip=True) for a in soup.select(".role-paths__list a")] == ["Alpha path", "Zeta path"]


@pytest.mark.parametrize("size", [2, 20])
def test_query_count_does_not_grow_with_paths(path_index, roles, django_assert_max_num_queries, size):
    for n in range(size):
        PackagedPathPageFactory(parent=path_index, title=f"Path {n}", roles=list(roles))
    render_for(roles[0])
    with django_assert_max_num_queries(
        7
    ):  # restrictions, paths, their roles, their steps, readable roles, family, site root
        assert len(render_for(roles[0]).select(".role-paths__list li")) == size
