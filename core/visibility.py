"""Which content anonymous readers may see: the one rule behind every public listing, link and API answer.

- pages: live and not behind a view restriction (``PageQuerySet.live().public()``);
- snippets with drafts (``DraftStateMixin``): ``live=True``; the row is the live
  version and unpublished edits stay in revisions, which public code never reads.

Page models get the rule as ``Model.objects.readable()`` by building their manager
with ``PageManager.from_queryset(...)`` on ``ReadablePageQuerySet`` (Wagtail's documented pattern).
"""

from typing import NamedTuple

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from pagecache import per_version


class Restriction(NamedTuple):
    """One view restriction and where it sits in the tree."""

    id: int
    path: str
    depth: int
    on_alias: bool  # the restricted page is itself an alias
    aliased: bool  # some alias page points at the restricted page


def _read_restrictions() -> tuple[Restriction, ...]:
    aliases = Page.objects.filter(alias_of_id=OuterRef("page_id"))
    rows = PageViewRestriction.objects.annotate(aliased=Exists(aliases)).values_list(
        "id", "page__path", "page__depth", "page__alias_of_id", "aliased"
    )
    return tuple(
        Restriction(id, path, depth, alias_of is not None, aliased) for id, path, depth, alias_of, aliased in rows
    )


def view_restrictions() -> tuple[Restriction, ...]:
    """Every view restriction: during a reading request, read once per process and content version
    (privacy changes start a new one, see ``pagecache.per_version``); otherwise on every call, as
    Wagtail's ``private_q`` does."""
    return per_version.held("view_restrictions", _read_restrictions)


def restricted_sections() -> tuple[tuple[str, int], ...]:
    """``(path, depth)`` of every view-restricted page (see ``view_restrictions``)."""
    return tuple((restriction.path, restriction.depth) for restriction in view_restrictions())


def readable_test():
    """A test of whether readers may open a page (loaded with ``live`` and ``path``), made in Python
    against one read of the restrictions: no query at all during a reading request, one outside."""
    sections = [path for path, _depth in restricted_sections()]
    return lambda page: page.live and not any(page.path.startswith(path) for path in sections)


class RequestViewRestrictionsMixin:
    """For page models: ``get_view_restrictions()`` (Wagtail's check before serving a page, the page cache's
    test) answered from ``view_restrictions()`` instead of two queries of its own. Aliases keep Wagtail's
    answer (it resolves them to their source pages, which needs the ancestors)."""

    def get_view_restrictions(self):
        restrictions = view_restrictions()
        if self.alias_of_id or any(restriction.on_alias or restriction.aliased for restriction in restrictions):
            return super().get_view_restrictions()
        applying = [restriction.id for restriction in restrictions if self.path.startswith(restriction.path)]
        if not applying:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=applying)


class ReadablePageQuerySet(PageQuerySet):
    def readable(self):
        """The pages readers may open: live and not view-restricted."""
        return self.live().public()

    def unreadable(self, sections: tuple[tuple[str, int], ...] | None = None):
        """The pages readers may not open: not live, or view-restricted (a short list to exclude, where
        ``readable()`` would be one to join). ``sections``: as for ``readable_through``."""
        return self.filter(Q(live=False) | self.private_q(sections))

    def private_q(self, sections: tuple[tuple[str, int], ...] | None = None):
        """Wagtail's test (the restricted pages and their descendants) from ``restricted_sections()``."""
        q = Q()
        for path, depth in restricted_sections() if sections is None else sections:
            q |= Q(path__startswith=path) & Q(depth__gte=depth)
        return q if q else Q(pk__in=[])


ReadablePageManager = PageManager.from_queryset(ReadablePageQuerySet)


def readable_pages():
    """Every page readers may open, whatever its type (for links whose target type is not known here)."""
    return ReadablePageQuerySet(Page).readable()


def readable_through(prefix: str, sections: tuple[tuple[str, int], ...] | None = None) -> Q:
    """``readable()`` as a condition on a related page (``prefix`` such as ``"page__"``, or ``""`` for the
    page itself): a join, where ``page__in=readable_pages()`` would compare against every readable page (per
    row, in a subquery). ``sections``: the ``restricted_sections()`` to apply, when the caller read them."""
    live = Q(**{f"{prefix}live": True})
    private = Q()
    for path, depth in restricted_sections() if sections is None else sections:
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
