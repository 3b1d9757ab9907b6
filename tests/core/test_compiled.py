"""core.compiled: a queryset's SQL built once per shape, run with each call's values, results as the ORM gives."""

import threading

import pytest
from django.db import connection, connections
from django.db.models import Count
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamValue

from core.compiled import CompiledQuery
from roles.models import RolePage
from tests.factories.roles import RoleFamilyFactory, RolePageFactory, SalaryBandFactory


@pytest.fixture
def guides(role_index):
    data, platform = RoleFamilyFactory(name="Data"), RoleFamilyFactory(name="Platform")
    return {
        "analyst": RolePageFactory(parent=role_index, title="Data Analyst", slug="data-analyst", family=data),
        "sre": RolePageFactory(parent=role_index, title="Site Reliability Engineer", slug="sre", family=platform),
    }


class Counted:
    """A build function that counts how often it is called."""

    def __init__(self, build):
        self.build, self.calls = build, 0

    def __call__(self, *args):
        self.calls += 1
        return self.build(*args)


def by_slug(shape, slug):
    return RolePage.objects.filter(slug=slug, live=shape).select_related("family")


@pytest.mark.django_db
def test_each_call_gets_its_own_values_results_and_related_rows_with_the_sql_built_once(
    guides, django_assert_num_queries
):
    build = Counted(by_slug)
    compiled = CompiledQuery(build, str)

    for slug, title, family in [
        ("data-analyst", "Data Analyst", "Data"),
        ("sre", "Site Reliability Engineer", "Platform"),
    ]:
        with django_assert_num_queries(1):  # the family came with the guide
            [guide] = compiled.run(True, slug)
            assert (guide.title, guide.family.name) == (title, family)
    assert compiled.run(True, "no-such-guide") == []
    assert build.calls == 1


@pytest.mark.django_db
def test_annotations_and_prefetches_come_as_the_orm_gives_them(guides, django_assert_num_queries):
    SalaryBandFactory(page=guides["sre"], level="Senior")
    SalaryBandFactory(page=guides["sre"], level="Staff")

    def with_bands(_shape, page_id):
        return (
            RolePage.objects.filter(pk=page_id).annotate(bands=Count("salary_bands")).prefetch_related("salary_bands")
        )

    compiled = CompiledQuery(with_bands, int)
    with django_assert_num_queries(2):
        [guide] = compiled.run(None, guides["sre"].pk)
        assert guide.bands == 2
        assert sorted(band.level for band in guide.salary_bands.all()) == ["Senior", "Staff"]
    [other] = compiled.run(None, guides["analyst"].pk)
    assert other.bands == 0


@pytest.mark.django_db
def test_column_converters_are_worked_out_once_per_connection_and_still_turn_values_into_python(guides, monkeypatch):
    work_out, calls = SQLCompiler.get_converters, []
    monkeypatch.setattr(
        SQLCompiler, "get_converters", lambda compiler, columns: calls.append(columns) or work_out(compiler, columns)
    )
    compiled = CompiledQuery(
        lambda _shape, slug: RolePage.objects.filter(slug=slug).values_list("average_week", flat=True), str
    )

    weeks = [compiled.run(None, slug) for slug in ("sre", "data-analyst")]

    assert [[type(week) for week in found] for found in weeks] == [[StreamValue], [StreamValue]]  # converted
    assert len(calls) == 1


@pytest.mark.django_db
def test_a_new_shape_builds_new_sql_and_old_shapes_are_forgotten_beyond_the_limit(guides):
    guides["sre"].unpublish()
    build = Counted(by_slug)
    compiled = CompiledQuery(build, str, shapes=1)

    assert compiled.run(True, "sre") == []
    assert [guide.title for guide in compiled.run(False, "sre")] == ["Site Reliability Engineer"]
    assert compiled.run(True, "sre") == []  # built again: only one shape is kept
    assert build.calls == 3


@pytest.mark.django_db
def test_a_value_that_does_not_reach_the_sql_as_a_parameter_is_refused(guides):
    compiled = CompiledQuery(lambda _shape, slug: RolePage.objects.filter(slug__startswith=slug), str)
    with pytest.raises(ValueError, match=r"values \[0\] do not reach the SQL"):
        compiled.run(None, "data")


@pytest.mark.django_db
def test_each_thread_runs_it_on_its_own_connection(guides):
    compiled = CompiledQuery(by_slug, str)
    assert [guide.slug for guide in compiled.run(True, "sre")] == ["sre"]  # built on this thread's connection
    seen = {}

    def read_in_another_thread():
        # Its own connection sees none of this test's uncommitted rows: what matters is where the query runs.
        try:
            with CaptureQueriesContext(connections["default"]) as queries:
                seen["found"] = compiled.run(True, "sre")
            seen["queries"], seen["connection"] = len(queries), connections["default"]
        finally:
            connections.close_all()

    reader = threading.Thread(target=read_in_another_thread)
    reader.start()
    reader.join()
    assert seen["found"] == []
    assert seen["queries"] == 1 and seen["connection"] is not connection


@pytest.mark.django_db
def test_a_queryset_empty_by_construction_answers_nothing_without_a_query(guides, django_assert_num_queries):
    compiled = CompiledQuery(lambda shape, slug: RolePage.objects.filter(slug=slug, pk__in=shape), str)
    with django_assert_num_queries(0):
        assert compiled.run((), "sre") == []
    assert [guide.slug for guide in compiled.run((guides["sre"].pk,), "sre")] == ["sre"]
