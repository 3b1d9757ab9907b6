"""What an import does to pages, revisions and snippets: drafts by default, --publish, --dry-run, matching."""

import io
import json
import sys

import pytest

from courses.models import Course
from roles.models import Company, RoleFamily, RolePage
from tests.factories.courses import CourseFactory
from tests.factories.roles import CompanyFactory, RolePageFactory
from tests.roles.import_export.conftest import database_snapshot, guide_payload, run_import


@pytest.fixture
def live_role(role_index):
    role = RolePageFactory(parent=role_index, title="Data Engineer", slug="data-engineer", summary="Live summary.")
    role.save_revision().publish()
    return role


def test_a_new_role_is_created_as_a_draft_holding_the_whole_guide(role_index, tmp_path):
    output = run_import(tmp_path, {"roles": [guide_payload()]})

    page = RolePage.objects.get(slug="data-engineer")
    assert not page.live
    assert page.get_parent().specific == role_index
    assert page.revisions.count() == 1
    assert page.summary == "What a data-engineer does."
    assert [band.level for band in page.salary_bands.all()] == ["Junior", "Mid", "Senior"]
    assert [tag.name for tag in page.tags.all()] == ["SQL"]
    assert "Created 1 role page(s), saved as drafts: data-engineer" in output


def test_importing_over_a_live_page_saves_a_draft_revision_and_leaves_the_live_page_alone(live_role, tmp_path):
    run_import(tmp_path, {"roles": [guide_payload(summary="Draft summary.")]})

    live_role.refresh_from_db()
    assert live_role.live and live_role.summary == "Live summary." and live_role.has_unpublished_changes
    assert live_role.revisions.count() == 2 and live_role.salary_bands.count() == 0
    draft = live_role.get_latest_revision_as_object()
    assert draft.summary == "Draft summary."
    assert [band.level for band in draft.salary_bands.all()] == ["Junior", "Mid", "Senior"]


def test_publish_makes_the_imported_guide_live(live_role, tmp_path):
    output = run_import(tmp_path, {"roles": [guide_payload(summary="Published summary.")]}, "--publish")

    live_role.refresh_from_db()
    assert live_role.live and not live_role.has_unpublished_changes
    assert live_role.summary == "Published summary."
    assert live_role.live_revision == live_role.latest_revision
    assert [band.max_usd for band in live_role.salary_bands.all()] == [120000, 160000, 220000]
    assert "Updated 1 role page(s), published: data-engineer" in output


def test_dry_run_checks_everything_and_writes_nothing(live_role, tmp_path):
    before = database_snapshot()

    output = run_import(tmp_path, {"roles": [guide_payload(), guide_payload("new-role")]}, "--dry-run", "--publish")

    assert database_snapshot() == before
    assert "Created 1 role page(s), published: new-role" in output
    assert "Dry run: the file is valid; nothing was written." in output


def test_a_bare_list_and_a_bare_guide_are_accepted(role_index, tmp_path):
    run_import(tmp_path, [guide_payload("first-role")])
    run_import(tmp_path, guide_payload("second-role"))

    assert set(RolePage.objects.values_list("slug", flat=True)) == {"first-role", "second-role"}


def test_reads_the_file_from_stdin(role_index, monkeypatch):
    from django.core.management import call_command

    stdin = io.TextIOWrapper(io.BytesIO(json.dumps({"roles": [guide_payload()]}).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)

    call_command("import_roles", "-", stdout=io.StringIO())

    assert RolePage.objects.filter(slug="data-engineer").exists()


def test_transition_sources_link_by_slug_in_the_database_or_the_file_else_keep_the_name(role_index, tmp_path):
    existing = RolePageFactory(parent=role_index, title="Software Engineer", slug="software-engineer")
    transitions = [
        {"from_role_slug": "software-engineer", "typical_months": 9, "description": "From the database."},
        {"from_role_slug": "ml-engineer", "typical_months": 4, "description": "From later in the file."},
        {
            "from_role_slug": "soc-analyst",
            "from_role_name": "SOC Analyst",
            "typical_months": 12,
            "description": "No guide yet.",
        },
    ]
    payload = {"roles": [guide_payload("ai-engineer", transition_paths=transitions), guide_payload("ml-engineer")]}

    output = run_import(tmp_path, payload)

    paths = list(RolePage.objects.get(slug="ai-engineer").transitions.all())
    assert paths[0].from_role == existing
    assert paths[1].from_role == RolePage.objects.get(slug="ml-engineer")
    assert paths[2].from_role is None and paths[2].from_role_name == "SOC Analyst"
    assert (
        'Note: roles[0].transition_paths[2].from_role_slug: no role page has the slug "soc-analyst"; '
        'kept as the name "SOC Analyst"'
    ) in output


def test_missing_snippets_are_created_live_with_a_revision(role_index, tmp_path):
    output = run_import(tmp_path, {"roles": [guide_payload()]})

    course = Course.objects.get(title="Designing Data Pipelines", provider="Data School")
    assert course.live and course.live_revision is not None and course.url == "https://example.com/c"
    company = Company.objects.get(name="Acme Data")
    assert company.latest_revision is not None
    assert RoleFamily.objects.get(name="Data").description == "Roles that move and shape data."
    assert 'course "Designing Data Pipelines (Data School)"' in output


def test_existing_snippets_are_matched_by_natural_key_and_never_changed(role_index, tmp_path):
    course = CourseFactory(title="Designing Data Pipelines", provider="Data School", url="https://school.example/dp")
    other_provider = CourseFactory(title="Designing Data Pipelines", provider="Another School")
    company = CompanyFactory(name="Acme Data", url="https://acme.example.com")

    output = run_import(tmp_path, {"roles": [guide_payload()]})

    page = RolePage.objects.get(slug="data-engineer")
    assert [link.course for link in page.role_courses.all()] == [course]
    assert [link.company for link in page.role_companies.all()] == [company]
    course.refresh_from_db()
    assert course.url == "https://school.example/dp"
    assert Course.objects.count() == 2 and other_provider.role_links.count() == 0
    assert (
        'Note: roles[0].courses[0]: kept the existing course "Designing Data Pipelines (Data School)"; '
        "the file differs in url, description_html"
    ) in output
    assert "companies[0]" not in output  # same URL: nothing to report


def test_a_snippet_named_twice_in_one_file_is_created_once(role_index, tmp_path):
    run_import(tmp_path, {"roles": [guide_payload("first-role"), guide_payload("second-role")]})

    assert Course.objects.filter(title="Designing Data Pipelines").count() == 1
    assert Company.objects.filter(name="Acme Data").count() == 1


def test_a_role_omitting_parts_clears_them_on_the_page(live_role, tmp_path):
    """A guide in the file is the whole guide: what it leaves out is emptied, not kept."""
    run_import(tmp_path, {"roles": [guide_payload()]}, "--publish")
    run_import(tmp_path, {"roles": [guide_payload(salary_bands=[], courses=[], ai_impact_score=None)]}, "--publish")

    live_role.refresh_from_db()
    assert live_role.salary_bands.count() == 0 and live_role.role_courses.count() == 0
    assert live_role.ai_impact_score is None


def test_linking_a_snippet_that_is_not_live_is_reported(role_index, tmp_path):
    CourseFactory(title="Designing Data Pipelines", provider="Data School", url="https://example.com/c", live=False)

    output = run_import(tmp_path, {"roles": [guide_payload()]})

    assert (
        'roles[0].courses[0]: the course "Designing Data Pipelines (Data School)" is not live; '
        "readers see it once it is published"
    ) in output
