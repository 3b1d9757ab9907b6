"""Fill the bench database: the demo home page, a /roles/ index and N role guides with their parts.

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
    from roles.figures import GrowthOutlook
    from roles.models import RoleIndexPage, RolePage
    from tests.factories.courses import CertificationFactory, CourseFactory
    from tests.factories.roles import (
        RoleCertificationFactory,
        RoleCourseFactory,
        RoleFamilyFactory,
        RoleIndexPageFactory,
        RolePageFactory,
        SalaryBandFactory,
    )

    outlooks = list(GrowthOutlook.values)
    with transaction.atomic():
        home = ensure_home_page()
        for role in RolePage.objects.all():
            role.delete()
        Course.objects.filter(title__startswith="Bench course").delete()
        Certification.objects.filter(name__startswith="Bench certification").delete()
        index = RoleIndexPage.objects.first() or RoleIndexPageFactory(parent=home)
        families = [RoleFamilyFactory(name=name) for name in ("Applied AI", "Data", "Platform", "Product")]
        courses = [CourseFactory(title=f"Bench course {number}") for number in range(10)]
        certifications = [CertificationFactory(name=f"Bench certification {number}") for number in range(5)]
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
            RoleCourseFactory(page=role, course=courses[number % len(courses)])
            RoleCertificationFactory(page=role, certification=certifications[number % len(certifications)])


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    load(int(sys.argv[1]))
