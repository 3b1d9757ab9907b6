"""The public JSON shape of a role guide: the import/export file format and the API's role detail.

One set of pydantic models, validated strictly (no silent type coercion, unknown keys rejected) and
mirroring the model rules, so a file that validates here can be written without database errors.
Rich-text fields end in ``_html``: front-end HTML on the way out, sanitised to the field's rich-text
features on the way in (see ``roles.import_export.rich_text``). Every other string is plain text.
"""

import datetime
import re
from typing import Annotated, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator
from django.utils import timezone
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from courses.models import CourseFormat
from roles.presentation.figures import GrowthOutlook

# Database limits of the fields the schema writes to.
MAX_POSITIVE_INT = 2_147_483_647
MAX_SMALL_INT = 32_767

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_http_url_validator = URLValidator(schemes=["http", "https"])


def _require_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


def _require_http_url(value: str) -> str:
    try:
        _http_url_validator(value)
    except DjangoValidationError:
        raise ValueError("must be a full http:// or https:// URL") from None
    return value


def _parse_iso_date(value: object) -> object:
    """Dates travel as 'YYYY-MM-DD' strings; anything else is left for strict validation to reject."""
    if not isinstance(value, str):
        return value
    try:
        parsed = datetime.date.fromisoformat(value) if ISO_DATE.fullmatch(value) else None
    except ValueError:  # a well-formed but impossible date, e.g. 2026-02-30
        parsed = None
    if parsed is None:
        raise ValueError("must be a date written YYYY-MM-DD")
    return parsed


def _not_in_future(value: datetime.date) -> datetime.date:
    if value > timezone.localdate():
        raise ValueError("cannot be in the future")
    return value


def field_error(model: str, field: str, message: str, value: object) -> ValidationError:
    """A validation error attached to one field, for checks that compare several fields."""
    return ValidationError.from_exception_data(
        model, [InitErrorDetails(type=PydanticCustomError("invalid", message), loc=(field,), input=value)]
    )


def error_path(loc: tuple) -> str:
    """A pydantic error location as a path: ``("roles", 0, "salary_bands", 2, "min_usd")`` is
    ``roles[0].salary_bands[2].min_usd``."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc).lstrip(".")


def check_years(model: str, years_min: int | None, years_max: int | None) -> None:
    if years_min is not None and years_max is not None and years_min > years_max:
        raise field_error(model, "years_min", "must be <= years_max", years_min)


def reject_duplicates(model: str, field: str, keys: list, label: str, key_field: str | None = None) -> None:
    """Raise an error at ``field[i]`` (or ``field[i].key_field``) for every key that repeats an earlier one."""
    first_index: dict[object, int] = {}
    errors = []
    for index, key in enumerate(keys):
        if key in first_index:
            message = f"duplicate {label} (same as {field}[{first_index[key]}])"
            loc = (field, index, key_field) if key_field else (field, index)
            errors.append(InitErrorDetails(type=PydanticCustomError("duplicate", message), loc=loc, input=key))
        else:
            first_index[key] = index
    if errors:
        raise ValidationError.from_exception_data(model, errors)


Text = Annotated[str, Field(min_length=1), AfterValidator(_require_text)]
"""A plain-text string with at least one non-space character."""

WebUrl = Annotated[
    str,
    Field(max_length=500, json_schema_extra={"format": "uri", "pattern": "^https?://"}),
    AfterValidator(_require_http_url),
]
"""An absolute http(s) URL, kept exactly as written (no normalisation)."""

IsoDate = Annotated[datetime.date, BeforeValidator(_parse_iso_date), AfterValidator(_not_in_future)]

Usd = Annotated[int, Field(ge=0, le=MAX_POSITIVE_INT, description="Whole US dollars per year.")]
YearsMin = Annotated[int | None, Field(ge=0, le=MAX_SMALL_INT, description="Fewest years of experience.")]
YearsMax = Annotated[
    int | None, Field(ge=0, le=MAX_SMALL_INT, description="Most years of experience; null means 'or more'.")
]

GrowthOutlookValue = Literal[tuple(GrowthOutlook.values)]
CourseFormatValue = Literal[tuple(CourseFormat.values)]


class Schema(BaseModel):
    """Strict base: types must match exactly and unknown keys are errors."""

    model_config = ConfigDict(strict=True, extra="forbid")


class RoleFamilyRef(Schema):
    """The family a role belongs to, matched by name."""

    name: Text = Field(max_length=120, description="The family's name, e.g. 'Applied AI'. Matched exactly on import.")
    description: str = Field(
        "", description="What roles in this family have in common. Used only when the family is created."
    )


class WeekSlot(Schema):
    """One part of an average week."""

    when: Text = Field(max_length=120, description="The part of the week, e.g. 'Wednesday morning'.")
    what: Text = Field(description="What the person typically does then.")


class SalaryBand(Schema):
    """Pay for one level of the role, whole US dollars per year."""

    level: Text = Field(max_length=120, description="The level's name, e.g. 'Junior IC'.")
    years_min: YearsMin = None
    years_max: YearsMax = None
    min_usd: Usd = Field(description="Bottom of the range.")
    max_usd: Usd = Field(description="Top of the range; at least min_usd.")
    notes: str = Field("", description="Where this band is found, what pushes a salary up, etc.")

    @model_validator(mode="after")
    def _check_ranges(self):
        check_years("SalaryBand", self.years_min, self.years_max)
        if self.min_usd > self.max_usd:
            raise field_error("SalaryBand", "min_usd", "must be <= max_usd", self.min_usd)
        return self


class LadderStep(Schema):
    """One step of the career ladder."""

    title: Text = Field(max_length=120, description="The step's job title, e.g. 'Senior AI Engineer'.")
    years_min: YearsMin = None
    years_max: YearsMax = None
    description: Text = Field(description="What the person owns at this step.")

    @model_validator(mode="after")
    def _check_years(self):
        check_years("LadderStep", self.years_min, self.years_max)
        return self


class TransitionPath(Schema):
    """A way into the role from another one."""

    from_role_slug: str | None = Field(
        None,
        pattern=r"^[-\w]+$",
        max_length=255,
        description="Slug of the role guide people come from. On import it links that role page when one exists "
        "(published or draft, in the database or earlier in the same file).",
    )
    from_role_name: str | None = Field(
        None,
        max_length=120,
        description="The source role's name. On export, the linked page's title when there is one. "
        "On import, kept as the name when from_role_slug matches no role page.",
    )
    typical_months: int = Field(
        ge=1, le=MAX_SMALL_INT, description="Typical months of deliberate work to make the move."
    )
    description: Text = Field(description="What carries over and what the gap is.")
    key_artifacts: list[Text] = Field(default_factory=list, description="Key artifacts to build, in order.")

    @model_validator(mode="after")
    def _check_source(self):
        if not self.from_role_slug and not (self.from_role_name or "").strip():
            raise field_error("TransitionPath", "from_role_name", "give from_role_slug or from_role_name", None)
        return self


class CourseRef(Schema):
    """A recommended course or book, matched by title and provider."""

    title: Text = Field(max_length=200, description="The title as its provider writes it.")
    provider: str = Field("", max_length=200, description="Who offers it: a school, a company, or a book's author.")
    format: CourseFormatValue = Field(CourseFormat.COURSE.value, description="What kind of resource it is.")
    url: WebUrl | None = Field(None, description="Where readers can find it.")
    description_html: str = Field("", description="Why it is worth a reader's time (rich text: bold, italic, links).")


class CertificationRef(Schema):
    """A representative certification, matched by name and issuer."""

    name: Text = Field(max_length=200, description="The name as its issuer writes it.")
    issuer: Text = Field(max_length=200, description="The organisation that grants it.")
    url: WebUrl | None = Field(None, description="The issuer's page for it.")
    description_html: str = Field("", description="What it proves and who it suits (rich text: bold, italic, links).")


class CompanyRef(Schema):
    """An employer that hires for the role, matched by name."""

    name: Text = Field(max_length=200, description="The employer's usual name.")
    url: WebUrl | None = Field(None, description="The employer's careers or home page.")


class SourceRef(Schema):
    """A dataset, report or framework the guide cites, matched by title."""

    title: Text = Field(max_length=255, description="The dataset, report or framework cited.")
    publisher: str = Field("", max_length=200, description="Who publishes it.")
    edition: str = Field("", max_length=120, description="Edition, version or date, e.g. 'May 2024'.")
    url: WebUrl | None = Field(None, description="Where readers can check it.")
    supports: str = Field("", max_length=300, description="What in the guide this source supports.")


class OccupationRef(Schema):
    """An official occupation the guide corresponds to, matched by its SOC 2018 code. The occupation must
    already exist (``import_occupations``); official figures are imported separately, never from this file."""

    soc_code: str = Field(pattern=r"^\d{2}-\d{4}$", description="The SOC 2018 code, e.g. '15-1252'.")
    note: str = Field("", max_length=255, description="How well it matches, e.g. 'closest match'.")


class FAQEntry(Schema):
    """A question a reader would ask, with its answer."""

    question: Text = Field(max_length=300, description="The question as a reader would ask it.")
    answer_html: Text = Field(description="A direct, complete answer (rich text: bold, italic, links, lists).")


class RoleGuide(Schema):
    """One role guide, complete. On import it replaces the whole guide of the role page with its slug."""

    slug: str = Field(
        min_length=1,
        max_length=255,
        pattern=r"^[-\w]+$",
        description="The page's URL slug (/roles/<slug>/): letters, digits, hyphens, underscores. The import key.",
    )
    title: Text = Field(max_length=255, description="The role's name, e.g. 'AI Engineer'.")
    seo_title: str = Field("", max_length=255, description="Title for search engines; empty uses the title.")
    search_description: str = Field("", description="Meta description; empty uses the summary.")
    family: RoleFamilyRef | None = Field(None, description="The family this role belongs to.")
    specialty: str = Field("", max_length=120, description="The specialty within the family, e.g. 'AI Engineering'.")
    summary: Text = Field(max_length=300, description="One or two sentences for cards, search results and meta tags.")
    skill_tags: list[Annotated[Text, Field(max_length=100)]] = Field(
        default_factory=list, description="Short skill names readers filter by. Exported in alphabetical order."
    )

    median_salary_usd: Usd | None = Field(None, description="Median yearly salary. null until verified.")
    growth_outlook: GrowthOutlookValue | None = Field(None, description="Expected demand over the next few years.")
    ai_impact_score: int | None = Field(
        None, ge=0, le=100, description="How strongly AI is expected to change the role, 0-100. The label is derived."
    )
    entry_level: bool | None = Field(
        None, description="Whether someone can start their career in this role; null if unknown."
    )

    ai_impact_outlook_html: str = Field("", description="How AI is changing the role (rich text).")
    ai_impact_methodology: str = Field("", description="One line on how the AI-impact forecast was made.")
    about_html: str = Field("", description="About the role (rich text).")

    responsibilities: list[Text] = Field(default_factory=list, description="What the role does, one item each.")
    average_week: list[WeekSlot] = Field(default_factory=list, description="An average week, in order.")
    required_skills: list[Text] = Field(default_factory=list, description="Required skills, most important first.")
    differentiators: list[Text] = Field(default_factory=list, description="What differentiates strong candidates.")

    salary_bands: list[SalaryBand] = Field(default_factory=list, description="Pay by level, in order.")
    salary_source_note: str = Field("", description="Where the salary bands come from.")

    career_ladder: list[LadderStep] = Field(default_factory=list, description="The career ladder, lowest step first.")
    transition_paths: list[TransitionPath] = Field(default_factory=list, description="Ways into the role.")

    courses: list[CourseRef] = Field(default_factory=list, description="Recommended courses, in order.")
    certifications: list[CertificationRef] = Field(default_factory=list, description="Representative certifications.")
    companies: list[CompanyRef] = Field(default_factory=list, description="Companies that hire for the role.")
    occupations: list[OccupationRef] = Field(
        default_factory=list, description="Official occupations (SOC codes) the guide corresponds to, in order."
    )
    faq: list[FAQEntry] = Field(default_factory=list, description="Questions and answers, in order.")

    methodology_html: str = Field("", description="How this guide was researched (rich text).")
    sources: list[SourceRef] = Field(default_factory=list, description="Sources cited, in order.")

    last_reviewed: IsoDate | None = Field(None, description="The day an editor last checked every fact (YYYY-MM-DD).")
    review_every_days: int | None = Field(
        None, ge=1, le=MAX_POSITIVE_INT, description="Review cadence in days; null uses the site default."
    )

    @model_validator(mode="after")
    def _check_no_duplicates(self):
        reject_duplicates("RoleGuide", "skill_tags", self.skill_tags, "skill tag")
        reject_duplicates(
            "RoleGuide", "courses", [(c.title, c.provider) for c in self.courses], "course (title and provider)"
        )
        reject_duplicates(
            "RoleGuide",
            "certifications",
            [(c.name, c.issuer) for c in self.certifications],
            "certification (name and issuer)",
        )
        reject_duplicates("RoleGuide", "companies", [c.name for c in self.companies], "company (name)")
        reject_duplicates("RoleGuide", "occupations", [o.soc_code for o in self.occupations], "occupation (SOC code)")
        reject_duplicates("RoleGuide", "sources", [s.title for s in self.sources], "source (title)")
        return self


class RoleGuideFile(Schema):
    """The documented file envelope: ``{"roles": [RoleGuide, ...]}``. Slugs are unique within a file."""

    roles: list[RoleGuide] = Field(min_length=1, description="The role guides, in the order they are written.")

    @model_validator(mode="after")
    def _check_unique_slugs(self):
        reject_duplicates("RoleGuideFile", "roles", [guide.slug for guide in self.roles], "slug", key_field="slug")
        return self
