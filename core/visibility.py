"""Which content anonymous readers may see: the one rule behind every public listing, link and API answer.

- pages: live and not behind a view restriction (``PageQuerySet.live().public()``);
- snippets with drafts (``DraftStateMixin``): ``live=True``; the row is the live
  version and unpublished edits stay in revisions, which public code never reads.

Page models get the rule as ``Model.objects.readable()`` by building their manager
with ``PageManager.from_queryset(...)`` on ``ReadablePageQuerySet`` (Wagtail's documented pattern).
"""

from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet


class ReadablePageQuerySet(PageQuerySet):
    def readable(self):
        """The pages readers may open: live and not view-restricted."""
        return self.live().public()


ReadablePageManager = PageManager.from_queryset(ReadablePageQuerySet)


def readable_pages():
    """Every page readers may open, whatever its type (for links whose target type is not known here)."""
    return Page.objects.live().public()


def readable_snippets(queryset):
    """The live rows of a snippet with drafts."""
    return queryset.filter(live=True)


def readable_page_ids(page_ids) -> set[int]:
    """The ids among these pages that readers may open (one query; none for no ids)."""
    if not page_ids:
        return set()
    return set(readable_pages().filter(pk__in=page_ids).values_list("pk", flat=True))
