"""``WAGTAILFRONTENDCACHE`` from environment variables (imported by the settings: no models here)."""

import os


def frontend_cache_from_environment(environ=os.environ) -> dict | None:
    """A Varnish-style HTTP purge endpoint, or Cloudflare; None (no CDN) when neither is set."""
    if purge_url := environ.get("FRONTEND_CACHE_HTTP_PURGE_URL", "").strip():
        return {"default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": purge_url}}
    zone = environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID", "").strip()
    token = environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", "").strip()
    if zone and token:
        return {
            "default": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                "ZONEID": zone,
                "BEARER_TOKEN": token,
            }
        }
    return None
