"""On PostgreSQL the SQL built once per process (core.compiled) runs as prepared statements, so the server
stops planning it on every run; no other query is prepared (core.prepared_statements, docs/performance.md);
``DB_PREPARED_STATEMENTS=false`` turns them off."""

import pytest
from django.conf import settings
from django.db import connection

from core.compiled import CompiledQuery
from roles.models import RolePage
from tests.core.test_production_settings import manage
from tests.factories.roles import RolePageFactory

pytestmark = pytest.mark.skipif(not settings.USING_POSTGRES, reason="prepared statements are PostgreSQL's")


def prepared_statements_reading(table: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE statement LIKE %s", [f'%FROM "{table}"%'])
        return [row[0] for row in cursor.fetchall()]


def titles_by_slug(_shape, slug: str):
    return RolePage.objects.filter(slug=slug).values_list("title", flat=True)


def test_a_compiled_query_runs_prepared_and_takes_each_runs_values(role_index):
    prompt = RolePageFactory(parent=role_index, title="Prompt Engineer")
    data = RolePageFactory(parent=role_index, title="Data Engineer")
    compiled = CompiledQuery(titles_by_slug, str)
    assert compiled.run(None, prompt.slug) == ["Prompt Engineer"]
    assert len(prepared_statements_reading("roles_rolepage")) == 1
    assert compiled.run(None, data.slug) == ["Data Engineer"]
    assert compiled.run(None, "no-such-guide") == []


def test_other_queries_are_planned_on_every_run_however_often_they_run(role_index):
    guide = RolePageFactory(parent=role_index, title="Prompt Engineer")
    for _ in range(10):
        assert RolePage.objects.filter(slug=guide.slug).values_list("title", flat=True).get() == "Prompt Engineer"
    assert prepared_statements_reading("roles_rolepage") == []


def test_prepared_statements_can_be_turned_off():
    code = "from django.conf import settings; o = settings.DATABASES['default']['OPTIONS']; print(o.get('server_side_binding'))"
    assert manage("shell", "--no-imports", "-c", code).stdout.split() == ["True"]
    assert manage("shell", "--no-imports", "-c", code, DB_PREPARED_STATEMENTS="false").stdout.split() == ["None"]
