"""GET /api/v1/courses and /api/v1/certifications: live snippets, each with the published roles that use it."""

from django.http import HttpRequest
from django.urls import reverse
from ninja import Query, Router
from wagtail.rich_text import expand_db_html

from core.api.errors import error_responses
from core.api.pagination import paginate
from core.search import SearchSource, plain_summary
from core.visibility import readable_pages
from courses.api_schemas import CertificationFilters, CertificationList, CourseFilters, CourseList
from courses.listings import role_total, with_public_roles
from courses.models import Certification, Course, role_link_model

courses_router = Router()
certifications_router = Router()


def linked_from_role(snippets, field: str, role_slug: str):
    linked = (
        role_link_model(snippets.model).objects.filter(page__in=readable_pages().filter(slug=role_slug)).values(field)
    )
    return snippets.filter(pk__in=linked)


def role_links(snippet, request: HttpRequest) -> dict:
    """The first ``ROLES_SHOWN`` published guides that link ``snippet`` (by title), how many do, and the
    role list filtered on it, which lists them all."""
    total = role_total(snippet)
    filtered = f"{reverse('api-v1:list_roles')}?{snippet._meta.model_name}={snippet.pk}"
    return {
        "roles": [
            {"slug": link.page.slug, "title": link.page.title, "url": link.page.get_full_url(request)}
            for link in snippet.public_role_links
        ],
        "role_count": total,
        "all_roles_url": request.build_absolute_uri(filtered) if total > len(snippet.public_role_links) else None,
    }


def course_out(course: Course, request: HttpRequest) -> dict:
    return {
        "id": course.pk,
        "title": course.title,
        "provider": course.provider,
        "format": course.format,
        "url": course.url or None,
        "description": expand_db_html(course.description),
        "last_reviewed": course.last_reviewed,
        **role_links(course, request),
    }


def certification_out(certification: Certification, request: HttpRequest) -> dict:
    return {
        "id": certification.pk,
        "name": certification.name,
        "issuer": certification.issuer,
        "url": certification.url or None,
        "description": expand_db_html(certification.description),
        "last_reviewed": certification.last_reviewed,
        **role_links(certification, request),
    }


@courses_router.get(
    "", response={200: CourseList, **error_responses()}, summary="List live courses", operation_id="list_courses"
)
def list_courses(request: HttpRequest, filters: Query[CourseFilters]):
    """Live courses by title, each with the first published role guides that recommend it and how many do."""
    courses = Course.objects.live().order_by("title", "pk")
    if filters.format:
        courses = courses.filter(format=filters.format)
    if filters.role:
        courses = linked_from_role(courses, "course_id", filters.role)
    page = paginate(request, courses, filters, public=True)
    page["results"] = [course_out(course, request) for course in with_public_roles(page["results"], Course)]
    return page


@certifications_router.get(
    "",
    response={200: CertificationList, **error_responses()},
    summary="List live certifications",
    operation_id="list_certifications",
)
def list_certifications(request: HttpRequest, filters: Query[CertificationFilters]):
    """Live certifications by name, each with the first published role guides that list it and how many do."""
    certifications = Certification.objects.live().order_by("name", "pk")
    if filters.role:
        certifications = linked_from_role(certifications, "certification_id", filters.role)
    page = paginate(request, certifications, filters, public=True)
    results = with_public_roles(page["results"], Certification)
    page["results"] = [certification_out(certification, request) for certification in results]
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
