import factory
import wagtail_factories
from factory.django import DjangoModelFactory

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
from roles.presentation.figures import GrowthOutlook
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
    sort_order = factory.Sequence(lambda n: n)
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
    sort_order = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: f"Step {n}")
    years_min = 0
    years_max = 3
    description = "Owns features."

    class Meta:
        model = LadderStep


class TransitionPathFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    sort_order = factory.Sequence(lambda n: n)
    from_role_name = factory.Sequence(lambda n: f"Origin Role {n}")
    typical_months = 6
    description = "What carries over and what the gap is."
    key_artifacts = factory.LazyFunction(lambda: [("artifact", "A deployed demo"), ("artifact", "A write-up")])

    class Meta:
        model = TransitionPath


class RoleCourseFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    sort_order = factory.Sequence(lambda n: n)
    course = factory.SubFactory(CourseFactory)

    class Meta:
        model = RoleCourse


class RoleCertificationFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    sort_order = factory.Sequence(lambda n: n)
    certification = factory.SubFactory(CertificationFactory)

    class Meta:
        model = RoleCertification


class RoleCompanyFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    sort_order = factory.Sequence(lambda n: n)
    company = factory.SubFactory(CompanyFactory)

    class Meta:
        model = RoleCompany


class RoleSourceFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    sort_order = factory.Sequence(lambda n: n)
    source = factory.SubFactory(SourceFactory)

    class Meta:
        model = RoleSource


class RoleFAQFactory(DjangoModelFactory):
    page = factory.SubFactory(RolePageFactory)
    sort_order = factory.Sequence(lambda n: n)
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "<p>An answer.</p>"

    class Meta:
        model = RoleFAQ


def add_role_parts(page: RolePage, count: int = 1, transition_from: RolePage | None = None) -> RolePage:
    """Give ``page`` ``count`` of every related item: bands, ladder steps, transition paths,
    live courses and certifications, companies, sources, FAQ entries and skill tags.

    Transition paths alternate between a source role page (``transition_from``, when given)
    and a typed name, so both ways of naming a source are exercised.
    """
    for n in range(count):
        SalaryBandFactory(page=page, min_usd=100000 + n * 1000, max_usd=150000 + n * 1000)
        LadderStepFactory(page=page)
        if transition_from is not None and n % 2 == 0:
            TransitionPathFactory(page=page, from_role=transition_from, from_role_name="")
        else:
            TransitionPathFactory(page=page)
        RoleCourseFactory(page=page)
        RoleCertificationFactory(page=page)
        RoleCompanyFactory(page=page)
        RoleSourceFactory(page=page)
        RoleFAQFactory(page=page)
    page.tags.add(*[f"skill-{n}" for n in range(count)])
    page.save()
    return page
