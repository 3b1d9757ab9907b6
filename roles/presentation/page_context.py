"""What the public role page shows beyond the page's own fields, in a fixed number of queries.

Every related list is read once and materialised here, so the template never
queries and the count does not grow with the number of bands, steps, paths,
courses, certifications, companies, sources or FAQ entries. Relations are read
through the page's own managers, so a preview shows the editor's unsaved
items. Non-live courses and certifications are dropped; a transition links its
source role only while that role's page is live and public.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.html import strip_tags

from core.folding import fold
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


def _has_text(html: str) -> bool:
    return bool(strip_tags(html or "").strip())


def transitions_into(page, request=None) -> list[Transition]:
    """The page's transition paths, each source linked only when readers may open its guide (folded with the
    guide's lists on the role page; read here, in one query, elsewhere)."""
    if "transitions" in getattr(page, "_prefetched_objects_cache", {}):
        paths = page.transitions.all()
    else:  # a preview's are held in memory (this changes nothing for them)
        paths = page.transitions.select_related("from_role")
    is_readable = readable_test()
    return [
        Transition(
            name=path.source_name,
            url=path.from_role.get_url(request) if path.from_role_id and is_readable(path.from_role) else None,
            typical_months=path.typical_months,
            description=path.description,
            key_artifacts=[block.value for block in path.key_artifacts],
        )
        for path in paths
    ]


#: Of a guide at the other end of a transition, what naming and linking it needs (not the whole guide).
SOURCE_FIELDS = ("title", "live", "path", "url_path")
DESTINATION_FIELDS = ("title", "slug", "url_path", "live", "path")

# The guide's short lists, read in one query (core.folding): related name, foreign keys brought along. The moves
# out of the guide are roles.presentation.related.leads_to's (the transition graph's destinations), into live
# guides only.
FOLDED_PARTS = {
    "transitions": (("from_role", SOURCE_FIELDS),),
    "transitions_out": (("page", DESTINATION_FIELDS),),
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


FOLDED_WHERE = {"transitions_out": Q(page__live=True)}


def role_page_context(page, request) -> dict:
    """Context for templates/roles/role_page.html (and its includes)."""
    fold(page, FOLDED_PARTS, FOLDED_WHERE)
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
