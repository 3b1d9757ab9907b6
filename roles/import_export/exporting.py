"""Build ``RoleGuide`` schema objects from role pages, in a constant number of queries.

Exports read the page's database row: the published version of a live page, the working
draft of a page that was never published. Rich text is exported as front-end HTML (internal
page links become their URLs), so the same objects serve the API and the export file.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from pydantic import ValidationError
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from core.compiled import CompiledQuery
from core.folding import fold, hold_prefetched
from core.visibility import readable_through, restricted_sections
from roles.import_export.format import RoleGuide, RoleGuideFile, error_path
from roles.models import (
    RoleCertification,
    RoleCompany,
    RoleCourse,
    RoleOccupation,
    RolePage,
    RoleSkillTag,
    RoleSource,
    TransitionPath,
)


class RoleExportError(Exception):
    """A page holds content the format does not allow (e.g. a transition whose source page was
    deleted and that has no name); the message names the role and the field to fix."""


def with_guide_parts(pages: QuerySet[RolePage], *, public_only: bool = False) -> QuerySet[RolePage]:
    """Add the joins and prefetches ``role_guide_from_page`` needs (about a dozen queries for any number of pages).

    ``public_only`` drops what anonymous readers may not see: non-live courses and certifications,
    and it marks each transition whose source page readers may open (``from_role_is_public``: live
    and under no view restriction), which ``role_guide_from_page(..., public_only=True)`` needs.
    """
    courses = RoleCourse.objects.select_related("course")
    certifications = RoleCertification.objects.select_related("certification")
    transitions = _transitions(public_only)
    if public_only:
        courses = courses.filter(course__live=True)
        certifications = certifications.filter(certification__live=True)
    return pages.select_related("family").prefetch_related(
        Prefetch("tagged_items", queryset=RoleSkillTag.objects.select_related("tag")),
        "salary_bands",
        "ladder_steps",
        Prefetch("transitions", queryset=transitions),
        Prefetch("role_courses", queryset=courses),
        Prefetch("role_certifications", queryset=certifications),
        Prefetch("role_companies", queryset=RoleCompany.objects.select_related("company")),
        Prefetch("role_occupations", queryset=RoleOccupation.objects.select_related("occupation")),
        Prefetch("role_sources", queryset=RoleSource.objects.select_related("source")),
        "faqs",
    )


# What ``with_guide_parts`` prefetches besides the transitions: related name, foreign keys brought along.
GUIDE_LISTS = {
    "tagged_items": ("tag",),
    "salary_bands": (),
    "ladder_steps": (),
    "role_courses": ("course",),
    "role_certifications": ("certification",),
    "role_companies": ("company",),
    "role_occupations": ("occupation",),
    "role_sources": ("source",),
    "faqs": (),
}


def fold_guide_parts(page: RolePage, *, public_only: bool = False) -> RolePage:
    """``with_guide_parts`` for one page already fetched (with its family), in two queries: its lists
    folded into one (``core.folding``), its transitions."""
    live = {"role_courses": Q(course__live=True), "role_certifications": Q(certification__live=True)}
    fold(page, GUIDE_LISTS, live if public_only else None)
    shape = (public_only, restricted_sections() if public_only else None)
    hold_prefetched(page, "transitions", _TRANSITIONS_OF_GUIDE.run(shape, page.pk))
    return page


def _transitions(public_only: bool, sections: tuple | None = None) -> QuerySet[TransitionPath]:
    """Transitions with their source guides; ``public_only`` adds whether readers may open each source (under
    ``sections``, the view restrictions, when the caller read them)."""
    transitions = TransitionPath.objects.select_related("from_role")
    if public_only:
        public_pages = Page.objects.filter(readable_through("", sections), pk=OuterRef("from_role_id"))
        transitions = transitions.annotate(from_role_is_public=Exists(public_pages))
    return transitions


_TRANSITIONS_OF_GUIDE = CompiledQuery(
    lambda shape, page_id: _transitions(*shape).filter(page_id=page_id).order_by("sort_order"), int
)


def role_guide_from_page(page: RolePage, *, public_only: bool = False) -> RoleGuide:
    """The guide of one page fetched through ``with_guide_parts`` (no further queries unless its rich
    text links to pages). Raises pydantic's ``ValidationError`` if the page breaks a rule of the format.

    ``public_only`` links a transition's source role (``from_role_slug``) only when readers may open
    that page; it needs the page fetched with ``with_guide_parts(..., public_only=True)``."""
    family = page.family
    return RoleGuide.model_validate(
        {
            "slug": page.slug,
            "title": page.title,
            "seo_title": page.seo_title,
            "search_description": page.search_description,
            "family": {"name": family.name, "description": family.description} if family else None,
            "specialty": page.specialty,
            "summary": page.summary,
            "skill_tags": sorted((item.tag.name for item in page.tagged_items.all()), key=lambda n: (n.casefold(), n)),
            "median_salary_usd": page.median_salary,
            "growth_outlook": page.growth_outlook or None,
            "ai_impact_score": page.ai_impact_score,
            "entry_level": page.entry_level,
            "ai_impact_outlook_html": expand_db_html(page.ai_impact_outlook),
            "ai_impact_methodology": page.ai_impact_methodology,
            "about_html": expand_db_html(page.about),
            "responsibilities": [block.value for block in page.responsibilities],
            "average_week": [{"when": block.value["when"], "what": block.value["what"]} for block in page.average_week],
            "required_skills": [block.value for block in page.required_skills],
            "differentiators": [block.value for block in page.differentiators],
            "salary_bands": [
                {
                    "level": band.level,
                    "years_min": band.years_min,
                    "years_max": band.years_max,
                    "min_usd": band.min_usd,
                    "max_usd": band.max_usd,
                    "notes": band.notes,
                }
                for band in page.salary_bands.all()
            ],
            "salary_source_note": page.salary_source_note,
            "career_ladder": [
                {
                    "title": step.title,
                    "years_min": step.years_min,
                    "years_max": step.years_max,
                    "description": step.description,
                }
                for step in page.ladder_steps.all()
            ],
            "transition_paths": [_transition(path, public_only) for path in page.transitions.all()],
            "courses": [_course(link.course) for link in page.role_courses.all()],
            "certifications": [_certification(link.certification) for link in page.role_certifications.all()],
            "companies": [
                {"name": link.company.name, "url": link.company.url or None} for link in page.role_companies.all()
            ],
            "occupations": [
                {"soc_code": link.occupation.code, "note": link.note} for link in page.role_occupations.all()
            ],
            "faq": [{"question": faq.question, "answer_html": expand_db_html(faq.answer)} for faq in page.faqs.all()],
            "methodology_html": expand_db_html(page.methodology),
            "sources": [_source(link.source) for link in page.role_sources.all()],
            "last_reviewed": page.last_reviewed,
            "review_every_days": page.review_every_days,
        }
    )


def export_role_guides(pages: QuerySet[RolePage] | None = None, *, public_only: bool = False) -> list[RoleGuide]:
    """Guides for ``pages`` (default: every role page), in tree order. Raises ``RoleExportError``
    naming the role and field when a page breaks a rule of the format."""
    pages = RolePage.objects.all() if pages is None else pages
    guides = []
    for page in with_guide_parts(pages.order_by("path"), public_only=public_only):
        try:
            guides.append(role_guide_from_page(page, public_only=public_only))
        except ValidationError as error:
            problems = "; ".join(f"{error_path(detail['loc'])}: {detail['msg']}" for detail in error.errors())
            raise RoleExportError(f'role "{page.slug}" cannot be exported until it is fixed: {problems}') from None
    return guides


def write_role_guides(pages: QuerySet[RolePage], write, *, chunk_size: int = 200) -> int:
    """Write the export file for ``pages`` through ``write`` (e.g. a file's ``write``) guide by guide, fetching
    ``chunk_size`` pages at a time, so memory stays bounded whatever the catalogue's size. The
    bytes are those of ``dump_role_guides``. Returns the number of guides written."""
    ids = list(pages.order_by("path").values_list("pk", flat=True))
    if not ids:
        write(dump_role_guides([]))  # raises the format's own "at least one guide" error
    write('{\n  "roles": [\n')
    for start in range(0, len(ids), chunk_size):
        chunk = RolePage.objects.filter(pk__in=ids[start : start + chunk_size])
        for number, guide in enumerate(export_role_guides(chunk), start=start):
            text = guide.model_dump_json(indent=2).replace("\n", "\n    ")
            write(f"{',' if number else ''}\n    {text}".removeprefix("\n"))
    write("\n  ]\n}\n")
    return len(ids)


def dump_role_guides(guides: list[RoleGuide]) -> str:
    """The export file: the ``{"roles": [...]}`` envelope as JSON, keys in schema order, indented by 2."""
    return RoleGuideFile(roles=guides).model_dump_json(indent=2) + "\n"


def _transition(path: TransitionPath, public_only: bool) -> dict:
    linked = path.from_role if path.from_role_id and (not public_only or path.from_role_is_public) else None
    return {
        "from_role_slug": linked.slug if linked else None,
        "from_role_name": path.source_name or None,
        "typical_months": path.typical_months,
        "description": path.description,
        "key_artifacts": [block.value for block in path.key_artifacts],
    }


def _course(course) -> dict:
    return {
        "title": course.title,
        "provider": course.provider,
        "format": course.format,
        "url": course.url or None,
        "description_html": expand_db_html(course.description),
    }


def _certification(certification) -> dict:
    return {
        "name": certification.name,
        "issuer": certification.issuer,
        "url": certification.url or None,
        "description_html": expand_db_html(certification.description),
    }


def _source(source) -> dict:
    return {
        "title": source.title,
        "publisher": source.publisher,
        "edition": source.edition,
        "url": source.url or None,
        "supports": source.supports,
    }
