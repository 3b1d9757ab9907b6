"""Production settings must refuse to start without real secrets."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_production_settings(**env):
    clean_env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import config.settings.production"],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_load_without_secret_key():
    result = load_production_settings(ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_load_without_allowed_hosts():
    result = load_production_settings(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_loads_with_real_settings():
    result = load_production_settings(
        SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org", WAGTAILADMIN_BASE_URL="https://example.org"
    )
    assert result.returncode == 0, result.stderr


def test_postgres_url_spelling_enables_contrib_postgres():
    code = "import config.settings.base as s; print('django.contrib.postgres' in s.INSTALLED_APPS)"
    for url in ("postgres://u@h/db", "postgresql://u@h/db"):
        env = {**os.environ, "DATABASE_URL": url}
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        assert out.stdout.strip() == "True", out.stderr
