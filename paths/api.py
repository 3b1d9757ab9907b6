"""GET /api/v1/paths and /api/v1/paths/{slug}: published packaged paths, with their computed delta and duration.

The delta, the duration and what counts as published come from ``paths.presentation`` (and through it
``paths.compensation`` and ``paths.curriculum``), so the API and the public page never disagree.
"""

from django.db.models import Prefetch
from django.http import HttpRequest
from ninja import Path, Query, Router

from core.api.errors import NotFound, error_responses
from core.api.pagination import paginate
from core.api.schemas import PAGE_SLUG_PATTERN
from core.search import SearchSource
from core.visibility import readable_page_ids
from courses.models import Course
from paths.api_schemas import PathDetail, PathFilters, PathList
from paths.compensation import CompensationDelta
from paths.curriculum import Duration
from paths.models import CurriculumStep, PathCourse, PathRole
from paths.presentation import compensation_delta, curriculum_duration, step_view
from paths.queries import public_paths
from roles.api.router import public_roles

router = Router()

ROLE_COLUMNS = ("role__title", "role__slug", "role__url_path", "role__median_salary")
"""What a path reads of each role: its name and link, and the median the delta uses."""


def with_path_parts(paths, *, recommended: bool = False):
    """Prefetch roles (in order) and curriculum steps with their courses; the recommended live courses on request."""
    roles = PathRole.objects.select_related("role").only("page_id", "role_id", "note", "sort_order", *ROLE_COLUMNS)
    lookups = [
        Prefetch("path_roles", queryset=roles),
        Prefetch("curriculum_steps", queryset=CurriculumStep.objects.select_related("course")),
    ]
    if recommended:
        live = PathCourse.objects.filter(course__live=True).select_related("course")
        lookups.append(Prefetch("recommended_courses", queryset=live))
    return paths.prefetch_related(*lookups)


def delta_out(delta: CompensationDelta) -> dict:
    return {
        "amount_usd": delta.amount,
        "percent": float(delta.percentage) if delta.percentage is not None else None,
        "formula": delta.formula() or None,
        "reason": delta.reason or None,
    }


def duration_reason(duration: Duration) -> str | None:
    if duration.is_known:
        return None
    if not duration.steps_without_estimate:
        return "The curriculum has no steps yet."
    return f"No estimate yet for: {', '.join(duration.steps_without_estimate)}."


def course_link(course: Course) -> dict:
    return {
        "id": course.pk,
        "title": course.title,
        "provider": course.provider,
        "format": course.format,
        "url": course.url or None,
    }


def path_out(path, published_ids: set[int], request: HttpRequest, *, detail: bool = False) -> dict:
    """A path as the API shows it: a summary, or with ``detail`` its roles, curriculum and courses too."""
    memberships = list(path.path_roles.all())
    steps = [step_view(step) for step in path.curriculum_steps.all()]
    duration = curriculum_duration(steps)
    out = {
        "slug": path.slug,
        "title": path.title,
        "summary": path.summary,
        "roles_count": len(memberships),
        "total_weeks": duration.total_weeks,
        "compensation_delta": delta_out(compensation_delta(memberships, published_ids)),
        "last_reviewed": path.last_reviewed,
        "url": path.get_full_url(request),
    }
    if detail:
        out |= {
            "duration_reason": duration_reason(duration),
            "roles": [role_stop(membership, published_ids, request) for membership in memberships],
            "curriculum": [
                {
                    "title": step.title,
                    "description": step.description,
                    "weeks": step.weeks,
                    "course": course_link(step.course) if step.course else None,
                }
                for step in steps
            ],
            "recommended_courses": [course_link(link.course) for link in path.recommended_courses.all()],
            "next_review_due": path.next_review_due,
        }
    return out


def role_stop(membership: PathRole, published_ids: set[int], request: HttpRequest) -> dict:
    role = membership.role
    published = membership.role_id in published_ids
    return {
        "title": role.title,
        "note": membership.note,
        "slug": role.slug if published else None,
        "url": role.get_full_url(request) if published else None,
    }


def role_ids_of(paths) -> set[int]:
    return {membership.role_id for path in paths for membership in path.path_roles.all()}


@router.get(
    "",
    response={200: PathList, **error_responses()},
    summary="List published packaged paths",
    operation_id="list_paths",
)
def list_paths(request: HttpRequest, filters: Query[PathFilters]):
    """Published paths in the editors' order (as on /paths/), each with its roles count, duration and delta."""
    paths = public_paths().order_by("path")
    if filters.role:
        paths = paths.filter(path_roles__role__in=public_roles().filter(slug=filters.role))
    page = paginate(request, with_path_parts(paths), filters, public=True)
    published_ids = readable_page_ids(role_ids_of(page["results"]))
    page["results"] = [path_out(path, published_ids, request) for path in page["results"]]
    return page


@router.get(
    "/{slug}",
    response={200: PathDetail, **error_responses(404)},
    summary="Get one published packaged path",
    operation_id="get_path",
)
def get_path(
    request: HttpRequest,
    slug: Path[
        str, {"max_length": 255, "pattern": PAGE_SLUG_PATTERN, "description": "The path's slug, as in its URL."}
    ],
):
    """Roles in order, the curriculum with its total duration, the compensation delta and recommended courses.

    404 for a slug no published, public path has. The number of queries does not depend on the path's rows.
    """
    path = with_path_parts(public_paths().filter(slug=slug), recommended=True).order_by("path").first()
    if path is None:
        raise NotFound(f"No published packaged path has the slug '{slug}'.", loc=("path", "slug"))
    return path_out(path, readable_page_ids(role_ids_of([path])), request, detail=True)


PATH_SEARCH = SearchSource(
    type="path",
    key="paths",
    heading="Packaged paths",
    public=public_paths,
    title=lambda path: path.title,
    summary=lambda path: path.summary,
    url=lambda path, request: path.get_full_url(request),
    meta=lambda path: "Packaged path",
)
