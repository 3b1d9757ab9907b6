"""GET /api/v1/courses and /api/v1/certifications: live snippets, each with the published roles that use it."""

from django.db.models import Prefetch
from django.http import HttpRequest
from ninja import Query, Router
from wagtail.rich_text import expand_db_html

from core.api.errors import error_responses
from core.api.pagination import paginate
from core.search import SearchSource, plain_summary
from core.visibility import readable_pages
from courses.api_schemas import CertificationFilters, CertificationList, CourseFilters, CourseList
from courses.models import Certification, Course, role_link_model

courses_router = Router()
certifications_router = Router()


def with_public_roles(snippets):
    """Prefetch each snippet's links to live, public roles (one query for the whole page)."""
    links = (
        role_link_model(snippets.model)
        .objects.filter(page__in=readable_pages())
        .select_related("page")
        .order_by("page__title", "page_id")
    )
    return snippets.prefetch_related(Prefetch("role_links", queryset=links, to_attr="public_role_links"))


def linked_from_role(snippets, field: str, role_slug: str):
    linked = (
        role_link_model(snippets.model).objects.filter(page__in=readable_pages().filter(slug=role_slug)).values(field)
    )
    return snippets.filter(pk__in=linked)


def role_links(snippet, request: HttpRequest) -> list[dict]:
    return [
        {"slug": link.page.slug, "title": link.page.title, "url": link.page.get_full_url(request)}
        for link in snippet.public_role_links
    ]


def course_out(course: Course, request: HttpRequest) -> dict:
    return {
        "id": course.pk,
        "title": course.title,
        "provider": course.provider,
        "format": course.format,
        "url": course.url or None,
        "description": expand_db_html(course.description),
        "last_reviewed": course.last_reviewed,
        "roles": role_links(course, request),
    }


def certification_out(certification: Certification, request: HttpRequest) -> dict:
    return {
        "id": certification.pk,
        "name": certification.name,
        "issuer": certification.issuer,
        "url": certification.url or None,
        "description": expand_db_html(certification.description),
        "last_reviewed": certification.last_reviewed,
        "roles": role_links(certification, request),
    }


@courses_router.get(
    "", response={200: CourseList, **error_responses()}, summary="List live courses", operation_id="list_courses"
)
def list_courses(request: HttpRequest, filters: Query[CourseFilters]):
    """Live courses by title, each with the published role guides that recommend it."""
    courses = Course.objects.live().order_by("title", "pk")
    if filters.format:
        courses = courses.filter(format=filters.format)
    if filters.role:
        courses = linked_from_role(courses, "course_id", filters.role)
    page = paginate(request, with_public_roles(courses), filters)
    page["results"] = [course_out(course, request) for course in page["results"]]
    return page


@certifications_router.get(
    "",
    response={200: CertificationList, **error_responses()},
    summary="List live certifications",
    operation_id="list_certifications",
)
def list_certifications(request: HttpRequest, filters: Query[CertificationFilters]):
    """Live certifications by name, each with the published role guides that list it."""
    certifications = Certification.objects.live().order_by("name", "pk")
    if filters.role:
        certifications = linked_from_role(certifications, "certification_id", filters.role)
    page = paginate(request, with_public_roles(certifications), filters)
    page["results"] = [certification_out(certification, request) for certification in page["results"]]
    return page


COURSE_SEARCH = SearchSource(
    type="course",
    key="courses",
    heading="Courses",
    public=Course.objects.live,
    title=lambda course: course.title,
    summary=lambda course: plain_summary(course.description),
    url=lambda course, request: course.url or None,
    meta=lambda course: " · ".join(part for part in (course.get_format_display(), course.provider) if part),
)
CERTIFICATION_SEARCH = SearchSource(
    type="certification",
    key="certifications",
    heading="Certifications",
    public=Certification.objects.live,
    title=lambda certification: certification.name,
    summary=lambda certification: plain_summary(certification.description),
    url=lambda certification, request: certification.url or None,
    meta=lambda certification: certification.issuer,
)
