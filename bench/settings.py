"""Settings for bench/api_throughput.py only: production-like, plus Wagtail's API v2 to compare against."""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ra_api_bench")

from config.settings.base import *  # noqa: E402,F403

SECRET_KEY = "bench-only-key"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"
# Throttling stays on (its cache round trip is part of the cost) but never blocks the load.
API_ANON_RATE = "100000000/min"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
