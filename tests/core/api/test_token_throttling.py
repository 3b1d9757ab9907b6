"""docs/api.md: requests with a valid token are not counted toward the anonymous rate."""

import pytest
from wagtail.models import APIToken

from tests.factories.reviews import UserFactory

pytestmark = pytest.mark.django_db

ROLES = "/api/v1/roles"


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_a_valid_token_is_not_throttled_on_public_endpoints(role_index, client, settings):
    settings.API_ANON_RATE = "2/min"
    _, token = APIToken.create_token(user=UserFactory(), name="Job board")

    statuses = [client.get(ROLES, headers=bearer(token)).status_code for _ in range(5)]

    assert statuses == [200] * 5
    # Token requests did not use up the address's anonymous allowance either.
    assert [client.get(ROLES).status_code for _ in range(3)] == [200, 200, 429]


def test_an_unknown_or_revoked_token_counts_as_anonymous(role_index, client, settings):
    settings.API_ANON_RATE = "1/min"
    revoked, plain = APIToken.create_token(user=UserFactory(), name="Old")
    revoked.revoke()

    assert client.get(ROLES, headers=bearer(plain)).status_code == 200
    assert client.get(ROLES, headers=bearer(plain)).status_code == 429
    assert client.get(ROLES, headers=bearer("made-up-token")).status_code == 429


def test_an_inactive_users_token_counts_as_anonymous(role_index, client, settings):
    settings.API_ANON_RATE = "1/min"
    _, token = APIToken.create_token(user=UserFactory(is_active=False), name="Ex-employee")

    assert client.get(ROLES, headers=bearer(token)).status_code == 200
    assert client.get(ROLES, headers=bearer(token)).status_code == 429
