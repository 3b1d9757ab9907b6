"""Official statistics in the JSON API: /occupations/{code} and the role detail."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def imported(linked_guide, fixtures_dir):
    for args in (
        (
            "import_oews",
            fixtures_dir / "oews_national_M2024_dl.csv",
            "--release",
            "May 2024",
            "--source-url",
            "https://www.bls.gov/oes/tables.htm",
        ),
        ("import_oews", fixtures_dir / "oews_state_M2024_dl.xlsx", "--release", "May 2024"),
        ("import_projections", fixtures_dir / "ep_occupation_2024-34.xlsx", "--release", "2024-34"),
    ):
        call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())
    return linked_guide


def test_occupation_endpoint_serves_percentiles_with_special_values_states_and_projection(client, imported):
    response = client.get("/api/v1/occupations/15-1252")
    assert response.status_code == 200
    body = response.json()
    assert (body["code"], body["title"]) == ("15-1252", "Software Developers")
    national = body["national"]
    assert national["release"] == {
        "kind": "oews",
        "name": "May 2024",
        "source_url": "https://www.bls.gov/oes/tables.htm",
    }
    assert national["annual"]["median"] == {"value": "133080.00", "status": "value", "ceiling": None} or national[
        "annual"
    ]["median"]["value"] in (133080, "133080", "133080.00")
    assert national["annual"]["pct90"]["status"] == "at_least"
    assert float(national["annual"]["pct90"]["ceiling"]) == 239200
    assert national["annual"]["pct90"]["value"] is None
    assert [state["state"] for state in body["states"]][:2] == ["CA", "WA"]
    assert body["projection"]["category"] == "much_faster"
    assert body["projection"]["release"]["name"] == "2024-34"


def test_unknown_and_malformed_codes(client, imported):
    missing = client.get("/api/v1/occupations/99-9999")
    assert missing.status_code == 404
    assert missing.json()["detail"][0]["loc"] == ["path", "code"]
    assert client.get("/api/v1/occupations/151252").status_code == 422


def test_role_detail_carries_official_statistics_outside_the_import_format(client, imported):
    body = client.get(f"/api/v1/roles/{imported.slug}").json()
    assert [item["code"] for item in body["official_statistics"]] == ["15-1252", "15-2051"]
    assert body["official_statistics"][0]["note"] == "closest match"
    assert "official_statistics" not in body["guide"]


def test_openapi_documents_the_occupation_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/occupations/{code}" in schema["paths"]
    assert "official_statistics" in schema["components"]["schemas"]["RoleDetail"]["properties"]
