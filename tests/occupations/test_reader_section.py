"""The "Official statistics" section readers see on a guide with linked occupations."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from tests.factories.roles import RolePageFactory, SalaryBandFactory, add_role_parts

pytestmark = pytest.mark.django_db


def run(*args):
    call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())


def render(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def squashed(node) -> str:
    return " ".join(node.get_text(" ").split())


@pytest.fixture
def imported(linked_guide, fixtures_dir):
    source = "https://www.bls.gov/oes/tables.htm"
    run("import_oews", fixtures_dir / "oews_national_M2024_dl.csv", "--release", "May 2024", "--source-url", source)
    run("import_oews", fixtures_dir / "oews_state_M2024_dl.xlsx", "--release", "May 2024", "--source-url", source)
    run(
        "import_projections", fixtures_dir / "ep_occupation_2024-34.xlsx", "--release", "2024-34",
        "--source-url", "https://www.bls.gov/emp/tables.htm",
    )  # fmt: skip
    SalaryBandFactory(page=linked_guide, level="Junior", min_usd=90000, max_usd=130000)
    return linked_guide


def test_a_guide_with_linked_occupations_shows_official_percentiles_states_and_projection(client, imported):
    soup = render(client, imported)
    section = soup.select_one("#official-statistics")
    text = squashed(section)
    assert "Software Developers (SOC 15-1252)" in text
    assert "closest match" in text
    table = section.select_one("table.salary-table")
    assert "OEWS May 2024" in squashed(table.caption)
    assert table.caption.a["href"] == "https://www.bls.gov/oes/tables.htm"
    cells = [squashed(cell) for cell in table.select("tbody td")]
    assert cells == ["$81,000", "$106,000", "$133,080", "$167,000", "at least $239,200"]
    assert "Employment: 1,656,880" in text
    assert "Projected change 2024–2034: 15.4% (much faster than average)" in text
    projection_link = section.find("a", string="Employment Projections 2024-34")
    assert projection_link["href"] == "https://www.bls.gov/emp/tables.htm"
    # Five highest-paying states, then every state (and Puerto Rico) behind a disclosure.
    top = [squashed(item) for item in section.select(".official-occupation__states")[0].select("li")]
    assert top[0] == "California: $173,000"
    assert len(top) == 5
    details = section.select_one("details")
    assert len(details.select("tbody tr")) == 10  # Wyoming's '**' row is listed as not available
    assert "Wyoming not available" in squashed(details)
    chart = section.select_one("svg[role=img]")
    assert "This guide's salary bands: Junior $90,000–$130,000" in chart.desc.get_text()


def test_guides_without_linked_occupations_show_nothing_new(client, role_index, imported):
    plain = RolePageFactory(parent=role_index, title="Recruiter", slug="recruiter")
    soup = render(client, plain)
    assert soup.select_one("#official-statistics") is None
    assert "Official statistics" not in soup.get_text()


def test_linked_but_not_yet_imported_shows_nothing(client, linked_guide):
    soup = render(client, linked_guide)
    assert soup.select_one("#official-statistics") is None


def test_query_count_does_not_grow_with_occupations_or_releases(
    client, imported, fixtures_dir, django_assert_max_num_queries
):
    from occupations.models import Occupation
    from roles.models import RoleOccupation

    with django_assert_max_num_queries(60) as few:
        render(client, imported)
    run("import_oews", fixtures_dir / "oews_national_M2023_dl.csv", "--release", "May 2023", "--all")
    for order, code in enumerate(["15-2041", "15-1211", "13-2011"], start=5):
        RoleOccupation.objects.create(page=imported, occupation=Occupation.objects.get(code=code), sort_order=order)
    add_role_parts(imported, count=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        soup = render(client, imported)
    assert len(soup.select(".official-occupation")) == 5


def test_json_ld_names_the_soc_codes_and_the_official_percentiles(client, imported):
    import json

    soup = render(client, imported)
    documents = [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]
    occupation = next(doc["mainEntity"] for doc in documents if doc.get("@type") == "WebPage")
    codes = [item["codeValue"] for item in occupation["occupationalCategory"] if isinstance(item, dict)]
    assert codes == ["15-1252", "15-2051"]
    official = [item for item in occupation["estimatedSalary"] if item["name"].startswith("BLS OEWS May 2024")]
    developers = next(item for item in official if "15-1252" in item["name"])
    assert developers["median"] == 133080
    assert developers["percentile10"] == 81000
    assert "percentile90" not in developers  # '#': at least the top code, not a number to publish


def test_demo_links_the_ai_engineer_to_its_closest_occupations_without_figures(client):
    from occupations.models import OEWSWage, Projection
    from roles.models import RolePage

    call_command("load_demo", stdout=io.StringIO())
    guide = RolePage.objects.get(slug="ai-engineer")
    links = list(guide.role_occupations.select_related("occupation"))
    assert [link.occupation.code for link in links] == ["15-1252", "15-2051"]
    assert all(link.note for link in links)
    assert not OEWSWage.objects.exists() and not Projection.objects.exists()
    assert render(client, guide).select_one("#official-statistics") is None
