"""Settings for the benchmarks only: the production settings, plus Wagtail's API v2 to compare against."""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/roleatlas_bench_100")
os.environ.setdefault("SECRET_KEY", "bench-only-key-not-secret-0123456789abcdef")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("WAGTAILADMIN_BASE_URL", "http://127.0.0.1")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")  # wrk speaks plain HTTP to 127.0.0.1
os.environ.setdefault("WAGTAILADMIN_BASE_URL", "http://127.0.0.1")

from config.settings.production import *  # noqa: E402,F403

INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
# Throttling stays on (its cache round trip is part of the cost) but never blocks the load.
API_ANON_RATE = "100000000/min"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
