"""On PostgreSQL a query run often on a connection is prepared, so the server stops planning it on every
run (config/settings/base.py, docs/performance.md); ``DB_PREPARE_THRESHOLD=0`` turns that off."""

import pytest
from django.conf import settings
from django.db import connection

from roles.models import RolePage
from tests.core.test_production_settings import manage
from tests.factories.roles import RolePageFactory

pytestmark = pytest.mark.skipif(not settings.USING_POSTGRES, reason="prepared statements are PostgreSQL's")


def prepared_statements_reading(table: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE statement LIKE %s", [f'%FROM "{table}"%'])
        return [row[0] for row in cursor.fetchall()]


def test_a_query_run_as_often_as_the_threshold_is_prepared_and_still_answers(role_index):
    guide = RolePageFactory(parent=role_index, title="Prompt Engineer")
    assert prepared_statements_reading("roles_rolepage") == []
    for _ in range(settings.DB_PREPARE_THRESHOLD + 1):
        found = RolePage.objects.filter(slug=guide.slug).values_list("title", flat=True).get()
        assert found == "Prompt Engineer"
    assert prepared_statements_reading("roles_rolepage") != []
    # The prepared statement takes each run's value: another guide's slug finds that guide.
    other = RolePageFactory(parent=role_index, title="Data Engineer")
    assert RolePage.objects.filter(slug=other.slug).values_list("title", flat=True).get() == "Data Engineer"


def test_a_zero_threshold_leaves_queries_unprepared():
    code = "from django.conf import settings; o = settings.DATABASES['default']['OPTIONS']; print(o.get('prepare_threshold'), o.get('server_side_binding'))"
    assert manage("shell", "--no-imports", "-c", code).stdout.split() == ["5", "True"]
    assert manage("shell", "--no-imports", "-c", code, DB_PREPARE_THRESHOLD="0").stdout.split() == ["None", "None"]
