"""core.search_rows writes exactly the search-index rows Wagtail's own add_items writes, only faster."""

import pytest
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from core.search_index import index_objects
from core.search_rows import index_in_bulk
from courses.models import Certification, Course
from paths.models import PackagedPathPage
from roles.models import RolePage
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.paths import PackagedPathPageFactory, PathIndexPageFactory
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


def all_index_rows() -> list[tuple]:
    return list(IndexEntry.objects.order_by("content_type_id", "object_id").values_list("content_type_id", *COLUMNS))


def test_every_indexed_type_gets_the_rows_of_wagtails_add_items(role_index, home_page):
    """Imports index through ``core.search_index.index_objects``, which writes the rows itself on PostgreSQL."""
    role = RolePageFactory(parent=role_index, title="Data Engineer")
    add_role_parts(role, count=2)
    course = CourseFactory(title="Deep Learning Specialization", provider="DeepLearning.AI")
    certification = CertificationFactory(name="AWS Certified Machine Learning", issuer="Amazon")
    path = PackagedPathPageFactory(parent=PathIndexPageFactory(parent=home_page), title="Into AI", roles=[role])
    groups = [(RolePage, [role.pk]), (Course, [course.pk]), (Certification, [certification.pk]), (Page, [path.pk])]

    IndexEntry.objects.all().delete()
    backend = get_search_backend()
    for model, objects in (
        (RolePage, [role]),
        (Course, [course]),
        (Certification, [certification]),
        (PackagedPathPage, [path]),
    ):
        backend.add_bulk(model, list(model.get_indexed_objects().filter(pk__in=[obj.pk for obj in objects])))
    expected = all_index_rows()
    IndexEntry.objects.all().delete()
    index_objects(groups)

    assert len(expected) == 4
    assert all_index_rows() == expected
