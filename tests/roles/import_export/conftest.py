"""Fixtures for role import/export: a rich role guide built with factories, payload helpers,
and a snapshot of every content row to prove a failed import wrote nothing."""

import datetime
import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page

from roles.models import RoleOccupation
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.occupations import OccupationFactory
from tests.factories.roles import (
    CompanyFactory,
    LadderStepFactory,
    RoleCertificationFactory,
    RoleCompanyFactory,
    RoleCourseFactory,
    RoleFamilyFactory,
    RoleFAQFactory,
    RolePageFactory,
    RoleSourceFactory,
    SalaryBandFactory,
    SourceFactory,
    TransitionPathFactory,
)

SNAPSHOT_APPS = {"roles", "courses", "wagtailcore", "taggit"}


def database_snapshot() -> dict:
    """Row counts of every content, page, revision, log and tag table, plus every page's revision pointers."""
    counts = {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in SNAPSHOT_APPS
    }
    pages = list(Page.objects.order_by("pk").values_list("pk", "title", "live", "latest_revision_id"))
    return {"counts": counts, "pages": pages}


def export_json(*args) -> str:
    out = StringIO()
    call_command("export_roles", *args, stdout=out)
    return out.getvalue()


def run_import(tmp_path, content, *args) -> str:
    """Run import_roles on ``content`` (a dict/list is dumped as JSON, bytes/str are written as they are)."""
    path = tmp_path / "roles.json"
    if isinstance(content, dict | list):
        content = json.dumps(content)
    if isinstance(content, str):
        content = content.encode()
    path.write_bytes(content)
    out = StringIO()
    call_command("import_roles", str(path), *args, stdout=out)
    return out.getvalue()


def guide_payload(slug: str = "data-engineer", **overrides) -> dict:
    """A small valid guide as a reader of the docs would write it."""
    guide = {
        "slug": slug,
        "title": slug.replace("-", " ").title(),
        "summary": f"What a {slug} does.",
        "family": {"name": "Data", "description": "Roles that move and shape data."},
        "skill_tags": ["SQL"],
        "median_salary_usd": 140000,
        "growth_outlook": "growing",
        "ai_impact_score": 40,
        "entry_level": True,
        "salary_bands": [
            {"level": "Junior", "years_min": 0, "years_max": 2, "min_usd": 90000, "max_usd": 120000},
            {"level": "Mid", "years_min": 2, "years_max": 5, "min_usd": 120000, "max_usd": 160000},
            {"level": "Senior", "years_min": 5, "years_max": None, "min_usd": 160000, "max_usd": 220000},
        ],
        "transition_paths": [
            {
                "from_role_name": "Data Analyst",
                "typical_months": 6,
                "description": "SQL carries over.",
                "key_artifacts": ["A pipeline"],
            },
        ],
        "courses": [{"title": "Designing Data Pipelines", "provider": "Data School", "url": "https://example.com/c"}],
        "companies": [{"name": "Acme Data", "url": "https://acme.example.com"}],
        "faq": [{"question": "Is it remote?", "answer_html": "<p>Often.</p>"}],
        "last_reviewed": "2026-01-15",
    }
    guide.update(overrides)
    return guide


@pytest.fixture
def source_role(role_index):
    """A role other guides name as a transition source (by slug)."""
    family = RoleFamilyFactory(name="Applied AI", description="Roles that build with models.")
    return RolePageFactory(parent=role_index, title="Software Engineer", slug="software-engineer", family=family)


@pytest.fixture
def rich_role(role_index, source_role):
    """A role guide with every part filled and several items in each list."""
    role = RolePageFactory(
        parent=role_index,
        title="AI Engineer",
        slug="ai-engineer",
        seo_title="AI Engineer career guide",
        search_description="Pay, skills and paths into AI engineering.",
        family=source_role.family,
        specialty="AI Engineering",
        summary="An AI Engineer builds production AI systems with LLMs, embeddings and retrieval.",
        median_salary=175000,
        growth_outlook="very_high",
        ai_impact_score=35,
        entry_level=False,
        ai_impact_outlook='<p>The role is <b>consolidating</b> fast; see <a href="https://example.com/r">the report</a>.</p>',
        ai_impact_methodology="Forecast grounded in graduate training in applied AI.",
        about=f'<p>Sits between software and ML. Compare <a linktype="page" id="{source_role.pk}">Software '
        "Engineer</a>.</p><ul><li>Plumbing</li><li>Model choice</li></ul><h3>Who hires</h3><p>R&amp;D teams.</p>",
        responsibilities=[
            ("item", "Ship LLM-backed features"),
            ("item", "Build RAG pipelines"),
            ("item", "Write evals"),
        ],
        average_week=[
            ("slot", {"when": "Monday", "what": "Review eval dashboards."}),
            ("slot", {"when": "Wednesday morning", "what": "Pair on retrieval."}),
            ("slot", {"when": "Friday", "what": "Write up findings."}),
        ],
        required_skills=[("item", "Python"), ("item", "Retrieval"), ("item", "Evaluation")],
        differentiators=[("item", "Owns cost per query"), ("item", "Writes honest evals")],
        salary_source_note="Levels.fyi 2025-2026 + Glassdoor public ranges.",
        methodology="<p>Built from <i>public</i> data.</p><ol><li>Collect</li><li>Check</li></ol>",
        last_reviewed=datetime.date(2026, 4, 26),
        review_every_days=180,
    )
    role.tags.add("Python", "RAG", "evaluation")
    role.save()
    # sort_order as the admin's inline panels set it, so the editor's order is well defined.
    bands = [
        ("Junior IC", (0, 2), 110000, 140000),
        ("Mid IC", (2, 5), 140000, 210000),
        ("Senior IC", (5, 8), 200000, 280000),
        ("Staff", (8, None), 260000, 400000),
    ]
    for n, (level, years, low, high) in enumerate(bands):
        SalaryBandFactory(
            page=role,
            sort_order=n,
            level=level,
            years_min=years[0],
            years_max=years[1],
            min_usd=low,
            max_usd=high,
            notes=f"{level} at product companies.",
        )
    steps = [("AI Engineer", (0, 3)), ("Senior AI Engineer", (3, 7)), ("Staff AI Engineer", (7, None))]
    for n, (title, years) in enumerate(steps):
        LadderStepFactory(
            page=role, sort_order=n, title=title, years_min=years[0], years_max=years[1], description=f"{title} work."
        )
    TransitionPathFactory(
        page=role,
        sort_order=0,
        from_role=source_role,
        from_role_name="",
        typical_months=9,
        description="Engineering carries over.",
        key_artifacts=[("artifact", "A RAG app"), ("artifact", "An eval suite")],
    )
    TransitionPathFactory(
        page=role,
        sort_order=1,
        from_role_name="SOC Analyst",
        typical_months=14,
        description="Domain carries over.",
        key_artifacts=[("artifact", "A triage assistant")],
    )
    courses = [
        CourseFactory(
            title="AI Engineering",
            provider="Chip Huyen",
            format="book",
            url="",
            description='<p>The <b>standard</b> text. <a href="https://example.com/b">Site</a></p>',
        ),
        CourseFactory(title="LLM Bootcamp", provider="Full Stack", format="bootcamp"),
        CourseFactory(title="Evals", provider="", format="video_series"),
    ]
    for n, course in enumerate(courses):
        RoleCourseFactory(page=role, sort_order=n, course=course)
    certifications = [
        CertificationFactory(name="Azure AI Engineer", issuer="Microsoft"),
        CertificationFactory(name="ML Specialty", issuer="AWS", url=""),
    ]
    for n, certification in enumerate(certifications):
        RoleCertificationFactory(page=role, sort_order=n, certification=certification)
    companies = [
        CompanyFactory(name="Anthropic"),
        CompanyFactory(name="CrowdStrike", url=""),
        CompanyFactory(name="Palo Alto Networks"),
    ]
    for n, company in enumerate(companies):
        RoleCompanyFactory(page=role, sort_order=n, company=company)
    for n, (code, title, note) in enumerate(
        (("15-1252", "Software Developers", "closest match"), ("15-2051", "Data Scientists", ""))
    ):
        RoleOccupation.objects.create(
            page=role, sort_order=n, occupation=OccupationFactory(code=code, title=title), note=note
        )
    RoleFAQFactory(page=role, sort_order=0, question="Do I need a PhD?", answer="<p>No.</p>")
    RoleFAQFactory(
        page=role, sort_order=1, question="Which language?", answer="<ul><li>Python</li><li>TypeScript</li></ul>"
    )
    sources = [
        SourceFactory(title="OEWS", publisher="BLS", edition="May 2024", supports="Salary data"),
        SourceFactory(title="NICE Framework", publisher="NIST", edition="", url=""),
    ]
    for n, source in enumerate(sources):
        RoleSourceFactory(page=role, sort_order=n, source=source)
    return role
