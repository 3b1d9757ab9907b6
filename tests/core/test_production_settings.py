"""The documented production environment passes `check --deploy` with no warnings, and refuses to start
without the settings it cannot guess."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k3y-for-the-deploy-check-0123456789-abcdefghijklmnop",
    "ALLOWED_HOSTS": "roles.example.org",
    "WAGTAILADMIN_BASE_URL": "https://roles.example.org",
    "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/roleatlas"),
}


def manage(*args, **env_changes) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECURE_HSTS_SECONDS", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(PRODUCTION_ENV)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_gives_no_warnings_with_the_documented_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_hsts_is_on_by_default_and_can_be_turned_off():
    code = (
        "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS)"
    )
    assert manage("shell", "--no-imports", "-c", code).stdout.split() == ["31536000", "True"]
    opted_out = manage("check", "--deploy", "--fail-level", "WARNING", SECURE_HSTS_SECONDS="0")
    assert opted_out.returncode == 0, opted_out.stdout + opted_out.stderr
    assert manage("shell", "--no-imports", "-c", code, SECURE_HSTS_SECONDS="0").stdout.split()[0] == "0"


@pytest.mark.parametrize("missing", ["WAGTAILADMIN_BASE_URL", "SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    result = manage("check", **{missing: None})
    assert result.returncode != 0
    assert f"Set {missing}" in result.stderr
