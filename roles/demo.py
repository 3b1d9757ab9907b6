"""Demo role guides: the Roles index, the reference AI Engineer guide and the draft pages it links to.

Rerun rule: create what is missing, never modify what exists. The index is
found by type, role pages by slug under it, snippets by natural key (family
name, company name, source title, course title + provider, certification
name + issuer). So a second run creates nothing, editors' changes to any
page or snippet survive, and a deleted demo page or snippet comes back as the
demo wrote it.
"""

from wagtail.models import Page

from courses.models import Certification, Course
from reviews.demo import FACT_CHECK_WORKFLOW, assign_fact_check_to
from roles.demo_content import AI_ENGINEER, FAMILY, SOURCE_ROLES
from roles.demo_occupations import ai_engineer_occupation_links
from roles.models import (
    Company,
    LadderStep,
    RoleCertification,
    RoleCompany,
    RoleCourse,
    RoleFamily,
    RoleFAQ,
    RoleIndexPage,
    RolePage,
    RoleSource,
    SalaryBand,
    Source,
    TransitionPath,
)

INDEX_TITLE = "Roles"
INDEX_SLUG = "roles"
INDEX_INTRO = "Career guides with pay bands, AI-impact outlooks, skills and the paths into each role."


def ensure_role_index(home: Page) -> RoleIndexPage:
    """The Roles index, created once under ``home`` (the site's home page, given by home's ``load_demo``)."""
    index = RoleIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=RoleIndexPage(title=INDEX_TITLE, slug=INDEX_SLUG, intro=INDEX_INTRO))
        index.save_revision().publish()
    return index


def _existing_child(index: RoleIndexPage, slug: str) -> RolePage | None:
    return RolePage.objects.child_of(index).filter(slug=slug).first()


def ensure_source_roles(index: RoleIndexPage) -> dict[str, RolePage]:
    """Draft (never published) pages for the roles the reference only mentions."""
    pages = {}
    for spec in SOURCE_ROLES:
        page = _existing_child(index, spec["slug"])
        if page is None:
            page = index.add_child(instance=RolePage(live=False, **spec))
            page.save_revision()
        pages[spec["slug"]] = page
    return pages


def _first_or_create(model, lookup: dict, **fields):
    """The object matching ``lookup`` as it is, or a new one; never updates an existing object."""
    return model.objects.filter(**lookup).first() or model.objects.create(**{**lookup, **fields})


def _published_snippet(model, lookup: dict, **fields):
    """Get a Course/Certification by natural key, or create it live with a first revision."""
    snippet = model.objects.filter(**lookup).first()
    if snippet is None:
        snippet = model.objects.create(**lookup, **fields)
        snippet.save_revision().publish()
    return snippet


def _in_order(items: list) -> list:
    """Number inline items as the admin form would (modelcluster leaves sort_order empty otherwise)."""
    for position, item in enumerate(items):
        item.sort_order = position
    return items


def _build_ai_engineer(source_roles: dict[str, RolePage]) -> RolePage:
    spec = AI_ENGINEER
    family = _first_or_create(RoleFamily, {"name": FAMILY})
    page = RolePage(
        title=spec["title"],
        slug=spec["slug"],
        family=family,
        **{
            field: spec[field]
            for field in (
                "specialty",
                "summary",
                "median_salary",
                "growth_outlook",
                "ai_impact_score",
                "entry_level",
                "ai_impact_outlook",
                "ai_impact_methodology",
                "about",
                "salary_source_note",
                "methodology",
                "last_reviewed",
            )
        },
        responsibilities=[("item", text) for text in spec["responsibilities"]],
        average_week=[("slot", {"when": when, "what": what}) for when, what in spec["average_week"]],
        required_skills=[("item", text) for text in spec["required_skills"]],
        differentiators=[("item", text) for text in spec["differentiators"]],
    )
    page.tags.add(*spec["skill_tags"])
    page.salary_bands = _in_order([SalaryBand(**band) for band in spec["salary_bands"]])
    page.ladder_steps = _in_order([LadderStep(**step) for step in spec["ladder_steps"]])
    page.transitions = _in_order(
        [
            TransitionPath(
                from_role=source_roles[path["from_slug"]],
                typical_months=path["typical_months"],
                description=path["description"],
                key_artifacts=[("artifact", text) for text in path["key_artifacts"]],
            )
            for path in spec["transitions"]
        ]
    )
    page.role_courses = _in_order(
        [
            RoleCourse(
                course=_published_snippet(
                    Course,
                    {"title": course["title"], "provider": course["provider"]},
                    format=course["format"],
                    description=course["description"],
                )
            )
            for course in spec["courses"]
        ]
    )
    page.role_certifications = _in_order(
        [
            RoleCertification(certification=_published_snippet(Certification, {"name": name, "issuer": issuer}))
            for name, issuer in spec["certifications"]
        ]
    )
    page.role_companies = _in_order(
        [RoleCompany(company=_first_or_create(Company, {"name": name})) for name in spec["companies"]]
    )
    page.role_sources = _in_order(
        [
            RoleSource(source=_first_or_create(Source, {"title": source["title"]}, **source))
            for source in spec["sources"]
        ]
    )
    page.faqs = _in_order([RoleFAQ(question=question, answer=answer) for question, answer in spec["faqs"]])
    page.role_occupations = ai_engineer_occupation_links()
    return page


def load(stdout, home: Page) -> list[RolePage]:
    """Load the reference guide under ``home``; return it to be featured on the home page when newly created."""
    index = ensure_role_index(home)
    if assign_fact_check_to(index):
        stdout.write(f"Role guides now go through the '{FACT_CHECK_WORKFLOW}' workflow.")
    source_roles = ensure_source_roles(index)
    featured = []
    if _existing_child(index, AI_ENGINEER["slug"]) is None:
        page = index.add_child(instance=_build_ai_engineer(source_roles))
        page.save_revision().publish()
        featured.append(page)
        stdout.write("AI Engineer guide created.")
    stdout.write("Role guides ready.")
    return featured
