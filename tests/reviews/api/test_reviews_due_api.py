"""GET /api/v1/reviews/due: token required (401), admin access required (403), the user's due items (200)."""

from datetime import date

import pytest
from wagtail.models import APIToken

from core.api.tokens import BAD_TOKEN, MISSING_TOKEN
from tests.factories.courses import CourseFactory
from tests.factories.reviews import ReviewerFactory, UserFactory

pytestmark = pytest.mark.django_db

DUE = "/api/v1/reviews/due"
TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def today(time_machine):
    time_machine.move_to(f"{TODAY.isoformat()} 12:00:00+00:00", tick=False)
    return TODAY


@pytest.fixture
def owner(db):
    return UserFactory(username="owner", first_name="Olive", last_name="Owner")


def token_for(user) -> str:
    return APIToken.create_token(user=user, name="Review bot")[1]


def get_due(client, user, **params):
    response = client.get(DUE, params, headers={"Authorization": f"Bearer {token_for(user)}"})
    return response, response.json()


@pytest.fixture
def owned_content(make_role, owner):
    """Four of the owner's roles in every state, one of their courses, and content that is not theirs."""
    make_role(title="Fresh Role", last_reviewed=date(2026, 6, 1), review_owner=owner)
    make_role(title="Due Soon Role", last_reviewed=date(2026, 1, 1), review_owner=owner)
    make_role(title="Overdue Role", last_reviewed=date(2025, 12, 1), review_owner=owner)
    make_role(title="Never Reviewed Role", last_reviewed=None, review_owner=owner)
    make_role(title="Draft Role", last_reviewed=None, review_owner=owner, live=False)
    CourseFactory(title="Overdue Course", last_reviewed=date(2025, 1, 1), review_owner=owner)
    make_role(title="Someone Elses Role", last_reviewed=None, review_owner=UserFactory())
    make_role(title="Unowned Role", last_reviewed=None, review_owner=None)


def test_the_owner_gets_what_is_due_most_overdue_first(owned_content, owner, client):
    response, body = get_due(client, owner)

    assert response.status_code == 200
    assert [(item["title"], item["status"]) for item in body["results"]] == [
        ("Never Reviewed Role", "never_reviewed"),
        ("Overdue Course", "overdue"),
        ("Overdue Role", "overdue"),
        ("Due Soon Role", "due_soon"),
    ]
    assert body["count"] == 4


def test_an_item_has_every_documented_field(owned_content, owner, client):
    _, body = get_due(client, owner)

    role = next(item for item in body["results"] if item["title"] == "Overdue Role")
    course = next(item for item in body["results"] if item["title"] == "Overdue Course")
    assert role == {
        "type": "roles.rolepage",
        "type_label": "Role page",
        "id": role["id"],
        "title": "Overdue Role",
        "status": "overdue",
        "status_label": "Overdue",
        "last_reviewed": "2025-12-01",
        "next_review_due": "2026-05-30",
        "owner": {"username": "owner", "name": "Olive Owner"},
        "edit_url": f"http://testserver/admin/pages/{role['id']}/edit/",
    }
    assert course["type"] == "courses.course"
    assert course["edit_url"].startswith("http://testserver/admin/snippets/courses/course/edit/")


def test_a_reviewer_also_gets_unowned_content(owned_content, client):
    _, body = get_due(client, ReviewerFactory())

    assert [item["title"] for item in body["results"]] == ["Unowned Role"]
    assert body["results"][0]["owner"] is None


@pytest.mark.parametrize(
    ("within", "titles"),
    [
        (0, ["Never Reviewed Role", "Overdue Course", "Overdue Role"]),
        (3650, ["Never Reviewed Role", "Overdue Course", "Overdue Role", "Due Soon Role", "Fresh Role"]),
    ],
)
def test_within_sets_the_window_in_days(owned_content, owner, client, within, titles):
    _, body = get_due(client, owner, within=within)

    assert [item["title"] for item in body["results"]] == titles


@pytest.mark.parametrize("within", ["-1", "3651", "soon"])
def test_a_bad_within_is_a_422_naming_it(owner, client, within):
    response, body = get_due(client, owner, within=within)

    assert response.status_code == 422
    assert body["detail"][0]["loc"] == ["query", "within"]


def test_without_a_token_the_answer_is_401_in_the_error_shape(owned_content, client):
    response = client.get(DUE)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'
    assert response.json() == {
        "detail": [{"loc": ["header", "Authorization"], "msg": MISSING_TOKEN, "type": "not_authenticated"}]
    }


def test_an_unknown_or_revoked_token_is_401(owned_content, owner, client):
    plain = token_for(owner)
    APIToken.objects.get().revoke()

    for token in (plain, "not-a-token"):
        response = client.get(DUE, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
        assert response.json()["detail"][0]["msg"] == BAD_TOKEN


def test_a_user_without_admin_access_is_403(make_role, client):
    outsider = UserFactory(admin_access=False)
    make_role(title="Their Role", last_reviewed=None, review_owner=outsider)

    response, body = get_due(client, outsider)

    assert response.status_code == 403
    assert body["detail"][0]["type"] == "permission_denied"
    assert "Their Role" not in response.content.decode()


def test_the_answer_is_never_stored_by_shared_caches(owned_content, owner, client):
    response, _ = get_due(client, owner)

    assert response["Cache-Control"] == "private, no-cache"
    assert response["ETag"]
