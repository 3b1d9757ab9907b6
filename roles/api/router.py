"""GET /api/v1/roles: published role guides as summaries, with filters, ordering and paging.
GET /api/v1/roles/{slug}: one published guide in the import/export schema, with its links and review dates."""

from django.http import HttpRequest
from django.utils import timezone
from ninja import Path, Query, Router
from wagtail.models import Page

from core.api.caching import cached_for_content
from core.api.errors import NotFound, error_responses
from core.api.pagination import paginate
from core.api.schemas import PAGE_SLUG_PATTERN
from core.compiled import CompiledQuery
from core.page_urls import full_url_of
from core.search import SearchSource, search_within
from core.search_input import clean_query_text, search_or_nothing
from core.visibility import readable_through, restricted_sections
from reviews.status import ReviewSettings, annotate_review_status
from roles.api.schemas import RoleDetail, RoleFilters, RoleList
from roles.import_export.exporting import fold_guide_parts, role_guide_from_page
from roles.models import RolePage
from roles.presentation.figures import ai_impact_label
from roles.presentation.official_statistics import official_statistics_out
from roles.presentation.related import leads_to
from roles.querysets import RoleCriteria

router = Router()


def public_roles():
    """Live role pages that no view restriction hides: the only ones the API shows."""
    return RolePage.objects.readable()


SUMMARY_COLUMNS = (
    "pk",
    "title",
    "slug",
    "url_path",
    "family__slug",
    "family__name",
    "specialty",
    "summary",
    "median_salary",
    "growth_outlook",
    "ai_impact_score",
    "entry_level",
    "last_reviewed",
)
"""The columns a summary reads, as a row (url_path builds the URL); neither the guide's long prose nor a guide
object (building 20 of them cost the list more than its own query)."""


def role_url(role: RolePage, request: HttpRequest) -> str | None:
    return role.get_full_url(request)


def role_summary(row: dict, request: HttpRequest) -> dict:
    """A guide's summary from its ``SUMMARY_COLUMNS`` row."""
    return {
        "slug": row["slug"],
        "title": row["title"],
        "family": {"slug": row["family__slug"], "name": row["family__name"]} if row["family__slug"] else None,
        "specialty": row["specialty"],
        "summary": row["summary"],
        "median_salary": row["median_salary"],
        "growth_outlook": row["growth_outlook"] or None,
        "ai_impact_score": row["ai_impact_score"],
        "ai_impact_label": ai_impact_label(row["ai_impact_score"]),
        "entry_level": row["entry_level"],
        "last_reviewed": row["last_reviewed"],
        "url": full_url_of(row["url_path"], request),
    }


def criteria(filters: RoleFilters) -> RoleCriteria:
    return RoleCriteria(**{name: getattr(filters, name) for name in RoleCriteria.__dataclass_fields__})


def relevance_ids(roles, query: str) -> tuple[list[int], bool]:
    """The ids of ``roles`` matching ``query``, best first (``core.search_candidates``), and whether more match."""
    # The filters as an id subquery: Wagtail's search accepts only its declared filter fields.
    found = search_within(public_roles().filter(pk__in=roles.values("pk")), query)
    return found.ordered_ids(), found.more


@router.get(
    "", response={200: RoleList, **error_responses()}, summary="List published role guides", operation_id="list_roles"
)
def list_roles(request: HttpRequest, filters: Query[RoleFilters]):
    """Summaries of published role guides. Filters combine with AND; unknown figures never match a range."""
    roles = public_roles().matching(criteria(filters))
    summaries = roles.values(*SUMMARY_COLUMNS)
    query = clean_query_text(filters.q)
    if not query:
        page = paginate(request, summaries.ordered(filters.ordering or "title"), filters, public=True)
        return {**page, "results": [role_summary(role, request) for role in page["results"]]}
    ids, capped = search_or_nothing(lambda: relevance_ids(roles, query), ([], False))
    if filters.ordering:
        page = paginate(request, summaries.filter(pk__in=ids).ordered(filters.ordering), filters, public=True)
    else:  # relevance: page the ordered ids, then load that page's summaries
        page = paginate(request, ids, filters)
        by_id = {row["pk"]: row for row in summaries.filter(pk__in=page["results"])}
        page["results"] = [by_id[pk] for pk in page["results"] if pk in by_id]
    page["results"] = [role_summary(role, request) for role in page["results"]]
    return {**page, "count_is_capped": capped}


def transition_sources(page: RolePage, request: HttpRequest) -> list[dict]:
    """The source roles the public guide links (live and public, see ``fold_guide_parts``), each once."""
    linked = {path.from_role_id: path.from_role for path in page.transitions.all() if path.from_role_is_public}
    return [{"slug": role.slug, "title": role.title, "url": role_url(role, request)} for role in linked.values()]


@router.get(
    "/{slug}",
    response={200: RoleDetail, **error_responses(404)},
    summary="Get one published role guide",
    operation_id="get_role",
)
def get_role(
    request: HttpRequest,
    slug: Path[
        str, {"max_length": 255, "pattern": PAGE_SLUG_PATTERN, "description": "The guide's slug, as in its URL."}
    ],
):
    """The whole guide in the import/export schema, plus its URL, the paths that include it and its review dates.

    404 for a slug no published, public guide has (drafts and view-restricted guides included).
    The number of database queries does not depend on how many bands, transitions or courses the guide has;
    the answer is cached until published content next changes (``cached_for_content``).
    """
    detail = cached_for_content(request, f"role-detail:{slug}", lambda: role_detail(slug, request))
    if detail is None:
        raise NotFound(f"No published role guide has the slug '{slug}'.", loc=("path", "slug"))
    return detail


def paths_containing(role: RolePage) -> list:
    """The published packaged paths that include this guide, by title (one query, built once per process and
    view restrictions: ``core.compiled``)."""
    return _PATHS_CONTAINING.run(restricted_sections(), role.pk)


def _paths_containing(sections, role_id: int):
    # ``path_memberships`` is the paths app's reverse relation: roles sits below paths and does not import it.
    memberships = RolePage._meta.get_field("path_memberships").related_model.objects.filter(role_id=role_id)
    readable = Page.objects.filter(readable_through("", sections), pk__in=memberships.values("page_id"))
    return readable.order_by("title", "pk").only("title", "slug", "url_path")


_PATHS_CONTAINING = CompiledQuery(_paths_containing, int)


def _guide_with_review_status(shape, slug: str):
    sections, settings, today = shape
    found = RolePage.objects.filter(readable_through("", sections), slug=slug).select_related("family")
    return annotate_review_status(found.order_by("path"), settings, today)[:1]  # review_due: no query of its own


GUIDE_WITH_REVIEW_STATUS = CompiledQuery(_guide_with_review_status, str)


def role_detail(slug: str, request: HttpRequest) -> RoleDetail | None:
    """The detail of the published, public guide with this slug, or None."""
    shape = (restricted_sections(), ReviewSettings.load(), timezone.localdate())
    found = GUIDE_WITH_REVIEW_STATUS.run(shape, slug)
    if not found:
        return None
    page = found[0]
    fold_guide_parts(page, public_only=True)
    return RoleDetail(
        guide=role_guide_from_page(page, public_only=True),
        url=role_url(page, request),
        ai_impact_label=page.ai_impact_label,
        transition_sources=transition_sources(page, request),
        leads_to=[
            {"slug": dest.slug, "title": dest.title, "url": full_url_of(dest.url_path, request)}
            for dest in leads_to(page)
        ],
        paths=[
            {"slug": path.slug, "title": path.title, "url": path.get_full_url(request)}
            for path in paths_containing(page)
        ],
        last_reviewed=page.last_reviewed,
        next_review_due=page.review_due,
        official_statistics=official_statistics_out(page),
    )


ROLE_SEARCH = SearchSource(
    type="role",
    key="roles",
    heading="Role guides",
    public=lambda: public_roles().select_related("family"),
    title=lambda role: role.title,
    summary=lambda role: role.summary,
    url=role_url,
    meta=lambda role: role.family.name if role.family else "",
    suggests=True,
)
