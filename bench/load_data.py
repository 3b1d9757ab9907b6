"""Fill the bench database: the demo home page, a /roles/ index, N role guides with every part
of a guide (like the reference guide: bands, ladder, transitions, courses, certifications, companies,
sources, FAQ) and a /paths/ index with a packaged path for every ten roles.

Run by bench/api_throughput.py as ``python -m bench.load_data N`` with bench.settings. Replaces
the roles it made before, so every run measures the same data.
"""

import os
import sys

import django


def load(role_count: int) -> None:
    from django.db import transaction

    from courses.models import Certification, Course
    from home.demo import ensure_home_page
    from paths.models import PackagedPathPage, PathIndexPage
    from roles.presentation.figures import GrowthOutlook
    from roles.models import Company, RoleIndexPage, RolePage, Source
    from tests.factories.courses import CertificationFactory, CourseFactory
    from tests.factories.paths import CurriculumStepFactory, PackagedPathPageFactory, PathIndexPageFactory
    from tests.factories.roles import (
        CompanyFactory,
        LadderStepFactory,
        RoleCertificationFactory,
        RoleCompanyFactory,
        RoleCourseFactory,
        RoleFAQFactory,
        RoleFamilyFactory,
        RoleIndexPageFactory,
        RolePageFactory,
        RoleSourceFactory,
        SalaryBandFactory,
        SourceFactory,
        TransitionPathFactory,
    )

    outlooks = list(GrowthOutlook.values)
    with transaction.atomic():
        home = ensure_home_page()
        for page in [*PackagedPathPage.objects.all(), *RolePage.objects.all()]:
            page.delete()
        Course.objects.filter(title__startswith="Bench course").delete()
        Certification.objects.filter(name__startswith="Bench certification").delete()
        Company.objects.filter(name__startswith="Bench company").delete()
        Source.objects.filter(title__startswith="Bench source").delete()
        index = RoleIndexPage.objects.first() or RoleIndexPageFactory(parent=home)
        path_index = PathIndexPage.objects.first() or PathIndexPageFactory(parent=home)
        families = [RoleFamilyFactory(name=name) for name in ("Applied AI", "Data", "Platform", "Product")]
        courses = [CourseFactory(title=f"Bench course {number}") for number in range(10)]
        certifications = [CertificationFactory(name=f"Bench certification {number}") for number in range(5)]
        companies = [CompanyFactory(name=f"Bench company {number}") for number in range(10)]
        sources = [SourceFactory(title=f"Bench source {number}") for number in range(5)]
        roles = []
        for number in range(role_count):
            role = RolePageFactory(
                parent=index,
                title=f"Bench Role {number:04}",
                family=families[number % len(families)],
                median_salary=60000 + number * 500,
                growth_outlook=outlooks[number % len(outlooks)],
                ai_impact_score=number % 101,
                entry_level=number % 3 == 0,
                last_reviewed="2026-01-01",
            )
            role.tags.add("Python", "SQL")
            role.save_revision().publish()
            for band in range(3):
                SalaryBandFactory(page=role, years_min=band * 3, years_max=band * 3 + 2)
            for step in range(4):
                LadderStepFactory(page=role, years_min=step * 3, years_max=step * 3 + 2)
            for source_number in range(3):
                linked = roles[-1] if roles and source_number == 0 else None
                TransitionPathFactory(page=role, from_role=linked, from_role_name="" if linked else f"Origin {source_number}")
            for offset in range(3):
                RoleCourseFactory(page=role, course=courses[(number + offset) % len(courses)])
            RoleCertificationFactory(page=role, certification=certifications[number % len(certifications)])
            for offset in range(2):
                RoleCompanyFactory(page=role, company=companies[(number + offset) % len(companies)])
                RoleSourceFactory(page=role, source=sources[(number + offset) % len(sources)])
            for _ in range(3):
                RoleFAQFactory(page=role)
            roles.append(role)
        for number in range(0, role_count - 1, 10):
            PackagedPathPageFactory(
                parent=path_index,
                title=f"Bench Path {number:04}",
                roles=roles[number : number + 2],
                steps=[CurriculumStepFactory.build(course=courses[step]) for step in range(3)],
                courses=courses[3:5],
            )


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    load(int(sys.argv[1]))
