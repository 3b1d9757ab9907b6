"""HTTP behaviour shared by every endpoint: caching validators, 304s, CORS, throttling, JSON 404s."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from django.utils.http import http_date

pytestmark = pytest.mark.django_db

ROLES = "/api/v1/roles"
PUBLIC_GETS = [
    "/api/v1/roles",
    "/api/v1/paths",
    "/api/v1/courses",
    "/api/v1/certifications",
    "/api/v1/search?q=ai",
    "/api/v1/openapi.json",
]


@pytest.mark.parametrize("path", PUBLIC_GETS)
def test_every_get_has_validators_and_public_cache_control(role_index, client, settings, path):
    settings.API_CACHE_MAX_AGE = 120

    response = client.get(path)

    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")
    assert response["Cache-Control"] == "public, max-age=120"


def test_if_none_match_round_trip_answers_304_until_content_changes(make_role, client):
    role = make_role(title="AI Engineer")
    first = client.get(ROLES)

    not_modified = client.get(ROLES, headers={"If-None-Match": first["ETag"]})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == first["ETag"]

    role.title = "Applied AI Engineer"
    role.save_revision().publish()
    changed = client.get(ROLES, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert changed.json()["results"][0]["title"] == "Applied AI Engineer"


@pytest.mark.parametrize("path", ["/api/v1/roles/ai-engineer", "/api/v1/paths/applied-ai", "/api/v1/paths"])
def test_details_and_paths_answer_304_until_their_content_changes(make_role, make_path, client, path):
    role = make_role(title="AI Engineer")
    make_path(title="Applied AI", roles=[make_role(title="Software Engineer"), role])
    first = client.get(path)
    assert first.status_code == 200
    assert first["Cache-Control"].startswith("public")

    assert client.get(path, headers={"If-None-Match": first["ETag"]}).status_code == 304

    role.median_salary = 999999
    role.save_revision().publish()
    changed = client.get(path, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


def test_the_etag_differs_between_query_strings_with_different_results(make_role, client):
    make_role(title="Alpha")
    make_role(title="Bravo")

    assert client.get(ROLES, {"ordering": "title"})["ETag"] != client.get(ROLES, {"ordering": "-title"})["ETag"]


def test_if_modified_since_answers_304_until_something_is_published(make_role, client, time_machine):
    role = make_role(title="AI Engineer")
    last_modified = client.get(ROLES)["Last-Modified"]
    long_ago = http_date((timezone.now() - timedelta(days=365)).timestamp())

    assert client.get(ROLES, headers={"If-Modified-Since": last_modified}).status_code == 304
    assert client.get(ROLES, headers={"If-Modified-Since": long_ago}).status_code == 200

    time_machine.move_to(timezone.now() + timedelta(hours=1))
    role.title = "Applied AI Engineer"
    role.save_revision().publish()
    response = client.get(ROLES, headers={"If-Modified-Since": last_modified})
    assert response.status_code == 200
    assert response.json()["results"][0]["title"] == "Applied AI Engineer"


def test_unpublishing_moves_last_modified_forward(make_role, client, time_machine):
    make_role(title="Staying")
    leaving = make_role(title="Leaving")
    before = client.get(ROLES)["Last-Modified"]

    time_machine.move_to(timezone.now() + timedelta(hours=1))
    leaving.unpublish()
    response = client.get(ROLES, headers={"If-Modified-Since": before})

    assert response.status_code == 200
    assert [role["title"] for role in response.json()["results"]] == ["Staying"]
    assert response["Last-Modified"] != before


def test_a_mismatched_if_none_match_wins_over_a_matching_if_modified_since(make_role, client):
    make_role(title="AI Engineer")
    first = client.get(ROLES)

    response = client.get(ROLES, headers={"If-None-Match": '"stale"', "If-Modified-Since": first["Last-Modified"]})

    assert response.status_code == 200


def test_errors_are_not_given_cache_validators(role_index, client):
    response = client.get(ROLES, {"limit": 0})

    assert response.status_code == 422
    assert "ETag" not in response
    assert "Cache-Control" not in response


def test_cors_allows_get_from_a_configured_origin_only(role_index, client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://jobs.example.org"]

    allowed = client.get(ROLES, headers={"Origin": "https://jobs.example.org"})
    other = client.get(ROLES, headers={"Origin": "https://evil.example.net"})
    preflight = client.options(
        ROLES, headers={"Origin": "https://jobs.example.org", "Access-Control-Request-Method": "GET"}
    )

    assert allowed["Access-Control-Allow-Origin"] == "https://jobs.example.org"
    assert "etag" in allowed["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Origin" not in other
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_cors_headers_are_on_304s_too(role_index, client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://jobs.example.org"]
    etag = client.get(ROLES)["ETag"]

    response = client.get(ROLES, headers={"Origin": "https://jobs.example.org", "If-None-Match": etag})

    assert response.status_code == 304
    assert response["Access-Control-Allow-Origin"] == "https://jobs.example.org"


def test_anonymous_clients_over_the_rate_get_429_with_retry_after(role_index, client, settings):
    settings.API_ANON_RATE = "3/min"

    statuses = [client.get(ROLES).status_code for _ in range(3)]
    throttled = client.get(ROLES)

    assert statuses == [200, 200, 200]
    assert throttled.status_code == 429
    assert 0 < int(throttled["Retry-After"]) <= 60
    assert throttled.json() == {
        "detail": [
            {"loc": [], "msg": f"Too many requests. Retry in {throttled['Retry-After']} seconds.", "type": "throttled"}
        ]
    }


def test_the_rate_is_counted_per_client_address(role_index, client, settings):
    settings.API_ANON_RATE = "1/min"

    assert client.get(ROLES, REMOTE_ADDR="10.0.0.1").status_code == 200
    assert client.get(ROLES, REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get(ROLES, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_x_forwarded_for_cannot_dodge_the_limit_without_trusted_proxies(role_index, client, settings):
    settings.API_ANON_RATE = "1/min"

    client.get(ROLES, HTTP_X_FORWARDED_FOR="1.1.1.1")

    assert client.get(ROLES, HTTP_X_FORWARDED_FOR="2.2.2.2").status_code == 429


@pytest.mark.parametrize("path", ["/api/v1/", "/api/v1/nothing-here", "/api/v1/roles/", "/api/v2/pages/"])
def test_unknown_api_paths_get_a_json_404(db, client, path):
    response = client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"][0]["type"] == "not_found"
    assert path in response.json()["detail"][0]["msg"]


def test_an_unexpected_error_is_a_json_500_without_a_traceback(role_index, client, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr("roles.querysets.RolePageQuerySet.matching", explode)
    response = client.get(ROLES)

    assert response.status_code == 500
    assert response.json() == {
        "detail": [{"loc": [], "msg": "Internal server error. It has been logged.", "type": "server_error"}]
    }
    assert "database on fire" not in response.content.decode()


@pytest.mark.parametrize("rate", ["60/fortnight", "sixty/min", "60"])
def test_a_malformed_api_anon_rate_stops_start_up_naming_the_variable(rate):
    result = subprocess.run(
        [sys.executable, "-c", "import config.settings.base"],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "API_ANON_RATE": rate},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "API_ANON_RATE must look like '60/min'" in result.stderr
