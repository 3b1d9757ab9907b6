"""`ensure_admin --reset`: a new admin password, printed once or taken from ADMIN_PASSWORD."""

import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command


def run(*args) -> str:
    out = StringIO()
    call_command("ensure_admin", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_reset_prints_a_new_password_that_works_and_the_old_one_stops_working(monkeypatch, rf):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    get_user_model().objects.create_superuser("admin", "admin@localhost", "old-password-123")
    assert "already exists" in run()

    output = run("--reset")
    new_password = re.search(r"password: (\S+)  \(shown only this once\)", output).group(1)
    request = rf.get("/")
    assert authenticate(request, username="admin", password=new_password)
    assert not authenticate(request, username="admin", password="old-password-123")


@pytest.mark.django_db
def test_reset_takes_the_password_from_admin_password_without_printing_it(monkeypatch, rf):
    get_user_model().objects.create_superuser("admin", "admin@localhost", "old-password-123")
    monkeypatch.setenv("ADMIN_PASSWORD", "chosen-by-the-operator")
    output = run("--reset")
    assert "chosen-by-the-operator" not in output and "ADMIN_PASSWORD" in output
    assert authenticate(rf.get("/"), username="admin", password="chosen-by-the-operator")
