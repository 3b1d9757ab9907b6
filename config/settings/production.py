"""Production: refuses to start without a real SECRET_KEY and ALLOWED_HOSTS."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY or SECRET_KEY.startswith("dev-only") or len(SECRET_KEY) < 32:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 32 characters.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the comma-separated host names the site serves.")
if not os.environ.get("WAGTAILADMIN_BASE_URL"):
    raise ImproperlyConfigured(
        "Set WAGTAILADMIN_BASE_URL to the site's public address, e.g. https://roles.example.org (review e-mails link to it)."
    )

DEBUG = False
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# HSTS for a year by default; SECURE_HSTS_SECONDS=0 opts out (e.g. while trying HTTPS out).
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
if SECURE_HSTS_SECONDS == 0:
    SILENCED_SYSTEM_CHECKS = ["security.W004"]  # an explicit, documented opt-out
if "LOG_FORMAT" not in os.environ:
    LOGGING = build_logging(json=True, level=os.environ.get("LOG_LEVEL", "WARNING"))  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True
