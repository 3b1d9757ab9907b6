"""Figures read the same everywhere (the reference's style), and the salary filter reads back what the site writes."""

import re

import pytest

from roles.presentation.house_style import parse_usd
from tests.site_fixtures import catalogue  # noqa: F401 (fixtures)


def results_heading(response) -> str:
    return re.search(r'<h2 id="results-heading">(.*?)</h2>', response.content.decode()).group(1)


def titles(response) -> list[str]:
    return re.findall(r'class="role-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("amount", ["175K", "$175K", "175k", "175,000", "$175,000", "175000", " $175K "])
def test_salary_filter_accepts_the_house_style(client, catalogue, amount):
    response = client.get("/roles/", {"salary_min": amount})
    assert titles(response) == ["AI Engineer"]
    assert "Median salary from (USD): $175K" in response.content.decode()  # the active-filter chip


@pytest.mark.django_db
def test_salary_filter_rejects_nonsense_naming_the_field(client, catalogue):
    html = client.get("/roles/", {"salary_min": "lots"}).content.decode()
    assert "Ignored Median salary from (USD) “lots”: Enter an amount in US dollars such as 175K" in html


@pytest.mark.parametrize(
    "text,amount",
    [("175K", 175_000), ("$1.2M", 1_200_000), ("$175,000", 175_000), ("90000", 90_000), ("$97.5K", 97_500)],
)
def test_parse_usd(text, amount):
    assert parse_usd(text) == amount


@pytest.mark.parametrize("text", ["", "K", "17,5000", "$-5", "1.5", "175 thousand"])
def test_parse_usd_rejects(text):
    with pytest.raises(ValueError, match="amount in US dollars"):
        parse_usd(text)


@pytest.mark.django_db
def test_one_role_matches_in_the_singular(client, catalogue):
    assert results_heading(client.get("/roles/?family=applied-ai")) == "1 role matches your filters"
    assert results_heading(client.get("/roles/?entry_level=true")) == "2 roles match your filters"
    assert results_heading(client.get("/roles/")) == "3 roles"


@pytest.mark.django_db
def test_cards_compare_and_guide_write_money_growth_and_dates_alike(client, catalogue):
    ai = catalogue["ai"]
    card = client.get("/roles/").content.decode()
    compare = client.get("/roles/compare/?roles=software-engineer,ai-engineer").content.decode()
    guide = client.get(ai.url).content.decode()
    for html in (card, compare, guide):
        assert "$175K" in html and "$175,000" not in html
        assert "very high" in html and "Very high" not in html.replace("Very high</span>", "")  # growth, not AI impact
    assert (
        "2026-11-01" in card
        and "2026-11-01" in compare
        and 'Last reviewed <time datetime="2026-11-01">2026-11-01</time>' in guide
    )
    assert "1 Nov 2026" not in card + compare


@pytest.mark.django_db
def test_favicon_is_linked_and_answered(client, home_page):
    html = client.get("/").content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
    assert icon
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == icon.group(1)
