import pytest
from bs4 import BeautifulSoup

from tests.site_fixtures import catalogue, make_role  # noqa: F401 (fixtures)


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
    soup = BeautifulSoup(html, "html.parser")
    chart = soup.select_one(".salary-chart svg")
    assert len(soup.select("svg")) == 1
    # each role named with its median, in the order asked for, then its bands: level on the left, range on the right
    lines = [text.get_text() for text in chart.select("text:not(.salary-chart__tick)")]
    assert lines == [
        "Software Engineer", "Median $140K", "Junior · 0-2 yrs", "$90K–$120K", "Senior · 0-2 yrs", "$150K–$210K",
        "AI Engineer", "Median $175K", "Junior IC · 0-2 yrs", "$110K–$150K", "Senior IC · 0-2 yrs", "$180K–$260K",
        "SOC Analyst", "Median $95K", "Tier 1 · 0-2 yrs", "$60K–$85K",
    ]  # fmt: skip
    assert [bar["class"] for bar in chart.select("rect.salary-chart__bar")] == [["salary-chart__bar"]] * 2 + [
        ["salary-chart__bar", "salary-chart__bar--2"]
    ] * 2 + [["salary-chart__bar", "salary-chart__bar--3"]]
    assert len(chart.select("line.salary-chart__median")) == 5  # each role's median across its own bars
    # the axis runs from $50K to just above the highest band ($260K, AI Engineer's Senior IC): $275K, not $500K
    assert [tick.get_text() for tick in chart.select(".salary-chart__tick")] == [
        "$50K",
        "$100K",
        "$150K",
        "$200K",
        "$250K",
    ]
    senior_ic = chart.select("rect.salary-chart__bar")[3]
    end = float(senior_ic["x"].rstrip("%")) + float(senior_ic["width"].rstrip("%"))
    assert end == pytest.approx((260 - 50) / (275 - 50) * 100, abs=0.05)
    assert (
        "Software Engineer: Junior (0-2 yrs): $90K to $120K; Senior (0-2 yrs): $150K to $210K. Median $140K. AI Engineer:"
        in (chart.desc.get_text())
    )
    assert "the dashed mark is each role's median salary" in soup.select_one(".salary-chart figcaption").get_text()
    assert "<td>$60K–$85K</td>" in html  # the same figures as a table


@pytest.mark.django_db
def test_roles_without_salary_bands_get_a_sentence_not_a_chart(client, catalogue, role_index):
    make_role(role_index, "New Role", "new-role", "Applied AI", median_salary=None)
    make_role(role_index, "Other Role", "other-role", "Applied AI")
    html = client.get("/roles/compare/?roles=new-role,other-role").content.decode()
    assert "None of these guides has published salary bands yet." in html and "<svg" not in html
    html = client.get("/roles/compare/?roles=new-role,ai-engineer").content.decode()
    chart = BeautifulSoup(html, "html.parser").select_one(".salary-chart svg")
    assert [text.get_text() for text in chart.select(".salary-chart__name, .salary-chart__note")] == [
        "New Role", "No salary bands published yet", "AI Engineer", "Median $175K",
    ]  # fmt: skip


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
