"""Fill a bench database with N full role guides, in bulk (not one factory call per object).

Every guide has what the reference guide has: tags, 3 salary bands, 4 ladder steps, 3 transitions
(one linking the previous guide), 3 courses, a certification, 2 companies, 2 sources, 3 FAQ entries,
rich text and lists; there is a packaged path for every ten guides, and the home page, /roles/,
/paths/, /courses/ and /certifications/ indexes. Pages go in through ``bench.bulk_pages``; the
search index (``_fill_search_index``) and (up to ``REFERENCE_INDEX_LIMIT`` guides) the reference
index are filled once at the end.

    python -m bench.load_data N                # migrate, then add N guides to an empty database
    python -m bench.load_data N --if-missing   # do nothing when it already holds N bench guides

Runs with ``bench.settings`` against ``DATABASE_URL``, a database of its own: ``python -m bench``
drops and recreates ``roleatlas_bench_<N>`` before loading it (never the test or demo databases).
"""

import argparse
import datetime
import os
import sys
import time

import django

TITLES = [
    "Machine Learning Engineer",
    "Data Analyst",
    "Platform Engineer",
    "Product Manager",
    "AI Researcher",
    "Data Engineer",
    "Prompt Engineer",
    "Analytics Lead",
    "MLOps Engineer",
    "Solutions Architect",
]
"""Varied titles so that search and filters find a realistic share of the catalogue."""
TAGS = ["Python", "SQL", "Statistics", "Cloud", "LLMs", "Leadership"]
REVIEWED = datetime.date(2026, 1, 1)
REFERENCE_INDEX_LIMIT = 2000
"""Above this many guides the reference index (the admin's 'usage' counts) is not rebuilt: nothing
public reads it, and the rebuild alone would take longer than the rest of the load."""


def bench_guide_count() -> int:
    from roles.models import RolePage

    return RolePage.objects.filter(slug__startswith="bench-").count()


def load(role_count: int, *, verbose: bool = False) -> float:
    """Add ``role_count`` guides (and their snippets, paths and indexes) to an empty bench database;
    returns guides per second."""
    from django.core.management import call_command
    from django.db import transaction

    from pagecache import version

    started = time.monotonic()
    with transaction.atomic():
        roles = _build(role_count)
        version.bump()  # bulk SQL sends no page signals: cached pages and API validators start afresh
    built = time.monotonic()
    _fill_search_index()
    indexed = time.monotonic()
    if role_count <= REFERENCE_INDEX_LIMIT:
        call_command("rebuild_references_index", verbosity=0)
    _analyze()
    elapsed = time.monotonic() - started
    if verbose:
        print(
            f"pages {built - started:.1f} s, search index {indexed - built:.1f} s, "
            f"references {started + elapsed - indexed:.1f} s"
        )
        print(f"Loaded {len(roles)} guides in {elapsed:.1f} s ({len(roles) / elapsed:.0f} guides/s)")
    return len(roles) / elapsed


def _analyze() -> None:
    """Fresh planner statistics: without them PostgreSQL plans for the empty tables it last sampled
    (a listing at 10,000 guides rebuilt a hash of every page once per item). ``VACUUM`` too, as autovacuum
    soon would after a bulk insert: it marks the pages all-visible, so counts can read indexes only."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")


def _fill_search_index() -> None:
    """What ``update_index`` does on a fresh database, faster: role guides through ``core.search_rows``
    (the rows Wagtail's ``add_items`` writes, about four times faster), every other indexed model
    through Wagtail's own ``add_items`` (``core.search_index.index_objects``), then the full title-norm
    refresh ``update_index`` ends with."""
    from modelsearch.index import get_indexed_models
    from wagtail.search.backends import get_search_backend

    from core.search_index import index_objects
    from core.search_rows import index_in_bulk
    from roles.models import RolePage

    index_in_bulk(RolePage, RolePage.get_indexed_objects())
    index_objects(
        (model, model.get_indexed_objects().values_list("pk", flat=True))
        for model in get_indexed_models()
        if model is not RolePage
    )
    get_search_backend().get_index_for_model(RolePage)._refresh_title_norms(full=True)


def _indexes():
    """The home page and the index pages, created the usual way (a handful of pages)."""
    from courses.models import CertificationIndexPage, CourseIndexPage
    from home.demo import ensure_home_page
    from paths.models import PathIndexPage
    from roles.models import RoleIndexPage

    home = ensure_home_page()
    made = {}
    for model, title, slug in [
        (RoleIndexPage, "Roles", "roles"),
        (PathIndexPage, "Paths", "paths"),
        (CourseIndexPage, "Courses", "courses"),
        (CertificationIndexPage, "Certifications", "certifications"),
    ]:
        page = model.objects.first()
        if page is None:
            page = home.add_child(instance=model(title=title, slug=slug))
            page.save_revision().publish()
        made[model] = page
    return made[RoleIndexPage], made[PathIndexPage]


def _build(role_count: int) -> list:
    from taggit.models import Tag

    from bench.bulk_pages import BATCH, insert_children
    from courses.models import Certification, Course
    from paths.models import CurriculumStep, PackagedPathPage, PathCourse, PathRole
    from roles.models import (
        Company,
        LadderStep,
        RoleCertification,
        RoleCompany,
        RoleCourse,
        RoleFamily,
        RoleFAQ,
        RolePage,
        RoleSkillTag,
        RoleSource,
        SalaryBand,
        Source,
        TransitionPath,
    )
    from roles.presentation.figures import GrowthOutlook

    index, path_index = _indexes()
    families = RoleFamily.objects.bulk_create(
        [
            RoleFamily(name=f"Bench {name}", slug=f"bench-{name.lower().replace(' ', '-')}")
            for name in ("Applied AI", "Data", "Platform", "Product")
        ]
    )
    courses = Course.objects.bulk_create(
        [
            Course(
                title=f"Bench course {n}",
                provider="Open University",
                format="course",
                live=True,
                url=f"https://courses.example.com/{n}",
                description="<p>A practical course.</p>",
            )
            for n in range(40)
        ]
    )
    certifications = Certification.objects.bulk_create(
        [
            Certification(
                name=f"Bench certification {n}",
                issuer="Cert Board",
                live=True,
                url=f"https://certs.example.com/{n}",
                description="<p>Proves the basics.</p>",
            )
            for n in range(20)
        ]
    )
    companies = Company.objects.bulk_create([Company(name=f"Bench company {n}") for n in range(30)])
    sources = Source.objects.bulk_create(
        [Source(title=f"Bench source {n}", publisher="Bureau of Statistics", supports="salary") for n in range(10)]
    )
    tags = {
        tag.name: tag
        for tag in (Tag.objects.get_or_create(name=name, defaults={"slug": name.lower()})[0] for name in TAGS)
    }
    outlooks = list(GrowthOutlook.values)

    roles = []
    for n in range(role_count):
        title = f"{TITLES[n % len(TITLES)]} {n:05}"
        role = RolePage(
            title=title,
            slug=f"bench-role-{n:05}",
            family=families[n % len(families)],
            specialty="Engineering",
            summary=f"What a {title} does, in one sentence.",
            median_salary=60000 + (n % 200) * 500,
            growth_outlook=outlooks[n % len(outlooks)],
            ai_impact_score=n % 101,
            entry_level=n % 3 == 0,
            ai_impact_outlook="<p>Assistants take over routine drafting; judgement stays with people.</p>",
            ai_impact_methodology="Task-level exposure estimate.",
            about=f"<p>About the {title}: where it sits, who hires, what a good week looks like.</p>",
            responsibilities=[("item", text) for text in ("Ship features", "Review designs", "Mentor juniors")],
            average_week=[
                ("slot", {"when": "Monday", "what": "Planning"}),
                ("slot", {"when": "Friday", "what": "Demos"}),
            ],
            required_skills=[("item", text) for text in ("Python", "SQL", "Communication")],
            differentiators=[("item", "A portfolio of shipped work")],
            salary_source_note="Bench figures.",
            methodology="<p>Desk research and interviews.</p>",
            last_reviewed=REVIEWED,
        )
        role.salary_bands = [
            SalaryBand(
                sort_order=b,
                level=f"Level {b}",
                years_min=b * 3,
                years_max=b * 3 + 2,
                min_usd=80000 + b * 20000,
                max_usd=100000 + b * 20000,
            )
            for b in range(3)
        ]
        role.ladder_steps = [
            LadderStep(
                sort_order=s, title=f"Step {s}", years_min=s * 3, years_max=s * 3 + 2, description="Owns features."
            )
            for s in range(4)
        ]
        role.transitions = [
            TransitionPath(
                sort_order=t,
                from_role=roles[-1] if roles and t == 0 else None,
                from_role_name="" if roles and t == 0 else f"Origin {t}",
                typical_months=6,
                description="What carries over and what the gap is.",
                key_artifacts=[("artifact", "A deployed demo")],
            )
            for t in range(3)
        ]
        role.role_courses = [
            RoleCourse(sort_order=c, course=courses[(n + c) % len(courses)], page_title=title) for c in range(3)
        ]
        role.role_certifications = [
            RoleCertification(sort_order=0, certification=certifications[n % len(certifications)], page_title=title)
        ]
        role.role_companies = [RoleCompany(sort_order=c, company=companies[(n + c) % len(companies)]) for c in range(2)]
        role.role_sources = [RoleSource(sort_order=s, source=sources[(n + s) % len(sources)]) for s in range(2)]
        role.faqs = [
            RoleFAQ(sort_order=q, question=f"Question {q} about the {title}?", answer="<p>An answer.</p>")
            for q in range(3)
        ]
        role.tags.set([tags[TAGS[n % len(TAGS)]], tags[TAGS[(n + 1) % len(TAGS)]]])
        roles.append(role)

    for start in range(0, len(roles), BATCH):
        insert_children(index, roles[start : start + BATCH])
    inline_models = [
        ("salary_bands", SalaryBand),
        ("ladder_steps", LadderStep),
        ("transitions", TransitionPath),
        ("role_courses", RoleCourse),
        ("role_certifications", RoleCertification),
        ("role_companies", RoleCompany),
        ("role_sources", RoleSource),
        ("faqs", RoleFAQ),
    ]
    for relation, model in inline_models:
        rows = []
        for role in roles:
            for row in getattr(role, relation).all():
                row.page_id = role.id
                if isinstance(row, TransitionPath) and row.from_role is not None:
                    row.from_role_id = row.from_role.id
                rows.append(row)
        model.objects.bulk_create(rows, batch_size=2000)
    RoleSkillTag.objects.bulk_create(
        [
            RoleSkillTag(content_object_id=role.id, tag=item.tag, page_title=role.title, page_family_id=role.family_id)
            for role in roles
            for item in role.tagged_items.all()
        ],
        batch_size=2000,
    )

    paths = []
    for n in range(0, role_count - 1, 10):
        path = PackagedPathPage(
            title=f"Bench Path {n:05}",
            slug=f"bench-path-{n:05}",
            summary="Two roles and the courses between them.",
            last_reviewed=REVIEWED,
        )
        path.path_roles = [PathRole(sort_order=r, role=roles[n + r]) for r in range(2)]
        path.curriculum_steps = [CurriculumStep(sort_order=s, course=courses[s], weeks=4) for s in range(3)]
        path.recommended_courses = [PathCourse(sort_order=c, course=courses[3 + c]) for c in range(2)]
        paths.append(path)
    for start in range(0, len(paths), BATCH):
        insert_children(path_index, paths[start : start + BATCH])
    for relation, model in [
        ("path_roles", PathRole),
        ("curriculum_steps", CurriculumStep),
        ("recommended_courses", PathCourse),
    ]:
        rows = []
        for path in paths:
            for row in getattr(path, relation).all():
                row.page_id = path.id
                for name in ("role", "course"):
                    if getattr(row, name, None) is not None:
                        setattr(row, f"{name}_id", getattr(row, name).id)
                rows.append(row)
        model.objects.bulk_create(rows, batch_size=2000)
    return roles


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument(
        "--if-missing", action="store_true", help="Do nothing when the database already holds COUNT bench guides."
    )
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if options.if_missing and bench_guide_count() == options.count:
        sys.exit(0)
    load(options.count, verbose=True)
