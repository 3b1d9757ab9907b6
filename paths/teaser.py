"""The packaged-path teaser on a role guide: each path containing the role, with its delta and duration.

Follows the reference's wording (templates/paths/includes/role_paths.html). A fixed number of
queries however many paths, roles or steps: paths, their roles, their steps (which roles are readable is
tested against the request's one read of the view restrictions, core.visibility.readable_test).
"""

from collections import defaultdict
from dataclasses import dataclass

from core.compiled import CompiledQuery
from core.visibility import readable_test, readable_through, restricted_sections
from paths.compensation import CompensationDelta
from paths.curriculum import Duration, total_duration
from paths.models import CurriculumStep, PackagedPathPage, PathRole
from paths.presentation import compensation_delta
from roles.presentation.house_style import money


@dataclass(frozen=True)
class PathTeaser:
    path: object  # a PackagedPathPage
    delta: CompensationDelta
    duration: Duration

    @property
    def delta_label(self) -> str:
        """'+$25K (+16.7%)' in the house style; '' until the delta can be computed."""
        return self.delta.label(money)


def path_teasers(role) -> list[PathTeaser]:
    if role is None or role.pk is None:
        return []
    sections = restricted_sections()
    paths = _PATHS.run(sections, role.pk)
    members, steps = defaultdict(list), defaultdict(list)
    for member in _MEMBERS.run(sections, role.pk):
        members[member.page_id].append(member)
    for step in _STEPS.run(sections, role.pk):
        steps[step.page_id].append(step)
    is_readable = readable_test()
    published = {m.role_id for path in paths for m in members[path.pk] if is_readable(m.role)}
    return [
        PathTeaser(
            path=path,
            delta=compensation_delta(members[path.pk], published),
            duration=total_duration([(step.title, step.weeks) for step in steps[path.pk]]),
        )
        for path in paths
    ]


# Three queries, each built once per process and view restrictions (core.compiled): the paths, then their
# roles and their steps, each read through the same paths (a list of ids would not compile once).
def _paths(sections, role_id: int):
    readable = PackagedPathPage.objects.filter(readable_through("", sections))
    return readable.filter(path_roles__role_id=role_id).order_by("title", "pk")


def _members(sections, role_id: int):
    # Only what the delta needs of each guide, not its prose.
    return (
        PathRole.objects.filter(page__in=_paths(sections, role_id).values("pk"))
        .select_related("role")
        .only("page_id", "role_id", "sort_order", "role__title", "role__median_salary", "role__live", "role__path")
        .order_by("page_id", "sort_order")
    )


def _steps(sections, role_id: int):
    return (
        CurriculumStep.objects.filter(page__in=_paths(sections, role_id).values("pk"))
        .only("page_id", "title", "weeks", "sort_order")
        .order_by("page_id", "sort_order")
    )


_PATHS = CompiledQuery(_paths, int)
_MEMBERS = CompiledQuery(_members, int)
_STEPS = CompiledQuery(_steps, int)
