"""Local development: DEBUG on, embedded SQLite unless DATABASE_URL says otherwise."""

import os

os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: E402,F403

SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]  # noqa: F405

# runserver serves static files from the app folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The site's own 404 page, as in production (core/error_pages.py).
MIDDLEWARE = [*MIDDLEWARE, "core.error_pages.Custom404InDebugMiddleware"]  # noqa: F405
