"""Test settings: always PostgreSQL, never a silent fallback to SQLite."""

import os

from django.core.exceptions import ImproperlyConfigured

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/roleatlas")

from .base import *  # noqa: E402,F403

if not USING_POSTGRES:  # noqa: F405
    raise ImproperlyConfigured("The test suite runs on PostgreSQL only; DATABASE_URL must be a postgres:// URL.")

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off unless a test turns it on (tests/pagecache/, or servers the fault tests start): rolled-back test
# transactions reuse version numbers.
PAGE_CACHE_SECONDS = int(os.environ.get("TEST_PAGE_CACHE_SECONDS", "0"))
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files from the finders; there is no collectstatic in tests.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The login lockout stays out of the way of tests that log in with client.login() (no request);
# tests/core/test_login_lockout.py turns it on.
AXES_ENABLED = False
