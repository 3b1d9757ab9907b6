"""GET /api/v1/roles: published role guides as summaries, with filters, ordering and paging.
GET /api/v1/roles/{slug}: one published guide in the import/export schema, with its links and review dates."""

from django.db.models import Case, F, IntegerField, Value, When
from django.http import HttpRequest
from ninja import Path, Query, Router

from config.api_caching import cached_for_content
from config.api_errors import NotFound, error_responses
from config.api_pagination import paginate
from home.search_sources import SearchSource
from paths.queries import public_paths_containing
from roles.api_schemas import PAGE_SLUG_PATTERN, RoleDetail, RoleFilters, RoleList
from roles.exporting import role_guide_from_page, with_guide_parts
from roles.models import RoleFamily, RolePage, RoleSkillTag
from roles.related import leads_to

router = Router()


def public_roles():
    """Live role pages that no view restriction hides: the only ones the API shows."""
    return RolePage.objects.live().public()


SUMMARY_COLUMNS = (
    "title", "slug", "url_path", "family__slug", "family__name", "specialty", "summary", "median_salary",
    "growth_outlook", "ai_impact_score", "entry_level", "last_reviewed",
)
"""The columns a summary reads (url_path builds the URL); the guide's long prose is not loaded."""


def role_url(role: RolePage, request: HttpRequest) -> str | None:
    return role.get_full_url(request)


def role_summary(role: RolePage, request: HttpRequest) -> dict:
    return {
        "slug": role.slug,
        "title": role.title,
        "family": {"slug": role.family.slug, "name": role.family.name} if role.family else None,
        "specialty": role.specialty,
        "summary": role.summary,
        "median_salary": role.median_salary,
        "growth_outlook": role.growth_outlook or None,
        "ai_impact_score": role.ai_impact_score,
        "ai_impact_label": role.ai_impact_label,
        "entry_level": role.entry_level,
        "last_reviewed": role.last_reviewed,
        "url": role_url(role, request),
    }


def filter_roles(roles, filters: RoleFilters):
    """Apply every filter that was given; each is a plain column or subquery test, so paging stays one query."""
    if filters.family:
        roles = roles.filter(family__in=RoleFamily.objects.filter(slug=filters.family))
    if filters.entry_level is not None:
        roles = roles.filter(entry_level=filters.entry_level)
    if filters.growth_outlook:
        roles = roles.filter(growth_outlook=filters.growth_outlook)
    if filters.ai_impact_min is not None:
        roles = roles.filter(ai_impact_score__gte=filters.ai_impact_min)
    if filters.ai_impact_max is not None:
        roles = roles.filter(ai_impact_score__lte=filters.ai_impact_max)
    if filters.salary_min is not None:
        roles = roles.filter(median_salary__gte=filters.salary_min)
    if filters.salary_max is not None:
        roles = roles.filter(median_salary__lte=filters.salary_max)
    if filters.skill:
        tagged = RoleSkillTag.objects.filter(tag__slug=filters.skill.lower()) | RoleSkillTag.objects.filter(
            tag__name__iexact=filters.skill
        )
        roles = roles.filter(id__in=tagged.values("content_object_id"))
    return roles


def order_roles(roles, ordering: str):
    """Order by one key, unknown (null) figures last, then by title and id so pages never overlap."""
    field = F(ordering.removeprefix("-"))
    key = field.desc(nulls_last=True) if ordering.startswith("-") else field.asc(nulls_last=True)
    return roles.order_by(key, "title", "pk")


def search_ids(roles, query: str) -> list[int]:
    """Ids of ``roles`` matching ``query``, most relevant first (one query, ids only)."""
    return [role.pk for role in roles.only("pk").search(query)]


def order_by_position(roles, ids: list[int]):
    """Keep the order of ``ids`` (relevance)."""
    if not ids:
        return roles
    position = Case(*(When(pk=pk, then=Value(index)) for index, pk in enumerate(ids)), output_field=IntegerField())
    return roles.order_by(position)


@router.get("", response={200: RoleList, **error_responses()}, summary="List published role guides", operation_id="list_roles")
def list_roles(request: HttpRequest, filters: Query[RoleFilters]):
    """Summaries of published role guides. Filters combine with AND; unknown figures never match a range."""
    public = public_roles()
    roles = filter_roles(public.select_related("family").only(*SUMMARY_COLUMNS), filters)
    if filters.q:
        ids = search_ids(public, filters.q)
        roles = roles.filter(pk__in=ids)
        roles = order_roles(roles, filters.ordering) if filters.ordering else order_by_position(roles, ids)
    else:
        roles = order_roles(roles, filters.ordering or "title")
    page = paginate(request, roles, filters)
    page["results"] = [role_summary(role, request) for role in page["results"]]
    return page


def transition_sources(page: RolePage, request: HttpRequest) -> list[dict]:
    """The source roles the public guide links (live and public, see ``with_guide_parts``), each once."""
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
    slug: Path[str, {"max_length": 255, "pattern": PAGE_SLUG_PATTERN, "description": "The guide's slug, as in its URL."}],
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


def role_detail(slug: str, request: HttpRequest) -> RoleDetail | None:
    """The detail of the published, public guide with this slug, or None."""
    page = with_guide_parts(public_roles().filter(slug=slug), public_only=True).order_by("path").first()
    if page is None:
        return None
    return RoleDetail(
        guide=role_guide_from_page(page, public_only=True),
        url=role_url(page, request),
        ai_impact_label=page.ai_impact_label,
        transition_sources=transition_sources(page, request),
        leads_to=[
            {"slug": dest.role.slug, "title": dest.role.title, "url": role_url(dest.role, request)} for dest in leads_to(page)
        ],
        paths=[
            {"slug": path.slug, "title": path.title, "url": path.get_full_url(request)}
            for path in public_paths_containing(page).only("title", "slug", "url_path")
        ],
        last_reviewed=page.last_reviewed,
        next_review_due=page.next_review_due,
    )


ROLE_SEARCH = SearchSource(
    type="role", public=public_roles, title=lambda role: role.title, summary=lambda role: role.summary, url=role_url
)
