"""API tokens: created in the admin and shown once, stored hashed, used as Bearer tokens, revoked."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import APIToken

from core.api.tokens import BAD_TOKEN, MISSING_TOKEN

pytestmark = pytest.mark.django_db

ME = "/api/v1/tokens/me"


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def editor(django_user_model):
    """An admin user whose group may create API tokens for themselves (Settings › Groups › API tokens: Add)."""
    group = Group.objects.create(name="API users")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_apitoken"),
        Permission.objects.get(codename="delete_apitoken"),
    )
    user = django_user_model.objects.create_user("editor", password="pw")
    user.groups.add(group)
    return user


def create_in_admin(client, user, name="Job board sync"):
    client.force_login(user)
    response = client.post(reverse("wagtailusers_api_tokens:add"), {"name": name, "user": user.pk})
    assert response.status_code == 200
    return response


def test_the_admin_shows_a_new_token_once_and_stores_only_its_hash(client, editor):
    response = create_in_admin(client, editor)
    plain = response.context["token"]
    stored = APIToken.objects.get()

    assert plain in response.content.decode()
    assert stored.user == editor
    assert stored.name == "Job board sync"
    assert plain not in (stored.key_hash, stored.prefix)
    assert stored.key_hash == APIToken.hash_token(plain)
    assert plain.startswith(stored.prefix)
    index = client.get(reverse("wagtailusers_api_tokens:index"))
    assert index.status_code == 200
    assert plain not in index.content.decode()
    assert stored.prefix in index.content.decode()


def test_users_see_only_their_own_tokens_and_admins_see_all(client, editor, admin_user):
    APIToken.create_token(user=admin_user, name="Admin's own token")
    create_in_admin(client, editor, name="Editor's token")

    editor_index = client.get(reverse("wagtailusers_api_tokens:index")).content.decode()
    client.force_login(admin_user)
    admin_index = client.get(reverse("wagtailusers_api_tokens:index")).content.decode()

    assert "Editor&#x27;s token" in editor_index
    assert "Admin&#x27;s own token" not in editor_index
    assert "Editor&#x27;s token" in admin_index
    assert "Admin&#x27;s own token" in admin_index


def test_a_token_authenticates_its_user(client, editor):
    plain = create_in_admin(client, editor).context["token"]
    client.logout()

    response = client.get(ME, headers=bearer(plain))

    assert response.status_code == 200
    assert response.json()["user"] == "editor"
    assert response.json()["name"] == "Job board sync"
    assert APIToken.objects.get().last_used_at is not None
    assert response["Cache-Control"] == "private, no-cache"


def test_a_revoked_token_gets_401_at_once(client, editor):
    plain = create_in_admin(client, editor).context["token"]
    token = APIToken.objects.get()
    assert client.get(ME, headers=bearer(plain)).status_code == 200

    revoke = client.post(reverse("wagtailusers_api_tokens:delete", args=[token.pk]))
    response = client.get(ME, headers=bearer(plain))

    assert revoke.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert response.status_code == 401
    assert response.json() == {
        "detail": [{"loc": ["header", "Authorization"], "msg": BAD_TOKEN, "type": "not_authenticated"}]
    }


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, MISSING_TOKEN),
        ({"Authorization": "Bearer"}, MISSING_TOKEN),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, MISSING_TOKEN),
        ({"Authorization": "Bearer wagtail_not-a-real-token"}, BAD_TOKEN),
    ],
)
def test_missing_or_unknown_tokens_get_401_in_the_error_shape(client, headers, message):
    response = client.get(ME, headers=headers)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'
    assert response.json() == {
        "detail": [{"loc": ["header", "Authorization"], "msg": message, "type": "not_authenticated"}]
    }


def test_a_token_of_an_inactive_user_gets_401(client, editor):
    _, plain = APIToken.create_token(user=editor, name="Old")
    editor.is_active = False
    editor.save()

    assert client.get(ME, headers=bearer(plain)).status_code == 401


def test_a_logged_in_session_is_not_a_token(client, admin_user):
    client.force_login(admin_user)

    assert client.get(ME).status_code == 401


def test_token_requests_are_not_counted_as_anonymous(client, editor, settings):
    settings.API_ANON_RATE = "1/min"
    _, plain = APIToken.create_token(user=editor, name="Busy client")

    statuses = [client.get(ME, headers=bearer(plain)).status_code for _ in range(3)]

    assert statuses == [200, 200, 200]
