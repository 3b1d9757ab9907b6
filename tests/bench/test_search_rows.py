"""bench.search_rows writes exactly the search-index rows Wagtail's own add_items writes, only faster."""

import pytest
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from bench.search_rows import index_in_bulk
from roles.models import RolePage
from tests.factories.roles import RoleFamilyFactory, RolePageFactory, add_role_parts

pytestmark = pytest.mark.django_db

COLUMNS = ("object_id", "title", "autocomplete", "body", "title_norm", "title_text", "body_text")


def index_rows() -> list[tuple]:
    return list(IndexEntry.objects.filter(content_type__model="rolepage").order_by("object_id").values_list(*COLUMNS))


def test_rows_are_those_of_wagtails_add_items(role_index):
    source = RolePageFactory(parent=role_index, title="Software Engineer", summary="Writes software.")
    rich = RolePageFactory(
        parent=role_index,
        title="AI Engineer",
        specialty="AI Engineering",
        family=RoleFamilyFactory(name="Applied AI"),
        about="<p>Builds <b>retrieval</b> systems.</p>",
    )
    add_role_parts(rich, count=3, transition_from=source)
    RolePageFactory(parent=role_index, title="Empty Role", summary="Nothing else.")
    indexed = RolePage.get_indexed_objects()

    IndexEntry.objects.all().delete()
    get_search_backend().add_bulk(RolePage, list(indexed))
    expected = index_rows()
    IndexEntry.objects.all().delete()
    assert index_in_bulk(RolePage, indexed) == 3

    assert index_rows() == expected
    assert "'retriev'" in dict((row[0], row[3]) for row in expected)[str(rich.pk)]
