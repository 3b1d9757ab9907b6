"""The role page's query count does not grow with its bands, paths, courses or other items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.roles import RolePageFactory, add_role_parts

# Pinned after a warm-up render: 9 for Wagtail's routing, view restrictions and the
# site settings, 13 for the guide (family, tags, ancestors, 8 related lists, 2 to
# decide which transition sources are live and public). Raise it only for a new
# constant cost (one more query per page, never one per item) and say why.
ROLE_PAGE_QUERY_BUDGET = 28  # the guide 22, packaged-path teaser 2, transition graph 1 (2 when other guides start here), breadcrumbs 1, related roles 1, official statistics 1


def role_with(role_index, count):
    source = RolePageFactory(parent=role_index, title=f"Source Role {count}")
    return add_role_parts(RolePageFactory(parent=role_index, title=f"Role With {count}"), count, transition_from=source)


def queries_to_render(client, page) -> int:
    client.get(page.url)  # warm-up: site root paths and other per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("count", [1, 30])
def test_role_page_renders_within_the_query_budget(client, role_index, django_assert_max_num_queries, count):
    page = role_with(role_index, count)
    client.get(page.url)
    with django_assert_max_num_queries(ROLE_PAGE_QUERY_BUDGET):
        response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="transition card"') == count
    assert html.count('class="course card"') == count


def test_thirty_of_everything_costs_the_same_queries_as_one(client, role_index):
    assert queries_to_render(client, role_with(role_index, 30)) == queries_to_render(client, role_with(role_index, 1))
