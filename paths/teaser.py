"""The packaged-path teaser on a role guide: each path containing the role, with its delta and duration.

Follows the reference's wording (templates/paths/includes/role_paths.html). A fixed number of
queries however many paths, roles or steps: paths, their roles, their steps (which roles are readable is
tested against the request's one read of the view restrictions, core.visibility.readable_test).
"""

from dataclasses import dataclass

from django.db.models import Prefetch

from core.visibility import readable_test
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
    paths = list(
        PackagedPathPage.objects.readable()
        .containing(role)
        .prefetch_related(
            Prefetch(
                "path_roles",
                # Only what the delta needs of each guide, not its prose.
                queryset=PathRole.objects.select_related("role")
                .only(
                    "page_id", "role_id", "sort_order", "role__title", "role__median_salary", "role__live", "role__path"
                )
                .order_by("sort_order"),
            ),
            Prefetch(
                "curriculum_steps",
                queryset=CurriculumStep.objects.only("page_id", "title", "weeks", "sort_order").order_by("sort_order"),
            ),
        )
    )
    is_readable = readable_test()
    published = {m.role_id for path in paths for m in path.path_roles.all() if is_readable(m.role)}
    return [
        PathTeaser(
            path=path,
            delta=compensation_delta(list(path.path_roles.all()), published),
            duration=total_duration([(step.title, step.weeks) for step in path.curriculum_steps.all()]),
        )
        for path in paths
    ]
