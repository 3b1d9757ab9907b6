import pytest

from home.search import MAX_QUERY_LENGTH
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.roles import RolePageFactory
from tests.site_fixtures import catalogue, learning_catalogue  # noqa: F401 (fixtures)


@pytest.fixture
def learning(db):
    return {
        "course": CourseFactory(title="Retrieval Engineering in Practice", description="<p>Build RAG systems.</p>"),
        "draft_course": CourseFactory(title="Retrieval Secrets Draft", live=False),
        "certification": CertificationFactory(name="Certified Retrieval Practitioner", issuer="RAG Board"),
    }


@pytest.mark.django_db
def test_results_are_grouped_by_type_with_summaries(client, catalogue, learning):
    html = client.get("/search/?q=retrieval").content.decode()
    assert '<h2 id="results-courses">Courses <span class="muted">(1)</span></h2>' in html
    assert '<h2 id="results-certifications">Certifications <span class="muted">(1)</span></h2>' in html
    assert "Retrieval Engineering in Practice" in html and "Build RAG systems." in html
    assert "Retrieval Secrets Draft" not in html
    html = client.get("/search/?q=engineer").content.decode()
    assert '<h2 id="results-roles">Role guides <span class="muted">(2)</span></h2>' in html
    assert '<a href="/roles/ai-engineer/">AI Engineer</a>' in html
    assert catalogue["ai"].summary in html


@pytest.mark.django_db
def test_finds_roles_by_skill_tag(client, catalogue):
    html = client.get("/search/?q=evaluation").content.decode()
    assert '<a href="/roles/ai-engineer/">AI Engineer</a>' in html


@pytest.mark.django_db
def test_drafts_and_private_pages_are_never_found(client, catalogue):
    for query in ("Wrangler", "Quantum"):
        html = client.get(f"/search/?q={query}").content.decode()
        assert "Nothing matches" in html
        assert "Prompt Wrangler</a>" not in html and "Quantum Engineer</a>" not in html


@pytest.mark.django_db
def test_one_type_is_paginated(client, role_index):
    for number in range(12):
        RolePageFactory(parent=role_index, title=f"Data Analyst {number:02d}")
    overview = client.get("/search/?q=analyst").content.decode()
    assert overview.count('class="search-result"') == 5
    assert "All 12 role guides matching “analyst”" in overview
    first = client.get("/search/?q=analyst&type=roles").content.decode()
    assert first.count('class="search-result"') == 10
    assert 'href="?q=analyst&amp;type=roles&amp;page=2"' in first
    second = client.get("/search/?q=analyst&type=roles&page=2").content.decode()
    assert second.count('class="search-result"') == 2


@pytest.mark.django_db
def test_long_queries_are_cut_and_said_so(client, catalogue):
    response = client.get("/search/?q=" + "engineer " * 60)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"longer than {MAX_QUERY_LENGTH} characters" in html
    assert f'maxlength="{MAX_QUERY_LENGTH}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ['"</script><b>x', "a & b | !c", "(:*)", "'; DROP TABLE x; --", "\\", "%", "ü ñ 中文"]
)
def test_special_characters_are_safe(client, catalogue, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<b>x" not in response.content.decode()


@pytest.mark.django_db
def test_no_results_offers_suggestions(client, catalogue):
    html = client.get("/search/?q=zzyzx").content.decode()
    assert "Nothing matches “zzyzx”" in html
    assert '<a href="/roles/">Browse and filter all role guides</a>' in html
    assert '<li><a href="/roles/ai-engineer/">AI Engineer</a></li>' in html
    assert "Draft Prompt Wrangler" not in html


@pytest.mark.django_db
def test_search_is_not_indexed_and_keeps_the_query_in_the_header_box(client, catalogue):
    html = client.get("/search/?q=engineer").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert (
        'id="site-search-q" type="search" name="q" placeholder="Search roles, courses…" maxlength="200" value="engineer"'
        in html
    )


@pytest.mark.django_db
def test_search_query_count_is_constant(client, catalogue, role_index, django_assert_max_num_queries):
    client.get("/search/?q=engineer")
    # per type the matches (title, then the rest) and the ranking, view restrictions, the sections' listing;
    # "Did you mean": restrictions + one vocabulary query
    with django_assert_max_num_queries(17) as few:
        client.get("/search/?q=engineer")
    for number in range(6):
        RolePageFactory(parent=role_index, title=f"Platform Engineer {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/search/?q=engineer")


@pytest.mark.django_db
def test_finds_published_packaged_paths_only(client, learning_catalogue):
    from paths.models import PathIndexPage
    from tests.factories.paths import PackagedPathPageFactory

    PackagedPathPageFactory(
        parent=PathIndexPage.objects.get(),
        title="Unpublished Migration Path",
        roles=[learning_catalogue["soc"], learning_catalogue["ai"]],
        live=False,
    )
    html = client.get("/search/?q=software to ai").content.decode()
    assert '<h2 id="results-paths">Packaged paths <span class="muted">(1)</span></h2>' in html
    assert '<a href="/paths/software-to-ai/">Software to AI</a>' in html
    assert "Unpublished Migration Path" not in client.get("/search/?q=migration").content.decode()
