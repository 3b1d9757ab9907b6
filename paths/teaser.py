"""The packaged-path teaser on a role guide: each path containing the role, with its delta and duration.

Follows the reference's wording (templates/paths/includes/role_paths.html). One query on PostgreSQL however
many paths, roles or steps (each path with its roles and steps as JSON arrays); three elsewhere (paths, their
roles, their steps). Which roles are readable is tested against the request's one read of the view
restrictions (core.visibility.readable_test).
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from django.db import connection
from django.db.models import F, OuterRef
from django.db.models.functions import JSONObject

from core.compiled import CompiledQuery
from core.visibility import readable_test, readable_through, restricted_sections
from paths.compensation import CompensationDelta, RoleFigure, compute_delta
from paths.curriculum import Duration, total_duration
from paths.models import CurriculumStep, PackagedPathPage, PathRole
from roles.presentation.house_style import money


class TeasedPath(NamedTuple):
    """What the teaser shows of a path (read as a row, not a path object)."""

    title: str
    url_path: str
    summary: str


@dataclass(frozen=True)
class PathTeaser:
    path: TeasedPath
    delta: CompensationDelta
    duration: Duration

    @property
    def delta_label(self) -> str:
        """'+$25K (+16.7%)' in the house style; '' until the delta can be computed."""
        return self.delta.label(money)


class Member(NamedTuple):
    """What the delta needs of one role in a path (``live`` and ``path`` say whether readers may open it)."""

    title: str
    median_salary: int | None
    live: bool
    path: str


def path_teasers(role) -> list[PathTeaser]:
    if role is None or role.pk is None:
        return []
    is_readable = readable_test()
    return [
        PathTeaser(
            path=path,
            delta=compute_delta([RoleFigure(m.title, m.median_salary, is_readable(m)) for m in members]),
            duration=total_duration(steps),
        )
        for path, members, steps in paths_with_parts(role.pk)
    ]


def paths_with_parts(role_id: int) -> list[tuple[TeasedPath, list[Member], list[tuple[str, int | None]]]]:
    """Each readable path containing the role, by title, with its roles in order and its steps' (title, weeks)."""
    sections = restricted_sections()
    if connection.vendor == "postgresql":
        return [
            (
                TeasedPath(*path),
                [Member(**row) for row in member_rows],
                [(row["title"], row["weeks"]) for row in step_rows],
            )
            for *path, member_rows, step_rows in _PATHS_WITH_PARTS.run(sections, role_id)
        ]
    paths = list(_paths(sections, role_id).only(*TeasedPath._fields))
    members, steps = defaultdict(list), defaultdict(list)
    # Only what the delta needs of each guide, not its prose.
    fields = ("page_id", "role__title", "role__median_salary", "role__live", "role__path")
    for member in _members(page__in=paths).select_related("role").only(*fields):
        members[member.page_id].append(
            Member(member.role.title, member.role.median_salary, member.role.live, member.role.path)
        )
    for step in _steps(page__in=paths):
        steps[step.page_id].append((step.title, step.weeks))
    return [(TeasedPath(path.title, path.url_path, path.summary), members[path.pk], steps[path.pk]) for path in paths]


def _paths(sections, role_id: int):
    return PackagedPathPage.objects.filter(readable_through("", sections)).containing(role_id)


def _members(**page):
    return PathRole.objects.filter(**page).order_by("page_id", "sort_order")


def _steps(**page):
    return CurriculumStep.objects.filter(**page).only("page_id", "title", "weeks").order_by("page_id", "sort_order")


def _paths_with_parts(sections, role_id: int):
    from django.contrib.postgres.expressions import ArraySubquery  # PostgreSQL only

    members = _members(page=OuterRef("pk")).values(
        row=JSONObject(
            title=F("role__title"), median_salary=F("role__median_salary"), live=F("role__live"), path=F("role__path")
        )
    )
    steps = _steps(page=OuterRef("pk")).values(row=JSONObject(title=F("title"), weeks=F("weeks")))
    return (
        _paths(sections, role_id)
        .annotate(member_rows=ArraySubquery(members), step_rows=ArraySubquery(steps))
        .values_list(*TeasedPath._fields, "member_rows", "step_rows")
    )


# Built once per process and view restrictions (core.compiled).
_PATHS_WITH_PARTS = CompiledQuery(_paths_with_parts, int)
