"""After an import the search index and the reference index hold the imported guides, though both are
updated once at the end of the import rather than on every save; a failed import leaves them alone."""

import json
import re

import pytest
from django.core.management.base import CommandError
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from courses.models import Course
from roles.import_export.importing import import_role_guides, parse_role_guides
from roles.models import RolePage
from tests.roles.import_export.conftest import guide_payload, run_import


def search_titles(client, query: str) -> str:
    """The result lists of the site search (not the suggestions shown when nothing matches)."""
    html = client.get("/search/", {"q": query}).content.decode()
    return "".join(re.findall(r'<ol class="search-results">.*?</ol>', html, re.S))


def test_site_search_finds_published_imported_guides_by_their_parts(role_index, client, tmp_path):
    faq = [{"question": "Do you need a doctorate?", "answer_html": "<p>Rarely; ship a lakehouse first.</p>"}]
    run_import(tmp_path, {"roles": [guide_payload(faq=faq), guide_payload("ml-engineer")]}, "--publish")

    assert "Data Engineer" in search_titles(client, "lakehouse")  # an FAQ answer (an inline row)
    assert "Data Engineer" in search_titles(client, "pipelines")  # a recommended course's title (a snippet)
    assert "Ml Engineer" in search_titles(client, "ml engineer")
    created_course = get_search_backend().search("Designing Data Pipelines", Course)
    assert [course.title for course in created_course] == ["Designing Data Pipelines"]


def test_importing_new_text_over_a_guide_replaces_what_search_finds(role_index, client, tmp_path):
    run_import(tmp_path, {"roles": [guide_payload(summary="Builds a lakehouse.")]}, "--publish")
    run_import(tmp_path, {"roles": [guide_payload(summary="Builds a warehouse.")]}, "--publish")

    assert "Data Engineer" in search_titles(client, "warehouse")
    assert "Data Engineer" not in search_titles(client, "lakehouse")


def test_the_admin_usage_of_a_snippet_lists_the_imported_guides(role_index, tmp_path):
    run_import(tmp_path, {"roles": [guide_payload(), guide_payload("ml-engineer")]})

    course = Course.objects.get(title="Designing Data Pipelines")
    using = {reference.object_id for reference in ReferenceIndex.get_references_to(course)}
    assert using == {str(page.pk) for page in RolePage.objects.all()}


def reference_rows() -> set[tuple]:
    return set(
        ReferenceIndex.objects.values_list("object_id", "to_content_type", "to_object_id", "model_path", "content_path")
    )


def test_the_reference_index_an_import_leaves_is_the_one_wagtail_builds_for_each_page(role_index, tmp_path):
    faq = [{"question": "Why?", "answer_html": "<p>Because.</p>"}]
    run_import(tmp_path, {"roles": [guide_payload(faq=faq), guide_payload("ml-engineer")]}, "--publish")
    imported = reference_rows()

    ReferenceIndex.objects.all().delete()
    for page in RolePage.objects.all():
        ReferenceIndex.create_or_update_for_object(page)

    assert imported and imported == reference_rows()


def test_a_failed_import_leaves_the_search_index_as_it_was(role_index, tmp_path):
    run_import(tmp_path, {"roles": [guide_payload()]}, "--publish")
    before = sorted(IndexEntry.objects.values_list("object_id", "body"))

    bad = guide_payload("ml-engineer", occupations=[{"soc_code": "99-9999"}])
    with pytest.raises(CommandError, match="nothing was written"):
        run_import(tmp_path, {"roles": [guide_payload(summary="Builds a warehouse."), bad]}, "--publish")

    assert sorted(IndexEntry.objects.values_list("object_id", "body")) == before


def test_query_budget_per_published_guide(role_index, django_assert_max_num_queries):
    """Search and reference indexing run once at the end, the reference index reading the inline rows of 100 guides
    at a time, and a save that writes a guide's rows itself sends no update of their copies: a guide costs a fixed
    number of queries (about 82; 97 before session 13, and indexing on every save cost about 60 more)."""
    guides = parse_role_guides(json.dumps({"roles": [guide_payload(f"role-{n}") for n in range(10)]}).encode())
    with django_assert_max_num_queries(10 * 90):
        import_role_guides(guides, publish=True)
    assert RolePage.objects.live().count() == 10
