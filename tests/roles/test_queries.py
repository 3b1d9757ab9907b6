"""The role page's query count does not grow with its bands, paths, courses or other items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.roles import RolePageFactory, add_role_parts

# Pinned after a warm-up render (PAGE_CACHE_SECONDS=0). 2 to serve it: the role index routed through
# without its own fields, the guide with its family (core.routing); the site and the home page are held
# per content version (core.page_view; 2 more on a version's first request). 1 for the
# content version (on a kept connection it is the health check Django would run anyway), at which the
# view restrictions and the site settings are held per process (pagecache.per_version): no query for
# them once read. 5 for the guide: its short lists in one query (core.folding), transitions into it,
# the official figures (OEWS, projections), transitions out of it. 1 for the packaged-path teaser
# (paths with their roles and steps, paths.teaser), 2 for the related roles (the family fills the list when
# fewer than three guides share a skill). Breadcrumbs come from routing. Raise it only for a new constant
# cost (one more query per page, never one per item) and say why.
ROLE_PAGE_QUERY_BUDGET = 11


def role_with(role_index, count):
    source = RolePageFactory(parent=role_index, title=f"Source Role {count}")
    return add_role_parts(RolePageFactory(parent=role_index, title=f"Role With {count}"), count, transition_from=source)


def queries_to_render(client, page) -> int:
    client.get(page.url)  # warm-up: site root paths and other per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("count", [1, 40])
def test_role_page_renders_within_the_query_budget(client, role_index, django_assert_max_num_queries, count):
    page = role_with(role_index, count)
    client.get(page.url)
    with django_assert_max_num_queries(ROLE_PAGE_QUERY_BUDGET):
        response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="transition card"') == count
    assert html.count('class="course card"') == count


def test_forty_of_everything_costs_the_same_queries_as_one(client, role_index):
    assert queries_to_render(client, role_with(role_index, 40)) == queries_to_render(client, role_with(role_index, 1))
