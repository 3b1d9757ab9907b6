"""Site fixtures shared by tests of several apps and the browser tests: a small catalogue of role guides, courses and certifications."""

import datetime

import pytest
from django.db import transaction
from wagtail.models import PageViewRestriction

from roles.presentation.figures import GrowthOutlook
from tests.factories.roles import RoleFamilyFactory, RolePageFactory, SalaryBandFactory, TransitionPathFactory


def make_role(parent, title, slug, family, tags=(), bands=(), **fields):
    """A role guide with skill tags and salary bands, saved in one transaction as the admin does,
    so the search index (updated on commit) sees its tags."""
    with transaction.atomic():
        return _make_role(parent, title, slug, family, tags, bands, **fields)


def _make_role(parent, title, slug, family, tags, bands, **fields):
    role = RolePageFactory(parent=parent, title=title, slug=slug, family=RoleFamilyFactory(name=family), **fields)
    for tag in tags:
        role.tags.add(tag)
    role.save()  # store the tags and re-index the page for search
    for level, low, high in bands:
        SalaryBandFactory(page=role, level=level, min_usd=low, max_usd=high)
    return role


@pytest.fixture
def catalogue(role_index):
    """Three live guides, one draft, one private; a documented move from software to AI engineering."""
    software = make_role(
        role_index,
        "Software Engineer",
        "software-engineer",
        "Software",
        tags=["Python", "Testing"],
        bands=[("Junior", 90_000, 120_000), ("Senior", 150_000, 210_000)],
        median_salary=140_000,
        ai_impact_score=55,
        growth_outlook=GrowthOutlook.STABLE,
        entry_level=True,
        last_reviewed=datetime.date(2026, 9, 1),
    )
    ai = make_role(
        role_index,
        "AI Engineer",
        "ai-engineer",
        "Applied AI",
        tags=["Python", "RAG", "Evaluation"],
        bands=[("Junior IC", 110_000, 150_000), ("Senior IC", 180_000, 260_000)],
        median_salary=175_000,
        ai_impact_score=35,
        growth_outlook=GrowthOutlook.VERY_HIGH,
        entry_level=False,
        last_reviewed=datetime.date(2026, 11, 1),
    )
    soc = make_role(
        role_index,
        "SOC Analyst",
        "soc-analyst",
        "Security",
        tags=["SIEM"],
        bands=[("Tier 1", 60_000, 85_000)],
        specialty="Security operations",
        median_salary=95_000,
        ai_impact_score=60,
        growth_outlook=GrowthOutlook.GROWING,
        entry_level=True,
        last_reviewed=datetime.date(2026, 6, 1),
    )
    draft = make_role(
        role_index, "Draft Prompt Wrangler", "draft-prompt-wrangler", "Applied AI", tags=["Python"], live=False
    )
    private = make_role(
        role_index, "Private Quantum Engineer", "private-quantum-engineer", "Applied AI", tags=["Python"]
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    TransitionPathFactory(page=ai, from_role=software, from_role_name="", typical_months=6)
    return {"software": software, "ai": ai, "soc": soc, "draft": draft, "private": private}


@pytest.fixture
def learning_catalogue(catalogue, home_page):
    """On top of the catalogue: a packaged path from software to AI engineering, and the
    course and certification listings with one live item each recommended by the AI guide."""
    from tests.factories.courses import (
        CertificationFactory,
        CertificationIndexPageFactory,
        CourseFactory,
        CourseIndexPageFactory,
    )
    from tests.factories.paths import CurriculumStepFactory, PackagedPathPageFactory, PathIndexPageFactory
    from tests.factories.roles import RoleCertificationFactory, RoleCourseFactory

    course = CourseFactory(title="LLM Evaluation Methods", provider="Example School")
    RoleCourseFactory(page=catalogue["ai"], course=course)
    RoleCertificationFactory(page=catalogue["ai"], certification=CertificationFactory(name="Cloud ML Engineer"))
    PackagedPathPageFactory(
        parent=PathIndexPageFactory(parent=home_page),
        title="Software to AI",
        slug="software-to-ai",
        roles=[catalogue["software"], catalogue["ai"]],
        steps=[CurriculumStepFactory.build(course=course, weeks=6)],
        courses=[course],
    )
    CourseIndexPageFactory(parent=home_page)
    CertificationIndexPageFactory(parent=home_page)
    return catalogue
