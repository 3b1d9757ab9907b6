"""Migration roles/0006 gives existing course and certification links their guide's title, which the
listings read their first guides by (courses.listings)."""

import pytest

from roles.models import RoleCertification, RoleCourse
from tests.e2e.conftest import wagtail_tree  # noqa: F401 (restores the locale and root a flush removes)
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleCertificationFactory, RoleCourseFactory, RoleIndexPageFactory, RolePageFactory
from tests.migration_steps import migrate_back_and_forth

BEFORE = ("roles", "0005_recently_reviewed_index")  # the migration just before the one tested


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_links_take_their_guides_titles(wagtail_tree):
    index = RoleIndexPageFactory(parent=HomePageFactory.as_site_root())
    course, certification = CourseFactory(), CertificationFactory()
    for title in ("Data Scientist", "AI Engineer"):
        role = RolePageFactory(parent=index, title=title)
        RoleCourseFactory(page=role, course=course)
        RoleCertificationFactory(page=role, certification=certification)

    migrate_back_and_forth(before=BEFORE)  # the column is dropped, added again empty, then filled

    for links in (RoleCourse.objects, RoleCertification.objects):
        assert sorted(links.values_list("page__title", "page_title")) == [
            ("AI Engineer", "AI Engineer"),
            ("Data Scientist", "Data Scientist"),
        ]
