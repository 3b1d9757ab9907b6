import re

import pytest

from tests.site_fixtures import catalogue  # noqa: F401 (fixtures)


@pytest.mark.django_db
def test_compares_two_roles_side_by_side(client, catalogue):
    response = client.get("/roles/compare/?roles=software-engineer,ai-engineer")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1>Compare Software Engineer <span class="muted">vs</span> AI Engineer</h1>' in html
    assert '<th scope="col"><a href="/roles/software-engineer/">Software Engineer</a></th>' in html
    assert "<td>$140K</td>" in html and "<td>$175K</td>" in html
    assert "<td>35 (Moderate)</td>" in html


@pytest.mark.django_db
def test_salary_bands_of_all_roles_share_one_chart(client, catalogue):
    html = client.get("/roles/compare/?roles=software-engineer,ai-engineer,soc-analyst").content.decode()
    assert html.count("<svg") == 1
    assert len(re.findall(r"<rect [^>]*height=\"12\"", html)) == 5  # 2 + 2 + 1 bands
    assert "Junior IC, 0-2 yrs: $110K–$150K" in html
    assert "<td>$60K–$85K</td>" in html  # the same figures as a table


@pytest.mark.django_db
def test_skills_shared_and_unique(client, catalogue):
    html = client.get("/roles/compare/?roles=software-engineer,ai-engineer").content.decode()
    shared = html.split("Shared by all 2</h3>")[1].split("</ul>")[0]
    assert '<li class="badge">Python</li>' in shared
    only_ai = html.split("<h3>Only AI Engineer</h3>")[1].split("</ul>")[0]
    assert "Evaluation" in only_ai and "RAG" in only_ai and "Python" not in only_ai
    assert "Testing" in html.split("<h3>Only Software Engineer</h3>")[1].split("</ul>")[0]


@pytest.mark.django_db
def test_transition_between_compared_roles_is_linked(client, catalogue):
    html = client.get("/roles/compare/?roles=ai-engineer,software-engineer").content.decode()
    assert '<a href="/roles/ai-engineer/">From Software Engineer to AI Engineer</a>: typically 6 months' in html
    html = client.get("/roles/compare/?roles=ai-engineer,soc-analyst").content.decode()
    assert "None of these guides documents a move" in html


@pytest.mark.django_db
def test_checkbox_submission_redirects_to_the_shareable_url(client, catalogue):
    response = client.get("/roles/compare/?roles=ai-engineer&roles=soc-analyst&roles=")
    assert response.status_code == 302
    assert response["Location"] == "/roles/compare/?roles=ai-engineer,soc-analyst"


@pytest.mark.django_db
def test_drafts_private_and_unknown_roles_are_never_shown(client, catalogue):
    html = client.get(
        "/roles/compare/?roles=ai-engineer,draft-prompt-wrangler,private-quantum-engineer"
    ).content.decode()
    assert "No published role guide for: draft-prompt-wrangler, private-quantum-engineer." in html
    assert "Prompt Wrangler</a>" not in html and "Quantum Engineer</a>" not in html
    assert "<h1>Compare roles</h1>" in html  # one role left: the picker, not a comparison
    assert '<option value="ai-engineer" selected>' in html
    assert 'draft-prompt-wrangler"' not in html.split("<select")[1]


@pytest.mark.django_db
def test_more_than_three_roles_keeps_the_first_three(client, catalogue, role_index):
    html = client.get("/roles/compare/?roles=ai-engineer,soc-analyst,software-engineer,nope").content.decode()
    assert "You can compare up to 3 roles; showing the first 3." in html
    assert "No published role guide" not in html  # the fourth slug was dropped before the lookup
    assert html.count('<th scope="col"><a href="/roles/') == 3


@pytest.mark.django_db
def test_compare_page_is_not_indexed_and_has_its_own_title(client, catalogue):
    html = client.get("/roles/compare/?roles=ai-engineer,soc-analyst").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert "<title>Compare AI Engineer vs SOC Analyst · Role Atlas</title>" in html


@pytest.mark.django_db
def test_compare_query_count_is_constant(client, catalogue, django_assert_max_num_queries):
    """Figures, bands, tags and ladders in a fixed number of queries, however many roles."""
    url = "/roles/compare/?roles=ai-engineer,software-engineer"
    client.get(url)
    with django_assert_max_num_queries(10):
        client.get(url)
    with django_assert_max_num_queries(10):
        client.get(url + ",soc-analyst")
