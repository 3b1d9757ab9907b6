"""Migration roles/0007 gives existing skill tags their guide's title and family, which related roles are
ranked by (roles.presentation.related), and indexes the pages that are not live."""

import pytest
from django.db import connection

from roles.models import RoleSkillTag
from tests.e2e.conftest import wagtail_tree  # noqa: F401 (restores the locale and root a flush removes)
from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleFamilyFactory, RoleIndexPageFactory, RolePageFactory
from tests.migration_steps import migrate_back_and_forth

BEFORE = ("roles", "0006_guide_title_on_learning_links")  # the migration just before the one tested


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_skill_tags_take_their_guides_title_and_family(wagtail_tree):
    index = RoleIndexPageFactory(parent=HomePageFactory.as_site_root())
    security = RoleFamilyFactory(name="Security")
    for title, family in (("SOC Analyst", security), ("AI Engineer", None)):
        role = RolePageFactory(parent=index, title=title, family=family)
        role.tags.add("Python")
        role.save()

    migrate_back_and_forth(before=BEFORE)  # the columns are dropped, added again empty, then filled

    assert sorted(RoleSkillTag.objects.values_list("page_title", "page_family__name")) == [
        ("AI Engineer", None),
        ("SOC Analyst", "Security"),
    ]
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert "roles_page_not_live" in indexes
