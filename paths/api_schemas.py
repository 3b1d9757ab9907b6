"""Request and response shapes of the packaged-path endpoints."""

from datetime import date

from ninja import Field, Schema

from core.api.pagination import ListPage, PageParams
from core.api.schemas import PAGE_SLUG_PATTERN
from courses.models import CourseFormat


class CompensationDeltaOut(Schema):
    """From the first role's median salary to the last role's, published guides only; or why it cannot be computed."""

    amount_usd: int | None = Field(
        description="Last median minus first, whole US dollars (negative for a fall); null when not computed."
    )
    percent: float | None = Field(
        description="The amount as a percentage of the first median, one decimal; null when not computed or the first median is $0."
    )
    formula: str | None = Field(
        description="The computation in words, e.g. \"from Software Engineer's median ($150,000) to AI Engineer's median ($175,000)\"."
    )
    reason: str | None = Field(
        description="Why the delta cannot be computed yet (names the role); null when it is computed."
    )


class PathSummary(Schema):
    slug: str
    title: str
    summary: str
    roles_count: int = Field(description="How many roles the path runs through.")
    total_weeks: int | None = Field(
        description="Sum of the curriculum steps' estimated weeks; null while any step has no estimate."
    )
    compensation_delta: CompensationDeltaOut
    last_reviewed: date | None = Field(description="When an editor last checked the path.")
    url: str | None = Field(description="Absolute URL of the public path page.")


class PathList(ListPage):
    results: list[PathSummary]


class PathRoleOut(Schema):
    """One role of the path, in the editor's order. Only published, public guides are linked."""

    title: str
    note: str = Field(description="Why this step: what the reader gains here.")
    slug: str | None = Field(
        description="The guide's slug (for /api/v1/roles/{slug}); null while the guide is not published."
    )
    url: str | None = Field(description="Absolute URL of the public guide; null while it is not published.")


class CourseLink(Schema):
    """A live course: enough to show and find it (the full record is in /api/v1/courses)."""

    id: int
    title: str
    provider: str
    format: CourseFormat
    url: str | None = Field(description="The provider's page; null when unknown.")


class CurriculumStepOut(Schema):
    title: str = Field(description="The live course's title, else the step's own title.")
    description: str
    weeks: int | None = Field(description="Estimated weeks of part-time study; null when not estimated yet.")
    course: CourseLink | None = Field(
        description="The live course this step follows; null for a free-text step or an unpublished course."
    )


class PathDetail(PathSummary):
    duration_reason: str | None = Field(
        description="Why total_weeks is null (names the steps without an estimate); null when it is known."
    )
    roles: list[PathRoleOut] = Field(description="From where people start to the role they move into.")
    curriculum: list[CurriculumStepOut] = Field(description="The curriculum, in order.")
    recommended_courses: list[CourseLink] = Field(description="Further live courses, in the editor's order.")
    next_review_due: date | None = Field(
        description="When the next check is planned; null until the path is first reviewed."
    )


class PathFilters(PageParams):
    role: str | None = Field(
        None,
        max_length=255,
        pattern=PAGE_SLUG_PATTERN,
        description="Only paths that include this published role guide, by its slug.",
    )
