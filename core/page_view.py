"""Wagtail's page view (``wagtail_serve``), routed from the site and root page this process holds per content
version (``pagecache.per_version``) instead of reading both on every request: two queries fewer on every page.

Every change readers can see, a site's included (``pagecache.signals``), starts a new content version, so the
held pair is right for as long as its version is current. The site object is shared (read-only, as Wagtail uses
it); each request routes from its own copy of the root page (``core.routing`` from there on).
"""

import copy

from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Site

from pagecache import per_version

MAX_HELD_HOSTS = 32
"""Hosts (with port and language) whose site and root page are held per content version; others are read."""


def serve(request, path):
    """Wagtail's page view, routed from the held site and root page: two queries fewer on every page."""
    if not hasattr(request, "_wagtail_route_for_request"):
        _route_from_held_root(request, path)
    return wagtail_views.serve(request, path)


def _route_from_held_root(request, path) -> None:
    """What ``Page.route_for_request`` does, from the held site and root page. Each request routes from its
    own copy of the root page, so nothing a served page sets on itself is shared between requests."""
    # A memo for this content version: entries are added, never changed (outside a reading request, a new one).
    roots = per_version.held("routing_roots", dict)
    key = (request.get_host(), request.get_port(), translation.get_language())  # the host passed ALLOWED_HOSTS
    held = roots.get(key)
    if held is None:
        site = Site.find_for_request(request)
        if site is None:
            return  # Wagtail's own routing answers (a 404)
        held = (site, site.root_page.localized.specific)
        if len(roots) < MAX_HELD_HOSTS:
            roots[key] = held
    site, root = held
    request._wagtail_site = site
    try:
        request._wagtail_route_for_request = copy.copy(root).route(request, [part for part in path.split("/") if part])
    except Http404:
        request._wagtail_route_for_request = None
