"""Request and response shapes of the roles endpoints.

The detail embeds the guide exactly as the import/export file writes it (``roles.import_export.format.RoleGuide``)
and adds what only a published page has: its URL, derived label, paths and review dates.
"""

from datetime import date
from typing import Literal

from ninja import Field, Schema
from pydantic import field_validator
from pydantic_core import PydanticCustomError

from core.api.pagination import ListPage, PageParams
from core.api.schemas import SLUG_PATTERN, RoleLink
from core.search_candidates import LISTED
from occupations.api_schemas import OccupationStatisticsOut
from roles.import_export.format import RoleGuide
from roles.presentation.figures import IMPACT_BANDS, GrowthOutlook
from roles.querysets import ORDERINGS

NO_CONTROL_CHARACTERS = {"pattern": r"^[^\x00-\x1f]*$"}
"""Documents in OpenAPI what ``no_control_characters`` enforces (with a clearer message than a pattern error)."""
MAX_SALARY = 10_000_000

AiImpactLabel = Literal[tuple(label for _, label in reversed(IMPACT_BANDS))]
RoleOrdering = Literal[ORDERINGS]

MAX_ID = 2**63 - 1
"""The largest id a database row can have (a 64-bit integer); larger values are a 422, not a database error."""


def no_control_characters(value: str | None) -> str | None:
    """Reject NUL and other control characters, which no real query contains."""
    if value is not None and any(ord(char) < 32 for char in value):
        raise PydanticCustomError("control_character", "Must not contain control characters.")
    return value


class FamilyOut(Schema):
    slug: str
    name: str


class RoleSummary(Schema):
    slug: str
    title: str
    family: FamilyOut | None
    specialty: str
    summary: str
    median_salary: int | None = Field(description="Median yearly salary, whole US dollars; null until verified.")
    growth_outlook: GrowthOutlook | None
    ai_impact_score: int | None = Field(description="0-100; null until scored.")
    ai_impact_label: AiImpactLabel | None = Field(
        description="Derived from the score: 0-24 Low, 25-49 Moderate, 50-74 High, 75-100 Very high."
    )
    entry_level: bool | None = Field(description="Can a career start here? Null when not yet verified.")
    last_reviewed: date | None = Field(description="When an editor last checked every fact in the guide.")
    url: str | None = Field(description="Absolute URL of the public guide.")


class RoleList(ListPage):
    results: list[RoleSummary]
    count_is_capped: bool = Field(
        False,
        description=f"True when `q` matched more guides than are listed ({LISTED:,}): count is then a lower bound.",
    )


class PathLink(Schema):
    """A pointer to a published packaged path."""

    slug: str
    title: str
    url: str | None = Field(description="Absolute URL of the public path page.")


class RoleDetail(Schema):
    guide: RoleGuide = Field(
        description="The whole guide, in exactly the shape `manage.py export_roles` writes (one element of its "
        "`roles` list). Only published content: non-live courses and certifications are left out, and a "
        "transition names its source role by `from_role_slug` only when that guide is published and public."
    )
    url: str | None = Field(description="Absolute URL of the public guide.")
    ai_impact_label: AiImpactLabel | None = Field(
        description="Derived from guide.ai_impact_score: 0-24 Low, 25-49 Moderate, 50-74 High, 75-100 Very high."
    )
    transition_sources: list[RoleLink] = Field(
        description="The published guides that guide.transition_paths link by from_role_slug, each once, in transition order."
    )
    leads_to: list[RoleLink] = Field(
        default_factory=list,
        description="The published guides whose transition paths start at this role (where it leads), by title, each once.",
    )
    paths: list[PathLink] = Field(description="Published packaged paths that include this role, by title.")
    last_reviewed: date | None = Field(description="When an editor last checked every fact in the guide.")
    next_review_due: date | None = Field(
        description="When the next check is planned; null until the guide is first reviewed."
    )
    official_statistics: list[OccupationStatisticsOut] = Field(
        default_factory=list,
        description="Official BLS figures for the occupations the guide links to, in the editor's order; "
        "not part of the import/export format (`guide`).",
    )


class RoleFilters(PageParams):
    family: str | None = Field(
        None, max_length=120, pattern=SLUG_PATTERN, description="Role family slug, e.g. 'applied-ai'."
    )
    entry_level: bool | None = Field(
        None, description="true: roles a career can start in; false: roles that need experience."
    )
    growth_outlook: GrowthOutlook | None = Field(None, description="Expected demand.")
    ai_impact_min: int | None = Field(None, ge=0, le=100, description="Lowest AI-impact score, 0-100.")
    ai_impact_max: int | None = Field(
        None, ge=0, le=100, description="Highest AI-impact score, 0-100; at least ai_impact_min."
    )
    salary_min: int | None = Field(None, ge=0, le=MAX_SALARY, description="Lowest median salary, whole US dollars.")
    salary_max: int | None = Field(None, ge=0, le=MAX_SALARY, description="Highest median salary; at least salary_min.")
    skill: str | None = Field(
        None,
        min_length=1,
        max_length=100,
        json_schema_extra=NO_CONTROL_CHARACTERS,
        description="A skill tag, by slug or name, e.g. 'python'.",
    )
    course: int | None = Field(None, ge=1, le=MAX_ID, description="A course's id: only the roles that recommend it.")
    certification: int | None = Field(
        None, ge=1, le=MAX_ID, description="A certification's id: only the roles that list it."
    )
    q: str | None = Field(
        None,
        max_length=200,
        json_schema_extra=NO_CONTROL_CHARACTERS,
        description="Full-text search; results are ordered by relevance unless ordering is given.",
    )
    ordering: RoleOrdering | None = Field(
        None,
        description="Sort key, '-' for descending; unknown figures sort last. Default: title, or relevance with q.",
    )

    _no_control_characters = field_validator("skill", "q")(no_control_characters)

    @field_validator("ai_impact_max")
    @classmethod
    def impact_range_is_ordered(cls, value, info):
        return _at_least(value, info.data.get("ai_impact_min"), "ai_impact_min")

    @field_validator("salary_max")
    @classmethod
    def salary_range_is_ordered(cls, value, info):
        return _at_least(value, info.data.get("salary_min"), "salary_min")


def _at_least(value: int | None, lower: int | None, lower_name: str) -> int | None:
    if value is not None and lower is not None and value < lower:
        raise PydanticCustomError(
            "range_inverted", "Must be at least {lower_name} ({lower}).", {"lower_name": lower_name, "lower": lower}
        )
    return value
