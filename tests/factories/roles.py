import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from roles.figures import GrowthOutlook
from roles.models import (
    Company,
    LadderStep,
    RoleCertification,
    RoleCompany,
    RoleCourse,
    RoleFAQ,
    RoleFamily,
    RoleIndexPage,
    RolePage,
    RoleSource,
    SalaryBand,
    Source,
    TransitionPath,
)
from tests.factories.courses import CertificationFactory, CourseFactory


class RoleFamilyFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Family {n}")

    class Meta:
        model = RoleFamily
        django_get_or_create = ["name"]


class CompanyFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Company {n}")
    url = factory.Sequence(lambda n: f"https://company{n}.example.com")

    class Meta:
        model = Company


class SourceFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Source {n}")
    publisher = "Bureau of Examples"
    edition = "2025"
    url = factory.Sequence(lambda n: f"https://data.example.com/{n}")
    supports = "Salary data"

    class Meta:
        model = Source


class RoleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Roles"
    slug = "roles"
    intro = "Every role guide we publish."

    class Meta:
        model = RoleIndexPage


class RolePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Role {n}")
    slug = factory.LazyAttribute(lambda o: o.title.lower().replace(" ", "-"))
    family = factory.SubFactory(RoleFamilyFactory, name="Applied AI")
    specialty = "Engineering"
    summary = factory.LazyAttribute(lambda o: f"What a {o.title} does, in one sentence.")
    median_salary = 150000
    growth_outlook = GrowthOutlook.GROWING
    ai_impact_score = 40
    entry_level = False
    about = "<p>About the role.</p>"

    class Meta:
        model = RolePage


class SalaryBandFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    level = factory.Sequence(lambda n: f"Level {n}")
    years_min = 0
    years_max = 2
    min_usd = 100000
    max_usd = 140000
    notes = ""

    class Meta:
        model = SalaryBand


class LadderStepFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    title = factory.Sequence(lambda n: f"Step {n}")
    years_min = 0
    years_max = 3
    description = "Owns features."

    class Meta:
        model = LadderStep


class TransitionPathFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    from_role_name = factory.Sequence(lambda n: f"Origin Role {n}")
    typical_months = 6
    description = "What carries over and what the gap is."
    key_artifacts = factory.LazyFunction(lambda: [("artifact", "A deployed demo"), ("artifact", "A write-up")])

    class Meta:
        model = TransitionPath


class RoleCourseFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    course = factory.SubFactory(CourseFactory)

    class Meta:
        model = RoleCourse


class RoleCertificationFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    certification = factory.SubFactory(CertificationFactory)

    class Meta:
        model = RoleCertification


class RoleCompanyFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    company = factory.SubFactory(CompanyFactory)

    class Meta:
        model = RoleCompany


class RoleSourceFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    source = factory.SubFactory(SourceFactory)

    class Meta:
        model = RoleSource


class RoleFAQFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "<p>An answer.</p>"

    class Meta:
        model = RoleFAQ
