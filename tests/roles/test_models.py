"""Bad input is refused with a message that names the field, in the model and in the database."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from wagtail.models import Page

from roles.models import (
    Company,
    LadderStep,
    RoleCertification,
    RoleCompany,
    RoleCourse,
    RoleFamily,
    RoleFAQ,
    RolePage,
    RoleSource,
    SalaryBand,
    Source,
    TransitionPath,
)
from tests.factories.roles import (
    CompanyFactory,
    RolePageFactory,
    SalaryBandFactory,
    SourceFactory,
    TransitionPathFactory,
)


def errors_of(instance, **kwargs) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean(**kwargs)
    return caught.value.message_dict


@pytest.fixture
def role(role_index):
    return RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer")


@pytest.mark.parametrize("score", [101, 250])
def test_ai_impact_score_above_100_is_refused(role, score):
    role.ai_impact_score = score
    assert errors_of(role) == {"ai_impact_score": ["The AI-impact score must be between 0 and 100."]}


@pytest.mark.parametrize("score", [0, 35, 100, None])
def test_ai_impact_score_within_range_is_accepted(role, score):
    role.ai_impact_score = score
    role.full_clean()


def test_database_refuses_an_ai_impact_score_above_100(role):
    with pytest.raises(IntegrityError), transaction.atomic():
        RolePage.objects.filter(pk=role.pk).update(ai_impact_score=101)


def test_negative_money_is_refused(role):
    role.median_salary = -1
    assert "median_salary" in errors_of(role)
    band = SalaryBandFactory.build(page=role, min_usd=-5, max_usd=10)
    assert "min_usd" in errors_of(band, exclude=["page"])


def test_salary_band_min_above_max_names_the_max(role):
    band = SalaryBandFactory.build(page=role, min_usd=200000, max_usd=150000)
    assert errors_of(band, exclude=["page"]) == {
        "max_usd": ["The top of the range must be at least the bottom of the range."]
    }


def test_database_refuses_a_salary_band_with_min_above_max(role):
    with pytest.raises(IntegrityError), transaction.atomic():
        SalaryBand.objects.create(page=role, level="Upside down", min_usd=2, max_usd=1)


def test_experience_range_must_not_be_upside_down(role):
    band = SalaryBandFactory.build(page=role, years_min=5, years_max=2)
    assert errors_of(band, exclude=["page"]) == {"years_max": ["Must be greater than or equal to the fewest years."]}


def test_transition_months_must_be_at_least_one(role):
    path = TransitionPathFactory.build(page=role, typical_months=0)
    assert errors_of(path, exclude=["page"]) == {"typical_months": ["Typical months must be 1 or more."]}
    with pytest.raises(IntegrityError), transaction.atomic():
        TransitionPathFactory(page=role, typical_months=0)


def test_transition_needs_a_source_role_or_a_name(role):
    path = TransitionPathFactory.build(page=role, from_role=None, from_role_name="  ")
    assert errors_of(path, exclude=["page"]) == {
        "from_role_name": ["Choose the role page people come from, or type its name."]
    }


def test_a_role_cannot_be_a_transition_into_itself(role):
    path = TransitionPathFactory.build(page=role, from_role=role)
    assert errors_of(path, exclude=["page"]) == {"from_role": ["A role cannot be a transition path into itself."]}


def test_transition_keeps_the_source_title_as_its_name(role, role_index):
    source = RolePageFactory(parent=role_index, title="SOC Analyst")
    path = TransitionPathFactory(page=role, from_role=source, from_role_name="")
    assert path.from_role_name == "SOC Analyst"


def test_summary_longer_than_300_characters_is_refused(role):
    role.summary = "x" * 301
    assert errors_of(role) == {"summary": ["Ensure this value has at most 300 characters (it has 301)."]}


def test_slug_must_be_unique_among_siblings(role, role_index):
    twin = RolePageFactory(parent=role_index, title="Another", slug="another")
    twin.slug = role.slug
    assert "slug" in errors_of(twin)


@pytest.mark.parametrize("factory", [CompanyFactory, SourceFactory])
@pytest.mark.parametrize(
    "url", ["ftp://files.example.com/report", "javascript:alert(1)", "not a url"], ids=["ftp", "javascript", "text"]
)
def test_snippet_urls_must_be_web_addresses(db, factory, url):
    snippet = factory.build(url=url)
    assert errors_of(snippet) == {"url": ["Enter a web address starting with http:// or https://."]}


@pytest.mark.parametrize("factory", [CompanyFactory, SourceFactory])
@pytest.mark.parametrize(
    "url", ["https://example.com/careers", "http://example.org", ""], ids=["https", "http", "empty"]
)
def test_snippet_urls_accept_http_https_or_empty(db, factory, url):
    factory.build(url=url).full_clean()


EDITABLE_MODELS = [
    RolePage,
    SalaryBand,
    LadderStep,
    TransitionPath,
    RoleCourse,
    RoleCertification,
    RoleCompany,
    RoleSource,
    RoleFAQ,
    RoleFamily,
    Company,
    Source,
]
PLUMBING = {"id", "sort_order", "page", "latest_revision", "content_object"}


@pytest.mark.parametrize("model", EDITABLE_MODELS, ids=lambda model: model.__name__)
def test_every_field_an_editor_fills_in_has_help_text(model):
    page_fields = {field.name for field in Page._meta.get_fields()}
    missing = [
        field.name
        for field in model._meta.get_fields()
        if field.concrete
        and not field.auto_created
        and field.editable
        and field.name not in PLUMBING
        and not (model is RolePage and field.name in page_fields)
        and not isinstance(field, models.AutoField)
        and not field.help_text
    ]
    assert missing == []
