"""core.folding: a guide's short lists read in one query and held as Django's prefetch cache."""

import pytest
from django.db.models import Q

from core.folding import fold
from tests.factories.roles import RolePageFactory, SalaryBandFactory

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
