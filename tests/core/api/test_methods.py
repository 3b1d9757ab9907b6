"""The API answers wrong methods in its JSON error shape (with Allow), and HEAD like GET without a body."""

import pytest

from tests.factories.roles import RolePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def role(role_index):
    return RolePageFactory(parent=role_index, slug="data-engineer")


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
@pytest.mark.parametrize("path", ["/api/v1/roles", "/api/v1/roles/data-engineer", "/api/v1/search", "/healthz"])
def test_a_wrong_method_gets_a_json_405_naming_the_allowed_ones(client, role, method, path):
    response = getattr(client, method)(path)

    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")
    assert response["Allow"] == "GET, HEAD"
    assert response.json() == {
        "detail": [
            {"loc": [], "msg": f"{method.upper()} is not allowed here; use GET, HEAD.", "type": "method_not_allowed"}
        ]
    }


@pytest.mark.parametrize("path", ["/api/v1/roles", "/api/v1/roles/data-engineer", "/healthz"])
def test_head_is_answered_like_get_without_a_body(client, role, path):
    get = client.get(path)
    head = client.head(path)

    assert head.status_code == get.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""
    if path != "/healthz":  # the health body carries nothing that changes, but is never cached
        assert head["ETag"] == get["ETag"]
        assert int(head["Content-Length"]) == len(get.content)


def test_head_on_a_missing_guide_is_the_json_404(client, role_index):
    response = client.head("/api/v1/roles/no-such-role")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.content == b""
