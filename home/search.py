"""Site search: Wagtail's PostgreSQL full-text backend across every public content type.

Each searchable type is one `SearchSection` in `SECTIONS`; adding a type is one
more entry. Sections are searched independently so results
stay grouped by type and each group counts and pages on its own.
"""

from dataclasses import dataclass
from typing import Callable

from django.core.paginator import Paginator
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.search.backends import get_search_backend

from config.search_input import clean_query_text, search_or_nothing
from courses.models import Certification, Course
from paths.models import PackagedPathPage
from roles.models import RolePage

MAX_QUERY_LENGTH = 200
PREVIEW_SIZE = 5
PER_PAGE = 10


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    summary: str
    meta: str = ""


@dataclass(frozen=True)
class SearchSection:
    key: str
    heading: str
    queryset: Callable[[], object]
    to_hit: Callable[[object], SearchHit]


def _role_hit(role) -> SearchHit:
    return SearchHit(title=role.title, url=role.url, summary=role.summary, meta=role.family.name if role.family else "")


def _path_hit(path) -> SearchHit:
    return SearchHit(title=path.title, url=path.url, summary=path.summary, meta="Packaged path")


def _course_hit(course) -> SearchHit:
    return SearchHit(
        title=course.title,
        url=course.url,
        summary=Truncator(strip_tags(course.description)).chars(240),
        meta=" · ".join(part for part in (course.get_format_display(), course.provider) if part),
    )


def _certification_hit(certification) -> SearchHit:
    return SearchHit(
        title=certification.name,
        url=certification.url,
        summary=Truncator(strip_tags(certification.description)).chars(240),
        meta=certification.issuer,
    )


SECTIONS = [
    SearchSection("roles", "Role guides", lambda: RolePage.objects.live().public().select_related("family"), _role_hit),
    SearchSection("paths", "Packaged paths", lambda: PackagedPathPage.objects.live().public(), _path_hit),
    SearchSection("courses", "Courses", lambda: Course.objects.live(), _course_hit),
    SearchSection("certifications", "Certifications", lambda: Certification.objects.live(), _certification_hit),
]
SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}


def clean_query(raw: str) -> tuple[str, bool]:
    """The query made safe (``clean_query_text``) and cut to MAX_QUERY_LENGTH; True when it was cut."""
    query = clean_query_text(raw)
    return query[:MAX_QUERY_LENGTH].strip(), len(query) > MAX_QUERY_LENGTH


@dataclass
class SectionResults:
    section: SearchSection
    total: int
    hits: list[SearchHit]
    page: object = None  # a paginator page when this section is shown on its own


def search_section(section: SearchSection, query: str, page_number=None) -> SectionResults:
    return search_or_nothing(lambda: _search_section(section, query, page_number), SectionResults(section=section, total=0, hits=[]))


def _search_section(section: SearchSection, query: str, page_number=None) -> SectionResults:
    results = get_search_backend().search(query, section.queryset(), operator="and")
    if page_number is None:
        hits = [section.to_hit(obj) for obj in results[:PREVIEW_SIZE]]
        return SectionResults(section=section, total=results.count(), hits=hits)
    page = Paginator(results, PER_PAGE).get_page(page_number)
    return SectionResults(section=section, total=page.paginator.count, hits=[section.to_hit(obj) for obj in page], page=page)


def search_all(query: str) -> list[SectionResults]:
    return [search_section(section, query) for section in SECTIONS]
