"""Migration home/0005 gives existing sites the header they had: Roles, Paths, Courses, Certifications."""

import pytest
from wagtail.models import Site

from home.models import RoleAtlasSettings
from tests.e2e.conftest import wagtail_tree  # noqa: F401 (restores the locale and root a flush removes)
from tests.factories.courses import CertificationIndexPageFactory, CourseIndexPageFactory
from tests.factories.home import HomePageFactory, set_main_navigation
from tests.factories.paths import PathIndexPageFactory
from tests.factories.roles import RoleIndexPageFactory
from tests.migration_steps import migrate_back_and_forth

BEFORE = ("home", "0004_review_defaults")  # the migration just before the one tested


def navigation():
    settings = RoleAtlasSettings.objects.get(site=Site.objects.get(is_default_site=True))
    return [(block.value["page"].url, block.value["label"]) for block in settings.main_navigation]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_sites_keep_their_header_links_and_only_those_they_can_serve(wagtail_tree):
    home = HomePageFactory.as_site_root()
    CourseIndexPageFactory(parent=home)  # created first, as load_demo does: the header's order is not the tree's
    CertificationIndexPageFactory(parent=home)
    RoleIndexPageFactory(parent=home)

    migrate_back_and_forth(before=BEFORE)

    assert navigation() == [("/roles/", "Roles"), ("/courses/", "Courses"), ("/certifications/", "Certifications")]
    set_main_navigation([])
    PathIndexPageFactory(parent=home)

    migrate_back_and_forth(before=BEFORE)  # the column is dropped and added again: the links are rebuilt

    assert navigation() == [
        ("/roles/", "Roles"),
        ("/paths/", "Paths"),
        ("/courses/", "Courses"),
        ("/certifications/", "Certifications"),
    ]
