"""What readers see of a packaged path, gathered in a fixed number of queries.

Works on saved pages (querysets) and on previews (modelcluster keeps the
unsaved rows in memory; ``select_related`` is then a no-op). Only published,
public role guides are linked or have their figures used; only live courses
are shown.
"""

from dataclasses import dataclass

from core.visibility import readable_test
from courses.models import Course
from paths.compensation import CompensationDelta, RoleFigure, compute_delta
from paths.curriculum import Duration, total_duration
from roles.presentation.house_style import money

UNPUBLISHED_COURSE_TITLE = "A course not yet published"


@dataclass(frozen=True)
class RoleStop:
    title: str
    note: str
    url: str | None  # None while the role's guide is a draft or private


@dataclass(frozen=True)
class StepView:
    title: str
    description: str
    weeks: int | None
    course: Course | None  # the live course this step follows, if any


@dataclass(frozen=True)
class PathDetails:
    roles: list[RoleStop]
    delta: CompensationDelta
    steps: list[StepView]
    duration: Duration
    recommended_courses: list[Course]

    @property
    def delta_label(self) -> str:
        """'+$25K (+16.7%)' in the house style; '' until the delta can be computed."""
        return self.delta.label(money)

    @property
    def delta_formula(self) -> str:
        """'from Software Engineer's median ($150K) to AI Engineer's median ($175K)' in the house style."""
        return self.delta.formula(money)


def path_details(page, request) -> PathDetails:
    memberships = list(page.path_roles.all().select_related("role"))
    is_readable = readable_test()
    published_ids = {membership.role_id for membership in memberships if is_readable(membership.role)}
    roles = [
        RoleStop(
            title=membership.role.title,
            note=membership.note,
            url=membership.role.get_url(request) if membership.role_id in published_ids else None,
        )
        for membership in memberships
    ]
    steps = [step_view(step) for step in page.curriculum_steps.all().select_related("course")]
    recommended = [link.course for link in page.recommended_courses.all().select_related("course") if link.course.live]
    return PathDetails(
        roles=roles,
        delta=compensation_delta(memberships, published_ids),
        steps=steps,
        duration=curriculum_duration(steps),
        recommended_courses=recommended,
    )


def compensation_delta(memberships, published_ids: set[int]) -> CompensationDelta:
    """The delta of a path from its ``PathRole`` rows in order (roles loaded) and its published role ids."""
    return compute_delta(
        [
            RoleFigure(
                title=membership.role.title,
                median_salary=membership.role.median_salary,
                is_published=membership.role_id in published_ids,
            )
            for membership in memberships
        ]
    )


def curriculum_duration(steps: list[StepView]) -> Duration:
    return total_duration([(step.title, step.weeks) for step in steps])


def step_view(step) -> StepView:
    """A curriculum step as readers see it (its course loaded): the live course's title, else the step's own."""
    course = step.course if step.course_id and step.course.live else None
    if course is not None:
        title = course.title
    else:
        title = step.title or UNPUBLISHED_COURSE_TITLE
    return StepView(title=title, description=step.description, weeks=step.weeks, course=course)
