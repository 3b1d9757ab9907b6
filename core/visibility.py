"""Which content anonymous readers may see: the one rule behind every public listing, link and API answer.

- pages: live and not behind a view restriction (``PageQuerySet.live().public()``);
- snippets with drafts (``DraftStateMixin``): ``live=True``; the row is the live
  version and unpublished edits stay in revisions, which public code never reads.

Page models get the rule as ``Model.objects.readable()`` by building their manager
with ``PageManager.from_queryset(...)`` on ``ReadablePageQuerySet`` (Wagtail's documented pattern).
"""

from contextvars import ContextVar

from django.db.models import Q
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

_restricted_sections: ContextVar[list | None] = ContextVar("restricted_sections", default=None)


def restricted_sections() -> list[tuple[str, int]]:
    """``(path, depth)`` of every view-restricted page: read once per reading request (see
    ``ViewRestrictionsPerRequest``), otherwise on every call, as Wagtail's ``private_q`` does."""
    cached = _restricted_sections.get()
    if cached is not None and cached:
        return cached[0]
    sections = list(PageViewRestriction.objects.values_list("page__path", "page__depth"))
    if cached is not None:
        cached.append(sections)
    return sections


class ViewRestrictionsPerRequest:
    """Middleware: during a GET or HEAD, every ``readable()``/``public()`` test shares one read of the view
    restrictions (a guide page ran three). Other methods may change restrictions, so they read afresh."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        token = _restricted_sections.set([])
        try:
            return self.get_response(request)
        finally:
            _restricted_sections.reset(token)


class ReadablePageQuerySet(PageQuerySet):
    def readable(self):
        """The pages readers may open: live and not view-restricted."""
        return self.live().public()

    def private_q(self):
        """Wagtail's test (the restricted pages and their descendants) from ``restricted_sections()``."""
        q = Q()
        for path, depth in restricted_sections():
            q |= Q(path__startswith=path) & Q(depth__gte=depth)
        return q if q else Q(pk__in=[])


ReadablePageManager = PageManager.from_queryset(ReadablePageQuerySet)


def readable_pages():
    """Every page readers may open, whatever its type (for links whose target type is not known here)."""
    return ReadablePageQuerySet(Page).readable()


def readable_through(prefix: str) -> Q:
    """``readable()`` as a condition on a related page (``prefix`` such as ``"page__"``): a join, where
    ``page__in=readable_pages()`` would compare against every readable page (per row, in a subquery)."""
    live = Q(**{f"{prefix}live": True})
    private = Q()
    for path, depth in restricted_sections():
        private |= Q(**{f"{prefix}path__startswith": path, f"{prefix}depth__gte": depth})
    return live & ~private if private else live


def readable_snippets(queryset):
    """The live rows of a snippet with drafts."""
    return queryset.filter(live=True)


def readable_page_ids(page_ids) -> set[int]:
    """The ids among these pages that readers may open (one query; none for no ids)."""
    if not page_ids:
        return set()
    return set(readable_pages().filter(pk__in=page_ids).values_list("pk", flat=True))
