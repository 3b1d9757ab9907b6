"""Where a guide leads, and which guides are like it: the reader's next step after one role.

Both list only guides anonymous readers may open (live, without a view restriction).
"""

from typing import NamedTuple

from django.db import connections
from django.db.models import Case, Count, Exists, F, Func, Max, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from wagtail.models import Page

from core.compiled import CompiledQuery
from core.visibility import ReadablePageQuerySet, readable_test, readable_through, restricted_sections
from roles.models import RolePage, RoleSkillTag, TransitionPath

RELATED_LIMIT = 3


class Destination(NamedTuple):
    """A guide whose transitions start at this role: a reader can move on there (read as a row, not a guide)."""

    title: str
    slug: str
    url_path: str
    live: bool
    path: str
    typical_months: int


def leads_to(page) -> list[Destination]:
    """Readable guides documenting a move from `page`, by title, each once (one query, and the request's
    read of the view restrictions)."""
    if not page.pk:
        return []
    is_readable = readable_test()
    destinations = {}
    for page_id, *columns in _MOVES_FROM.run(None, page.pk):
        destination = Destination(*columns)
        if page_id not in destinations and is_readable(destination):
            destinations[page_id] = destination
    return list(destinations.values())


def _moves_from(_shape, page_id: int):
    columns = [f"page__{name}" for name in Destination._fields if name != "typical_months"]
    return (
        TransitionPath.objects.filter(from_role_id=page_id, page__live=True)
        .exclude(page_id=page_id)
        .order_by("page__title", "sort_order")
        .values_list("page_id", *columns, "typical_months")
    )


_MOVES_FROM = CompiledQuery(_moves_from, int)


class RelatedRole(NamedTuple):
    """A guide like the one shown, as its card needs it (read as a row, not a guide object)."""

    title: str
    url_path: str
    summary: str
    median_salary: int | None
    family_name: str | None
    shared_skills: int


def related_roles(page, limit: int = RELATED_LIMIT) -> list[RelatedRole]:
    """Up to `limit` readable guides most like `page`: most shared skill tags first, then the same family, then by
    title.

    Most often enough guides share every skill of the page, and they rank first: one query finds them near the top
    of one skill's guides (``_sharing_every_skill``). Otherwise the guides sharing a skill are ranked by counting
    the tag rows of the page's skills, which carry their guide's title and family (a second query). Guides of the
    same family that share no skill fill the list only when fewer than `limit` share one (a third). Each query's SQL
    is built once per process and shape (``core.compiled``)."""
    if not page.pk:
        return []
    sections = restricted_sections()
    in_family = page.family_id is not None
    values = (page.pk, page.family_id) if in_family else (page.pk,)
    related = _SHARING_EVERY_SKILL[in_family].run((sections, limit, SCANNED), *values)
    if len(related) < limit:
        related = _SHARING_SKILLS[in_family].run((sections, limit), *values)
    if in_family and len(related) < limit:
        related += _FAMILY_SHARING_NONE.run((sections, limit - len(related)), *values)
    return [RelatedRole(*row) for row in related]


_SHOWN = ["family__name" if name == "family_name" else name for name in RelatedRole._fields]

SCANNED = 20
"""How many tag rows of one skill ``_sharing_every_skill`` reads, at most, in each order."""


def _skills_of(page_id: int):
    return RoleSkillTag.objects.filter(content_object_id=page_id).values("tag_id")


def _same_family(field: str, family_id: int | None):
    """1 for a guide of the page's family, else 0 (a flag, also over the several rows of one guide)."""
    return Max(Case(When(**{field: family_id}, then=Value(1)), default=Value(0))) if family_id else Value(0)


def _shown(guides, page_id: int, family_id: int | None, limit: int):
    """The cards of these guides, in rank order, with how many skills each shares with the page."""
    return (
        guides.filter(tagged_items__tag_id__in=_skills_of(page_id))
        .annotate(shared_skills=Count("tagged_items"), same_family=_same_family("family_id", family_id))
        .order_by("-shared_skills", "-same_family", "title", "pk")
        .values_list(*_SHOWN)[:limit]
    )


def _unreadable(sections):
    """The pages readers may not open, as a short list the rankings exclude: they read neither the pages nor
    the guides that share no skill."""
    return ReadablePageQuerySet(Page).unreadable(sections).values("pk")


def _count(rows):
    """How many rows, as a subquery."""
    return Subquery(rows.order_by().annotate(rows=Func(F("pk"), function="COUNT")).values("rows"))


def _sharing_every_skill(shape, page_id: int, family_id: int | None = None):
    """The first `limit` readable guides sharing every skill of the page, found without counting every guide's
    tags; fewer when they are not near the top of one skill's guides.

    Nobody shares more skills than every one, so these guides rank first, and each carries the page's first
    skill. That skill's tag rows are read in title order (an index), at most `scanned` of them, keeping the
    first `limit` readable guides that share every skill. With a family, the family's rows are read first the
    same way (a second index), and the whole list only when the family's were all read: a guide of the family
    further down would outrank every other. Either way what is kept is the top of the ranking as far as it was
    read, so when it holds `limit` guides they are the answer; fewer, and the full count must decide."""
    sections, limit, scanned = shape
    first_skill = _skills_of(page_id).order_by("tag_id")[:1]
    carrying = (
        RoleSkillTag.objects.filter(tag_id=Subquery(first_skill))
        .exclude(content_object_id=page_id)
        .exclude(content_object_id__in=_unreadable(sections))
    )
    skill_count = _count(_skills_of(page_id))
    shared_count = _count(
        RoleSkillTag.objects.filter(content_object_id=OuterRef("content_object_id"), tag_id__in=_skills_of(page_id))
    )

    def first_sharing_every_skill(rows):
        """The first `limit` guides of these tag rows, by title, sharing every skill, among the first `scanned`."""
        by_title = rows.order_by("page_title", "content_object_id")
        last_title_read = Coalesce(  # the scanned-th row's, or the last row's when there are fewer
            Subquery(by_title.values("page_title")[scanned - 1 : scanned]),
            Subquery(rows.order_by("-page_title").values("page_title")[:1]),
        )
        return (
            by_title.filter(page_title__lte=last_title_read)
            .annotate(shared=shared_count)
            .filter(shared=skill_count)
            .values("content_object_id")[:limit]
        )

    if family_id is None:
        chosen = first_sharing_every_skill(carrying)
    else:
        family = carrying.filter(page_family_id=family_id)
        chosen = first_sharing_every_skill(family)
        if connections[chosen.db].features.supports_slicing_ordering_in_compound:  # not on SQLite: the family only
            whole_family_read = ~Exists(family[scanned - 1 : scanned])
            chosen = chosen.union(first_sharing_every_skill(carrying.filter(whole_family_read)), all=True)
    return _shown(RolePage.objects.filter(readable_through("", sections), pk__in=chosen), page_id, family_id, limit)


def _sharing_skills(shape, page_id: int, family_id: int | None = None):
    """The first `limit` readable guides sharing a skill with the page, ranked by counting the tag rows of the
    page's skills, one group per guide."""
    sections, limit = shape
    chosen = (
        RoleSkillTag.objects.filter(tag_id__in=_skills_of(page_id))
        .exclude(content_object_id=page_id)
        .exclude(content_object_id__in=_unreadable(sections))
        .values("content_object_id")
        .annotate(shared=Count("id"), same=_same_family("page_family_id", family_id), title=Max("page_title"))
        .order_by("-shared", "-same", "title", "content_object_id")
        .values("content_object_id")[:limit]
    )
    return _shown(RolePage.objects.filter(readable_through("", sections), pk__in=chosen), page_id, family_id, limit)


def _family_sharing_none(shape, page_id: int, family_id: int):
    sections, limit = shape
    sharing = RoleSkillTag.objects.filter(tag_id__in=_skills_of(page_id)).values("content_object_id")
    return (
        RolePage.objects.filter(readable_through("", sections), family_id=family_id)
        .exclude(pk=page_id)
        .exclude(pk__in=sharing)
        .annotate(shared_skills=Value(0))
        .order_by("title", "pk")
        .values_list(*_SHOWN)[:limit]
    )


# By whether the page has a family.
_SHARING_EVERY_SKILL = {
    False: CompiledQuery(_sharing_every_skill, int),
    True: CompiledQuery(_sharing_every_skill, int, int),
}
_SHARING_SKILLS = {False: CompiledQuery(_sharing_skills, int), True: CompiledQuery(_sharing_skills, int, int)}
_FAMILY_SHARING_NONE = CompiledQuery(_family_sharing_none, int, int)
