"""Login lockout (django-axes): the admin login and the page-password form, keyed on the client address."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.factories.roles import RolePageFactory

LIMIT = 3


@pytest.fixture(autouse=True)
def low_limit(settings):
    settings.AXES_ENABLED = True  # off in the test settings for client.login()
    settings.AXES_FAILURE_LIMIT = LIMIT
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "right-password")


def admin_login(client, password, **headers):
    return client.post("/admin/login/", {"username": "editor", "password": password}, **headers)


def logged_in(response) -> bool:
    return response.status_code == 302 and "/admin/login/" not in response["Location"]


@pytest.mark.django_db
def test_wrong_admin_passwords_lock_the_address_out_even_with_the_right_one(client, admin_user):
    for _ in range(LIMIT - 1):
        assert admin_login(client, "wrong").status_code == 200  # the form with an error
    assert admin_login(client, "wrong").status_code == 429  # the last allowed failure locks
    response = admin_login(client, "right-password")
    assert response.status_code == 429
    assert not logged_in(response)


@pytest.mark.django_db
def test_axes_reset_unlocks(client, admin_user):
    for _ in range(LIMIT):
        admin_login(client, "wrong")
    assert admin_login(client, "right-password").status_code == 429
    call_command("axes_reset", verbosity=0)
    assert logged_in(admin_login(client, "right-password"))


@pytest.mark.django_db
def test_the_lockout_ends_after_the_cool_off(client, admin_user):
    with time_machine.travel(datetime.datetime(2026, 11, 28, 12, 0, tzinfo=datetime.UTC), tick=False):
        for _ in range(LIMIT):
            admin_login(client, "wrong")
        assert admin_login(client, "right-password").status_code == 429
    with time_machine.travel(datetime.datetime(2026, 11, 28, 12, 16, tzinfo=datetime.UTC), tick=False):
        assert logged_in(admin_login(client, "right-password"))


@pytest.mark.django_db
def test_forged_forwarded_for_does_not_escape_the_lockout_without_a_trusted_proxy(client, admin_user):
    for n in range(LIMIT):
        admin_login(client, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert admin_login(client, "right-password", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429


@pytest.mark.django_db
@override_settings(NUM_PROXIES=1)
def test_behind_a_trusted_proxy_each_client_address_is_counted_on_its_own(client, admin_user):
    for _ in range(LIMIT):
        admin_login(client, "wrong", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert admin_login(client, "right-password", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    assert logged_in(admin_login(client, "right-password", HTTP_X_FORWARDED_FOR="198.51.100.7"))


@pytest.fixture
def private_role(role_index):
    page = RolePageFactory(parent=role_index, title="Private Role", slug="private-role")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    return page, restriction


def page_password(client, page, restriction, password):
    url = f"/_util/authenticate_with_password/{restriction.id}/{page.id}/"
    return client.post(url, {"password": password, "return_url": page.url})


@pytest.mark.django_db
def test_the_page_password_form_locks_out_after_wrong_passwords(client, private_role):
    page, restriction = private_role
    assert client.get(page.url).status_code == 200  # the password form
    for _ in range(LIMIT - 1):
        assert page_password(client, page, restriction, "guess").status_code == 200
    assert page_password(client, page, restriction, "guess").status_code == 429
    response = page_password(client, page, restriction, "open-sesame")
    assert response.status_code == 429
    assert "Private Role" not in client.get(page.url).content.decode()

    call_command("axes_reset", verbosity=0)
    assert page_password(client, page, restriction, "open-sesame").status_code == 302
    assert "Private Role" in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_the_right_page_password_still_works_below_the_limit(client, private_role):
    page, restriction = private_role
    page_password(client, page, restriction, "guess")
    assert page_password(client, page, restriction, "open-sesame").status_code == 302
