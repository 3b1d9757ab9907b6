"""core.folding: a guide's short lists read in one query and held as Django's prefetch cache."""

import pytest
from django.db.models import Q

from core.folding import fold
from tests.factories.roles import RolePageFactory, SalaryBandFactory, TransitionPathFactory

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


def test_a_foreign_key_brought_along_with_chosen_fields_loads_only_those(role_index, django_assert_num_queries):
    source = RolePageFactory(parent=role_index, title="Data Analyst", about="<p>A long guide body</p>")
    guide = RolePageFactory(parent=role_index)
    TransitionPathFactory(page=guide, from_role=source, typical_months=6)

    with django_assert_num_queries(1):
        fold(guide, {"transitions": (("from_role", ("title", "url_path")),)})
    with django_assert_num_queries(0):
        [transition] = guide.transitions.all()
        assert (transition.from_role.title, transition.from_role.url_path) == ("Data Analyst", source.url_path)
        assert transition.from_role.pk == source.pk and transition.typical_months == 6
    assert "about" in transition.from_role.get_deferred_fields()  # read only when asked for
    assert transition.from_role.about == "<p>A long guide body</p>"
