"""export_roles: selection, output targets, the JSON Schema and a constant query count."""

import json

import pytest
from django.core.management.base import CommandError
from wagtail.models import PageViewRestriction

from roles.import_export.exporting import export_role_guides, role_guide_from_page, with_guide_parts
from roles.models import RolePage, TransitionPath
from tests.factories.courses import CourseFactory
from tests.factories.roles import (
    RoleCourseFactory,
    RolePageFactory,
    SalaryBandFactory,
    TransitionPathFactory,
)
from tests.roles.import_export.conftest import export_json


def test_slug_selects_roles_and_an_unknown_slug_is_an_error(rich_role):
    assert [g["slug"] for g in json.loads(export_json("--slug", "ai-engineer"))["roles"]] == ["ai-engineer"]
    with pytest.raises(CommandError, match="No role page has the slug: nope"):
        export_json("--slug", "ai-engineer", "--slug", "nope")


def test_out_writes_the_same_json_to_a_file(rich_role, tmp_path):
    target = tmp_path / "roles.json"

    assert export_json("--out", str(target)) == ""
    assert target.read_text() == export_json()


def test_schema_prints_the_json_schema_of_the_file_format(db):
    schema = json.loads(export_json("--schema"))

    assert schema["title"] == "RoleGuideFile"
    role_guide = schema["$defs"]["RoleGuide"]
    assert role_guide["additionalProperties"] is False
    assert set(role_guide["required"]) == {"slug", "title", "summary"}
    assert role_guide["properties"]["ai_impact_score"]["anyOf"][0] == {"maximum": 100, "minimum": 0, "type": "integer"}


def build_role(role_index, number: int, parts: int) -> RolePage:
    role = RolePageFactory(parent=role_index, title=f"Role {number}", slug=f"role-{number}")
    role.tags.add(*[f"tag-{n}" for n in range(parts)])
    role.save()
    for n in range(parts):
        SalaryBandFactory(page=role, sort_order=n, level=f"Level {n}")
        TransitionPathFactory(page=role, sort_order=n, from_role=role_index.get_children().first().specific)
        RoleCourseFactory(page=role, sort_order=n, course=CourseFactory())
    return role


def test_export_runs_a_constant_number_of_queries(role_index, django_assert_max_num_queries):
    for number in range(2):
        build_role(role_index, number, parts=1)
    export_role_guides()  # warm-up: content types and site caches
    with django_assert_max_num_queries(12) as small:
        export_role_guides()

    for number in range(2, 7):
        build_role(role_index, number, parts=6)
    with django_assert_max_num_queries(len(small.captured_queries)):
        guides = export_role_guides()

    assert len(guides) == 7 and len(guides[-1].salary_bands) == 6


def test_public_only_leaves_out_drafts_readers_may_not_see(rich_role, source_role):
    draft_course = CourseFactory(title="Unreleased", live=False)
    RoleCourseFactory(page=rich_role, course=draft_course)
    source_role.unpublish()

    page = with_guide_parts(RolePage.objects.filter(pk=rich_role.pk), public_only=True).get()
    public = role_guide_from_page(page, public_only=True)
    editorial = export_role_guides(RolePage.objects.filter(pk=rich_role.pk))[0]

    assert "Unreleased" not in [c.title for c in public.courses]
    assert "Unreleased" in [c.title for c in editorial.courses]
    assert public.transition_paths[0].from_role_slug is None
    assert public.transition_paths[0].from_role_name == "Software Engineer"
    assert editorial.transition_paths[0].from_role_slug == "software-engineer"


@pytest.mark.parametrize("restricted", ["source", "index"])
def test_public_only_does_not_link_a_transition_source_behind_a_view_restriction(rich_role, source_role, restricted):
    restricted_page = source_role if restricted == "source" else source_role.get_parent()
    PageViewRestriction.objects.create(page=restricted_page, restriction_type=PageViewRestriction.LOGIN)

    page = with_guide_parts(RolePage.objects.filter(pk=rich_role.pk), public_only=True).get()
    public = role_guide_from_page(page, public_only=True)
    editorial = export_role_guides(RolePage.objects.filter(pk=rich_role.pk))[0]

    assert public.transition_paths[0].from_role_slug is None
    assert public.transition_paths[0].from_role_name == "Software Engineer"
    assert editorial.transition_paths[0].from_role_slug == "software-engineer"


def test_public_only_links_a_live_public_transition_source(rich_role, source_role):
    page = with_guide_parts(RolePage.objects.filter(pk=rich_role.pk), public_only=True).get()

    assert role_guide_from_page(page, public_only=True).transition_paths[0].from_role_slug == "software-engineer"


def test_a_page_breaking_a_rule_of_the_format_is_named_instead_of_exported(rich_role):
    """Data written around the model's checks (here a transition with neither a page nor a name) is refused."""
    first_transition = rich_role.transitions.order_by("sort_order").first()
    TransitionPath.objects.filter(pk=first_transition.pk).update(from_role=None, from_role_name="")

    with pytest.raises(CommandError) as refused:
        export_json()

    assert str(refused.value) == (
        'role "ai-engineer" cannot be exported until it is fixed: '
        "transition_paths[0].from_role_name: give from_role_slug or from_role_name"
    )
