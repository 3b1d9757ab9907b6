"""Liveness checks of the services the site cannot work without."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection

logger = logging.getLogger(__name__)


def check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any driver error means "unreachable" to a health probe
        logger.exception("Health check: database unreachable")
        return False


def check_cache() -> bool:
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=5)
        ok = cache.get(key) == "ok"
        cache.delete(key)
        return ok
    except Exception:
        logger.exception("Health check: cache unreachable")
        return False


SITE_STYLESHEET = "css/site.css"


def check_static() -> bool:
    """The site's stylesheet can be served: collected into STATIC_ROOT (and in the manifest, when there is one),
    or found by the finders where WhiteNoise uses them (development and tests)."""
    from django.conf import settings
    from django.contrib.staticfiles import finders
    from django.contrib.staticfiles.storage import staticfiles_storage

    if getattr(settings, "WHITENOISE_USE_FINDERS", False):
        return finders.find(SITE_STYLESHEET) is not None
    try:
        staticfiles_storage.url(SITE_STYLESHEET)  # a manifest storage raises ValueError for an uncollected file
        return staticfiles_storage.exists(SITE_STYLESHEET)
    except Exception:
        logger.exception("Health check: static files missing (run collectstatic)")
        return False
