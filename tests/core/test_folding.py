"""core.folding: a guide's short lists read in one query and held as Django's prefetch cache."""

from datetime import date

import pytest
from django.db.models import Q
from django.utils import timezone

from core.folding import fold
from courses.models import Certification, Course
from roles.models import RoleOccupation, RolePage
from roles.presentation.page_context import FOLDED_PARTS
from tests.factories.occupations import OccupationFactory
from tests.factories.roles import RolePageFactory, SalaryBandFactory, add_role_parts

pytestmark = pytest.mark.django_db


def test_held_lists_answer_without_a_query_and_still_filter_on_their_own_guide(role_index, django_assert_num_queries):
    guide, other = RolePageFactory(parent=role_index), RolePageFactory(parent=role_index)
    for level, page in [("Junior", guide), ("Senior", guide), ("Senior", other)]:
        SalaryBandFactory(page=page, level=level)

    with django_assert_num_queries(1):
        fold(guide, {"salary_bands": (), "faqs": ()})
    with django_assert_num_queries(0):
        assert [band.level for band in guide.salary_bands.all()] == ["Junior", "Senior"]
        assert guide.salary_bands.count() == 2 and list(guide.faqs.all()) == []
        assert guide.salary_bands.all()[0].page is guide
    with django_assert_num_queries(1):  # a new query stays within this guide's bands
        assert [band.page_id for band in guide.salary_bands.filter(level="Senior")] == [guide.pk]


def test_a_narrowed_list_holds_and_queries_only_its_rows(role_index):
    guide = RolePageFactory(parent=role_index)
    for level in ("Junior", "Senior"):
        SalaryBandFactory(page=guide, level=level)

    fold(guide, {"salary_bands": ()}, {"salary_bands": Q(level="Senior")})

    assert [band.level for band in guide.salary_bands.all()] == ["Senior"]
    assert guide.salary_bands.exclude(pk=0).count() == 1


def values_of(instance) -> dict:
    """Every column's value and its type, as an instance holds them."""
    return {
        field.attname: (value := getattr(instance, field.attname), type(value))
        for field in instance._meta.concrete_fields
    }


def test_held_rows_hold_what_djangos_own_reads_give_column_for_column(role_index):
    guide = add_role_parts(RolePageFactory(parent=role_index), count=2)
    RoleOccupation.objects.create(page=guide, occupation=OccupationFactory(), note="Closest match")
    for model in (Course, Certification):  # dates travel in JSON as text: they must come back as dates
        model.objects.update(last_reviewed=date(2026, 3, 4), first_published_at=timezone.now())

    fold(guide, FOLDED_PARTS)

    read = RolePage.objects.get(pk=guide.pk)
    for name, related in FOLDED_PARTS.items():
        held, expected = list(getattr(guide, name).all()), list(getattr(read, name).all())
        assert held and [values_of(row) for row in held] == [values_of(row) for row in expected], name
        for key in related:
            assert [values_of(getattr(row, key)) for row in held] == [values_of(getattr(row, key)) for row in expected]
