"""Where a guide leads, and which guides are like it: the reader's next step after one role.

Both list only guides anonymous readers may open (live, without a view restriction).
"""

from typing import NamedTuple

from django.db.models import Case, Count, Max, Value, When
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
    """Up to `limit` readable guides most like `page`: most shared skill tags first, then the same family, then by title.

    Guides sharing a skill are ranked from the tag rows of the page's own skills, which carry their guide's title
    and family (one query, its SQL built once per process and shape: ``core.compiled``). Guides of the same family
    that share no skill fill the list only when fewer than `limit` share one (a second query)."""
    if not page.pk:
        return []
    sections = restricted_sections()
    if page.family_id is None:
        return [RelatedRole(*row) for row in _SHARING_SKILLS.run((sections, limit), page.pk)]
    related = _SHARING_SKILLS_IN_FAMILY.run((sections, limit), page.pk, page.family_id)
    if len(related) < limit:
        related += _FAMILY_SHARING_NONE.run((sections, limit - len(related)), page.pk, page.family_id)
    return [RelatedRole(*row) for row in related]


_SHOWN = ["family__name" if name == "family_name" else name for name in RelatedRole._fields]


def _skills_of(page_id: int):
    return RoleSkillTag.objects.filter(content_object_id=page_id).values("tag_id")


def _sharing_skills(shape, page_id: int, family_id: int | None = None):
    sections, limit = shape
    skills = _skills_of(page_id)

    def same_family(field: str):
        """1 for a guide of the page's family, else 0 (a flag, also over the several rows of one guide)."""
        return Max(Case(When(**{field: family_id}, then=Value(1)), default=Value(0))) if family_id else Value(0)

    # The tag rows of the page's skills, one group per other guide, minus guides readers may not open (a short
    # list): the ranking reads neither the pages nor the guides that share no skill.
    unreadable = ReadablePageQuerySet(Page).unreadable(sections).values("pk")
    chosen = (
        RoleSkillTag.objects.filter(tag_id__in=skills)
        .exclude(content_object_id=page_id)
        .exclude(content_object_id__in=unreadable)
        .values("content_object_id")
        .annotate(shared=Count("id"), same=same_family("page_family_id"), title=Max("page_title"))
        .order_by("-shared", "-same", "title")
        .values("content_object_id")[:limit]
    )
    return (
        RolePage.objects.filter(readable_through("", sections), pk__in=chosen, tagged_items__tag_id__in=skills)
        .annotate(shared_skills=Count("tagged_items"), same_family=same_family("family_id"))
        .order_by("-shared_skills", "-same_family", "title")
        .values_list(*_SHOWN)
    )


def _family_sharing_none(shape, page_id: int, family_id: int):
    sections, limit = shape
    sharing = RoleSkillTag.objects.filter(tag_id__in=_skills_of(page_id)).values("content_object_id")
    return (
        RolePage.objects.filter(readable_through("", sections), family_id=family_id)
        .exclude(pk=page_id)
        .exclude(pk__in=sharing)
        .annotate(shared_skills=Value(0))
        .order_by("title")
        .values_list(*_SHOWN)[:limit]
    )


_SHARING_SKILLS = CompiledQuery(_sharing_skills, int)
_SHARING_SKILLS_IN_FAMILY = CompiledQuery(_sharing_skills, int, int)
_FAMILY_SHARING_NONE = CompiledQuery(_family_sharing_none, int, int)
