"""On PostgreSQL the SQL built once per process (core.compiled) runs as prepared statements, so the server
stops planning it on every run; no other query run through Django is prepared (the content version's own
statement, run through libpq, is tested in tests/core/test_content_version_read.py) (core.prepared_statements, docs/performance.md);
``DB_PREPARED_STATEMENTS=false`` turns them off."""

import pytest
from django.conf import settings
from django.db import connection
from django.db.models import F

from core.compiled import CompiledQuery
from core.prepared_statements import _converted
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


def titles_with_long_sql(_shape, slug: str):
    """Over psycopg's 4,096-character limit for keeping a statement's conversion, as the guide's folded lists are."""
    copies = {f"title_copy_{number}": F("title") for number in range(120)}
    return RolePage.objects.filter(slug=slug).annotate(**copies).values_list("title", *copies)


def test_a_long_compiled_query_takes_each_runs_values_and_is_converted_once(role_index):
    prompt = RolePageFactory(parent=role_index, title="Prompt Engineer")
    data = RolePageFactory(parent=role_index, title="Data Engineer")
    compiled = CompiledQuery(titles_with_long_sql, str)
    conversions_before = _converted.cache_info().misses

    assert [row[0] for row in compiled.run(None, prompt.slug)] == ["Prompt Engineer"]
    assert [row[-1] for row in compiled.run(None, data.slug)] == ["Data Engineer"]
    assert compiled.run(None, "no-such-guide") == []
    assert len(prepared_statements_reading("roles_rolepage")[0]) > 4096
    assert _converted.cache_info().misses == conversions_before + 1
