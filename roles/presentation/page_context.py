"""What the public role page shows beyond the page's own fields, in a fixed number of queries.

Every related list is read once and materialised here, so the template never
queries and the count does not grow with the number of bands, steps, paths,
courses, certifications, companies, sources or FAQ entries. Relations are read
through the page's own managers, so a preview shows the editor's unsaved
items. Non-live courses and certifications are dropped; a transition links its
source role only while that role's page is live and public.
"""

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from django.utils.html import strip_tags

from core.compiled import CompiledQuery
from core.folding import fold
from core.page_urls import url_of
from core.visibility import readable_test
from roles.presentation.charts import SalarySeries, salary_chart
from roles.presentation.official_statistics import official_statistics


@dataclass(frozen=True)
class Transition:
    name: str
    url: str | None
    typical_months: int
    description: str
    key_artifacts: list[str]


@dataclass(frozen=True)
class SectionLink:
    anchor: str
    label: str


# The guide's sections in the reference's order: (anchor, "On this page" label).
SECTIONS = (
    ("ai-impact", "AI impact outlook"),
    ("about", "About the role"),
    ("responsibilities", "What the role does"),
    ("week", "An average week"),
    ("skills", "Required skills"),
    ("differentiators", "Differentiators"),
    ("salary", "Salary bands"),
    ("ladder", "Career ladder"),
    ("transitions", "Transition paths"),
    ("courses", "Recommended courses"),
    ("companies", "Companies that hire"),
    ("certifications", "Certifications"),
    ("faq", "Questions and answers"),
    ("methodology", "Methodology"),
    ("sources", "Sources"),
)


@lru_cache(maxsize=1024)
def _has_text(html: str) -> bool:
    """Whether rich text shows any text: parsing the HTML costs a guide tens of µs per field, so each text's answer
    is kept (by value) for the next request."""
    return bool(strip_tags(html or "").strip())


class _TransitionRow(NamedTuple):
    """A transition as shown, with what naming, testing and linking its source guide needs (not the guide)."""

    from_role_id: int | None
    from_role_name: str
    typical_months: int
    description: str
    key_artifacts: object  # a StreamValue
    title: str | None  # of the source guide, and so on
    live: bool | None
    path: str | None
    url_path: str | None


def _transitions_with_sources(_shape, page_id: int):
    from roles.models import TransitionPath  # the models import this module

    columns = [f"from_role__{name}" if name in _SOURCE_COLUMNS else name for name in _TransitionRow._fields]
    return TransitionPath.objects.filter(page_id=page_id).order_by("sort_order").values_list(*columns)


_SOURCE_COLUMNS = ("title", "live", "path", "url_path")
_TRANSITIONS_WITH_SOURCES = CompiledQuery(_transitions_with_sources, int)


def _preview_rows(page) -> list[_TransitionRow]:
    """The same rows from a preview's transitions, held in memory."""
    rows = []
    for path in page.transitions.select_related("from_role"):
        source = path.from_role if path.from_role_id else None
        rows.append(
            _TransitionRow(
                from_role_id=path.from_role_id,
                from_role_name=path.from_role_name,
                typical_months=path.typical_months,
                description=path.description,
                key_artifacts=path.key_artifacts,
                **{name: getattr(source, name) if source else None for name in _SOURCE_COLUMNS},
            )
        )
    return rows


def transitions_into(page, request=None) -> list[Transition]:
    """The page's transition paths, each source linked only when readers may open its guide. Read as rows,
    not objects: a guide object per source cost more than the rest of the list (docs/performance.md)."""
    if "transitions" in getattr(page, "_cluster_related_objects", {}):  # a preview's, held in memory
        rows = _preview_rows(page)
    else:
        rows = map(_TransitionRow._make, _TRANSITIONS_WITH_SOURCES.run(None, page.pk))
    is_readable = readable_test()
    transitions = []
    for row in rows:
        linked = row.from_role_id and is_readable(row)
        transitions.append(
            Transition(
                name=row.title if row.from_role_id else row.from_role_name,
                url=url_of(row.url_path, request) if linked else None,
                typical_months=row.typical_months,
                description=row.description,
                key_artifacts=[block.value for block in row.key_artifacts],
            )
        )
    return transitions


# The guide's short lists, read in one query (core.folding): related name, foreign keys brought along.
FOLDED_PARTS = {
    "salary_bands": (),
    "ladder_steps": (),
    "faqs": (),
    "tagged_items": ("tag",),
    "role_courses": ("course",),
    "role_certifications": ("certification",),
    "role_companies": ("company",),
    "role_sources": ("source",),
    "role_occupations": ("occupation",),
}


def role_page_context(page, request) -> dict:
    """Context for templates/roles/role_page.html (and its includes)."""
    fold(page, FOLDED_PARTS)
    salary_bands = list(page.salary_bands.all())
    parts = {
        "family": page.family,
        "skill_tags": [item.tag for item in page.tagged_items.all()],
        "salary_bands": salary_bands,
        "salary_chart": salary_chart([SalarySeries(page.title, salary_bands, page.median_salary)]),
        "ladder_steps": list(page.ladder_steps.all()),
        "transitions": transitions_into(page, request),
        "courses": [link.course for link in page.role_courses.all() if link.course.live],
        "certifications": [link.certification for link in page.role_certifications.all() if link.certification.live],
        "companies": [link.company for link in page.role_companies.all()],
        "sources": [link.source for link in page.role_sources.all()],
        "faqs": list(page.faqs.all()),
        "official_statistics": official_statistics(page, salary_bands),
    }
    present = {
        "ai-impact": _has_text(page.ai_impact_outlook) or bool(page.ai_impact_methodology.strip()),
        "about": _has_text(page.about),
        "responsibilities": bool(page.responsibilities),
        "week": bool(page.average_week),
        "skills": bool(page.required_skills) or bool(parts["skill_tags"]),
        "differentiators": bool(page.differentiators),
        "salary": bool(salary_bands) or bool(page.salary_source_note.strip()),
        "ladder": bool(parts["ladder_steps"]),
        "transitions": bool(parts["transitions"]),
        "courses": bool(parts["courses"]),
        "companies": bool(parts["companies"]),
        "certifications": bool(parts["certifications"]),
        "faq": bool(parts["faqs"]),
        "methodology": _has_text(page.methodology),
        "sources": bool(parts["sources"]),
    }
    parts["shown_sections"] = {anchor for anchor, shown in present.items() if shown}
    parts["section_links"] = [SectionLink(anchor, label) for anchor, label in SECTIONS if present[anchor]]
    return parts
