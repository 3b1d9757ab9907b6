"""GET /api/v1/search?q=: one relevance-ordered list across every public content type."""

from typing import Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from pydantic import field_validator

from core.api.errors import error_responses
from core.api.pagination import ListPage, PageParams, paginate
from core.search import search_source, sources, suggest
from core.search_candidates import LISTED
from core.search_input import clean_query_text, search_or_nothing
from roles.api.schemas import NO_CONTROL_CHARACTERS, no_control_characters

SEARCH_SOURCES = sources()
MAX_SEARCH_OFFSET = 1000

SearchType = Literal[tuple(source.type for source in SEARCH_SOURCES)]

router = Router()


class SearchParams(PageParams):
    q: str = Field(
        min_length=1, max_length=200, json_schema_extra=NO_CONTROL_CHARACTERS, description="What to search for."
    )
    type: SearchType | None = Field(None, description="Only results of this type.")
    offset: int = Field(
        0, ge=0, le=MAX_SEARCH_OFFSET, description=f"How many results to skip (at most {MAX_SEARCH_OFFSET})."
    )

    _no_control_characters = field_validator("q")(no_control_characters)


class SearchHit(Schema):
    type: SearchType
    title: str
    summary: str = Field(description="Plain text, at most 300 characters.")
    url: str | None = Field(
        description="Absolute URL: the public page for roles and paths, the provider's or issuer's page for courses and certifications."
    )


class SearchResults(ListPage):
    results: list[SearchHit]
    count_is_capped: bool = Field(
        False,
        description=f"True when some type has more than {LISTED:,} matches: count then counts {LISTED:,} of them, "
        "and only those are listed.",
    )
    suggestion: str | None = Field(
        None,
        description="'Did you mean …': q with its misspelt words replaced by the closest words of titles, "
        "specialties and skills (PostgreSQL only), to offer as a new search; null when there is none.",
    )


@router.get(
    "",
    response={200: SearchResults, **error_responses()},
    summary="Search all published content",
    operation_id="search",
)
def search(request: HttpRequest, params: Query[SearchParams]):
    """Roles, paths, courses and certifications matching ``q``, best match first (relevance scores are comparable across types)."""
    query = clean_query_text(params.q)
    window = params.offset + params.limit
    count, capped, hits = 0, False, []
    for source in SEARCH_SOURCES:
        if not query or params.type not in (None, source.type):
            continue

        def run(source=source):
            found = search_source(source, query)
            return found.count(), found.more, [(score, source, result) for score, result in found.scored(0, window)]

        found_count, found_more, found_hits = search_or_nothing(run, (0, False, []))
        count += found_count
        capped = capped or found_more
        hits += found_hits
    hits.sort(key=lambda hit: hit[0], reverse=True)
    page = paginate(request, hits, params, count=count)
    page["results"] = [
        {
            "type": source.type,
            "title": source.title(found),
            "summary": source.summary(found),
            "url": source.url(found, request),
        }
        for _, source, found in page["results"]
    ]
    page["count_is_capped"] = capped
    page["suggestion"] = suggest(query) if query else None
    return page
