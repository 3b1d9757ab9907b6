"""Where a guide leads, and which guides are like it: the reader's next step after one role.

Both list only guides anonymous readers may open (live, without a view restriction).
"""

from dataclasses import dataclass

from django.db.models import Case, Count, Max, Q, Value, When

from core.compiled import CompiledQuery
from core.visibility import readable_test, readable_through, restricted_sections
from roles.models import RolePage, RoleSkillTag, TransitionPath

RELATED_LIMIT = 3


@dataclass(frozen=True)
class Destination:
    """A guide whose transitions start at this role: a reader can move on there."""

    role: RolePage
    typical_months: int


def leads_to(page) -> list[Destination]:
    """Readable guides documenting a move from `page`, by title, each once (one query, and the request's
    read of the view restrictions)."""
    if not page.pk:
        return []
    paths = _MOVES_FROM.run(None, page.pk)
    is_readable = readable_test()
    destinations = {}
    for path in paths:
        if path.page_id not in destinations and is_readable(path.page):
            destinations[path.page_id] = Destination(role=path.page, typical_months=path.typical_months)
    return list(destinations.values())


def _moves_from(_shape, page_id: int):
    return (
        TransitionPath.objects.filter(from_role_id=page_id, page__live=True)
        .exclude(page_id=page_id)
        .select_related("page")
        .only("typical_months", "page_id", "page__title", "page__slug", "page__url_path", "page__live", "page__path")
        .order_by("page__title", "sort_order")
    )


_MOVES_FROM = CompiledQuery(_moves_from, int)


def related_roles(page, limit: int = RELATED_LIMIT) -> list[RolePage]:
    """Up to `limit` readable guides most like `page`: most shared skill tags first, then the same family, then by title
    (one query, its SQL built once per process and shape: ``core.compiled``)."""
    if not page.pk:
        return []
    if page.family_id is None:
        return _RELATED.run((restricted_sections(), limit), page.pk)
    return _RELATED_IN_FAMILY.run((restricted_sections(), limit), page.pk, page.family_id)


def _ranked_related(shape, page_id: int, family_id: int | None = None):
    sections, limit = shape
    tag_ids = RoleSkillTag.objects.filter(content_object_id=page_id).values("tag_id")
    shared = Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True)
    # 1 for a guide of the same family, else 0: a flag, not a count of the rows the tag join made.
    same_family = Max(Case(When(family_id=family_id, then=Value(1)), default=Value(0))) if family_id else Value(0)

    def ranked(guides):
        return (
            guides.annotate(shared_skills=shared, same_family=same_family)
            .filter(Q(shared_skills__gt=0) | Q(same_family__gt=0))
            .order_by("-shared_skills", "-same_family", "title")
        )

    # Every candidate is ranked in a subquery grouped by id (and title) alone: grouped with the columns shown,
    # 20,000 wide rows were sorted on disk at 10,000 guides. The outer query ranks again only the chosen few.
    candidates = RolePage.objects.filter(readable_through("", sections)).exclude(pk=page_id)
    chosen = ranked(candidates.values("pk")).values("pk")[:limit]
    return (
        ranked(RolePage.objects.filter(pk__in=chosen))
        .select_related("family")
        .only("title", "slug", "url_path", "summary", "median_salary", "family__name", "depth", "path")
    )


_RELATED = CompiledQuery(_ranked_related, int)
_RELATED_IN_FAMILY = CompiledQuery(_ranked_related, int, int)
