"""Site search: Wagtail's PostgreSQL full-text backend across every public content type.

Each searchable type is one ``SearchSource`` its app registers (``core.search``),
the same ones the API searches. Sections are searched independently so results
stay grouped by type and each group counts and pages on its own.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator

from core.search import SearchSource, search_source, sources
from core.search_input import clean_query_text, search_or_nothing

MAX_QUERY_LENGTH = 200
PREVIEW_SIZE = 5
PER_PAGE = 10


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    summary: str
    meta: str = ""


def to_hit(source: SearchSource, found) -> SearchHit:
    return SearchHit(title=source.title(found), url=found.url, summary=source.summary(found), meta=source.meta(found))


SECTIONS = sources()
SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}


def clean_query(raw: str) -> tuple[str, bool]:
    """The query made safe (``clean_query_text``) and cut to MAX_QUERY_LENGTH; True when it was cut."""
    query = clean_query_text(raw)
    return query[:MAX_QUERY_LENGTH].strip(), len(query) > MAX_QUERY_LENGTH


@dataclass
class SectionResults:
    section: SearchSource
    total: int
    hits: list[SearchHit]
    page: object = None  # a paginator page when this section is shown on its own
    more: bool = False
    """Whether more match than are counted and listed (``core.search_candidates.LISTED``)."""


def search_section(section: SearchSource, query: str, page_number=None) -> SectionResults:
    nothing = SectionResults(section=section, total=0, hits=[])
    return search_or_nothing(lambda: _search_section(section, query, page_number), nothing)


def _search_section(section: SearchSource, query: str, page_number=None) -> SectionResults:
    found = search_source(section, query)
    if page_number is None:
        hits = [to_hit(section, result) for result in found[:PREVIEW_SIZE]]
        return SectionResults(section=section, total=found.count(), hits=hits, more=found.more)
    page = Paginator(found, PER_PAGE).get_page(page_number)
    hits = [to_hit(section, result) for result in page]
    return SectionResults(section=section, total=found.count(), hits=hits, page=page, more=found.more)


def search_all(query: str) -> list[SectionResults]:
    return [search_section(section, query) for section in SECTIONS]
