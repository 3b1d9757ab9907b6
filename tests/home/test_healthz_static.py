"""/healthz fails when production runs without collectstatic (every page would answer 500)."""

import pytest


@pytest.fixture
def production_static(settings, tmp_path):
    """Static files served from STATIC_ROOT only, as in production."""
    settings.WHITENOISE_USE_FINDERS = False
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    return tmp_path


@pytest.mark.django_db
def test_healthz_answers_503_naming_static_files_when_they_were_not_collected(client, production_static):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "ok", "static": "missing"}


@pytest.mark.django_db
def test_healthz_is_ok_once_the_stylesheet_is_collected(client, settings, production_static):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    (production_static / "css").mkdir()
    (production_static / "css" / "site.css").write_text("body {}")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["static"] == "ok"
