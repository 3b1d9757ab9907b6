"""Purging a CDN (``wagtail.contrib.frontend_cache``) once a change has committed.

Only does work when ``WAGTAILFRONTENDCACHE`` is configured. The URLs: the changed page and its
ancestors; every page that refers to the changed object or that a changed page refers to, found
through Wagtail's reference index (paths listing a role, roles linking a transition source, guides
recommending a course...); the site's top two levels (home and the listings); and
``PAGE_CACHE_PURGE_PATHS`` (sitemap, search, compare) on every site.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, ReferenceIndex, Site

LISTING_DEPTH = 3  # the root is 1, home 2, its sections (/roles/, /courses/, /paths/...) 3


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def after_commit(obj) -> None:
    """Work out what ``obj`` (a page, a snippet, or None for a site-wide change) appears on now,
    while its relations still exist, and purge those URLs when the transaction commits."""
    if not enabled():
        return
    urls = sorted(affected_urls(obj))
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


def affected_urls(obj) -> set[str]:
    page_ids = set(Page.objects.live().filter(depth__lte=LISTING_DEPTH).values_list("pk", flat=True))
    page_ids |= _referring_page_ids(obj) if obj is not None else set()
    urls = set()
    if isinstance(obj, Page):
        page_ids |= _referenced_page_ids(obj)
        page_ids |= set(obj.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))
        urls.add(obj.full_url)  # also when just unpublished or deleted
    urls |= {page.full_url for page in Page.objects.live().filter(pk__in=page_ids)}
    for site in Site.objects.all():
        urls |= {site.root_url + path for path in settings.PAGE_CACHE_PURGE_PATHS}
    urls.discard(None)
    return urls


def _page_content_type_id() -> int:
    return ContentType.objects.get_for_model(Page).pk


def _referring_page_ids(obj) -> set[int]:
    references = ReferenceIndex.get_references_to(obj).filter(base_content_type_id=_page_content_type_id())
    return {int(object_id) for object_id in references.values_list("object_id", flat=True)}


def _referenced_page_ids(page: Page) -> set[int]:
    references = ReferenceIndex.get_references_for_object(page).filter(to_content_type_id=_page_content_type_id())
    return {int(object_id) for object_id in references.values_list("to_object_id", flat=True)}
