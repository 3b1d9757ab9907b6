"""Content-Security-Policy: a strict policy for the public site, a looser one for the Wagtail admin.

django-csp builds the header from ``settings.CONTENT_SECURITY_POLICY`` (the public policy);
``PathPolicyCSPMiddleware`` swaps in ``ADMIN_CSP_DIRECTIVES`` for paths under ``/admin/``,
because Wagtail's admin still relies on inline scripts and styles and frames its own previews.
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PATH_PREFIX = "/admin/"


def public_directives(extra_image_sources=()) -> dict:
    """No inline script or style, nothing framed, no plugins; forms post only to this site."""
    return {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *extra_image_sources],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }


def admin_directives(extra_image_sources=()) -> dict:
    """What Wagtail's admin needs: inline script and style, blob: images, and framing its own previews."""
    return {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "www.gravatar.com", *extra_image_sources],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, "https://releases.wagtail.org"],  # the admin's upgrade notice
        "frame-src": [SELF, "https:"],  # its own previews and oEmbed embeds
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
    }


class PathPolicyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy for requests under /admin/ and for Wagtail's
    previews, which it renders through the middleware as a dummy request for the page's own URL
    and shows in a frame of the admin."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        in_admin = request.path_info.startswith(ADMIN_PATH_PREFIX) or getattr(request, "is_dummy", False)
        if not report_only and parts.config is None and in_admin:
            from django.conf import settings

            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
