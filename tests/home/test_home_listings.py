import io

import pytest
from django.core.management import call_command

from tests.factories.home import HomeFeaturedPathFactory, HomeFeaturedRoleFactory
from tests.factories.paths import PackagedPathPageFactory, PathIndexPageFactory
from tests.site_fixtures import catalogue  # noqa: F401 (fixtures)


@pytest.mark.django_db
def test_home_shows_editor_chosen_roles_in_their_order_and_hides_unpublished_ones(client, catalogue, home_page):
    for role in (catalogue["soc"], catalogue["draft"], catalogue["private"], catalogue["ai"]):
        HomeFeaturedRoleFactory(page=home_page, role=role)
    html = client.get("/").content.decode()
    featured = html.split('id="featured-heading"')[1].split("</section>")[0]
    assert featured.index("SOC Analyst") < featured.index("AI Engineer")
    assert "Draft Prompt Wrangler" not in html and "Private Quantum Engineer" not in html


@pytest.mark.django_db
def test_home_lists_recently_reviewed_guides_newest_first(client, catalogue):
    html = client.get("/").content.decode()
    reviewed = html.split('id="reviewed-heading"')[1].split("</section>")[0]
    assert reviewed.index("AI Engineer") < reviewed.index("Software Engineer") < reviewed.index("SOC Analyst")
    assert '<time datetime="2026-11-01">2026-11-01</time>' in reviewed


@pytest.mark.django_db
def test_home_has_a_search_box_and_no_empty_sections(client, home_page):
    html = client.get("/").content.decode()
    assert '<form class="hero-search" action="/search/" method="get" role="search">' in html
    assert "featured-heading" not in html and "reviewed-heading" not in html


@pytest.mark.django_db
def test_featured_roles_are_edited_in_the_admin(admin_client, home_page, catalogue):
    html = admin_client.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    assert "Featured roles" in html


@pytest.mark.django_db
def test_home_query_count_is_constant(client, home_page, catalogue, django_assert_max_num_queries):
    HomeFeaturedRoleFactory(page=home_page, role=catalogue["ai"])
    client.get("/")
    with django_assert_max_num_queries(13) as few:  # 1 of them loads the featured paths
        client.get("/")
    for role in (catalogue["soc"], catalogue["software"]):
        HomeFeaturedRoleFactory(page=home_page, role=role)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/")


@pytest.mark.django_db
def test_home_shows_editor_chosen_paths_and_hides_unpublished_ones(client, catalogue, home_page):
    path_index = PathIndexPageFactory(parent=home_page)
    live_path = PackagedPathPageFactory(
        parent=path_index, title="Software to AI", roles=[catalogue["software"], catalogue["ai"]]
    )
    draft_path = PackagedPathPageFactory(
        parent=path_index, title="Hidden Path", roles=[catalogue["soc"], catalogue["ai"]], live=False
    )
    for path in (draft_path, live_path):
        HomeFeaturedPathFactory(page=home_page, path=path)

    html = client.get("/").content.decode()

    featured = html.split('id="featured-paths-heading"')[1].split("</section>")[0]
    assert f'href="{live_path.url}"' in featured
    assert featured.index("Software Engineer") < featured.index("AI Engineer")  # the path's roles, in order
    assert "Hidden Path" not in html


@pytest.mark.django_db
def test_demo_features_its_role_and_path_on_the_home_page(client):
    call_command("load_demo", stdout=io.StringIO())
    html = client.get("/").content.decode()
    assert 'href="/roles/ai-engineer/"' in html.split('id="featured-heading"')[1].split("</section>")[0]
    assert 'href="/paths/applied-ai/"' in html.split('id="featured-paths-heading"')[1].split("</section>")[0]
