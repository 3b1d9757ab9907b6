"""Export, import into an empty database, export again: the two files are identical."""

import json

import pytest

from courses.models import Certification, Course
from roles.models import Company, RoleFamily, RolePage, Source
from tests.roles.import_export.conftest import export_json, run_import


def delete_roles_and_snippets():
    for page in RolePage.objects.all():
        page.delete()
    for model in (Course, Certification, Company, Source, RoleFamily):
        model.objects.all().delete()


@pytest.mark.django_db
def test_export_then_import_into_an_empty_database_reproduces_every_field_and_item(rich_role, tmp_path):
    first = export_json()
    exported = json.loads(first)["roles"]
    assert [guide["slug"] for guide in exported] == ["software-engineer", "ai-engineer"]
    guide = exported[1]
    list_sizes = {key: len(value) for key, value in guide.items() if isinstance(value, list)}
    assert min(list_sizes.values()) >= 2, list_sizes  # every list part has several items
    assert all(value not in (None, "") for value in guide.values()), guide  # every field is filled

    delete_roles_and_snippets()
    assert not RolePage.objects.exists() and not Course.objects.exists()
    run_import(tmp_path, first)

    assert export_json() == first


@pytest.mark.django_db
def test_export_keeps_order_links_and_figures_as_editors_entered_them(rich_role):
    guide = json.loads(export_json("--slug", "ai-engineer"))["roles"][0]

    assert guide["skill_tags"] == ["evaluation", "Python", "RAG"]
    assert [band["level"] for band in guide["salary_bands"]] == ["Junior IC", "Mid IC", "Senior IC", "Staff"]
    assert guide["salary_bands"][3] | {"notes": ""} == {
        "years_min": 8,
        "years_max": None,
        "level": "Staff",
        "min_usd": 260000,
        "max_usd": 400000,
        "notes": "",
    }
    assert guide["transition_paths"][0]["from_role_slug"] == "software-engineer"
    assert guide["transition_paths"][0]["from_role_name"] == "Software Engineer"
    assert guide["transition_paths"][1] == {
        "from_role_slug": None,
        "from_role_name": "SOC Analyst",
        "typical_months": 14,
        "description": "Domain carries over.",
        "key_artifacts": ["A triage assistant"],
    }
    # Internal page links are exported as the page's URL; the database format never leaks out.
    assert '<a href="/roles/software-engineer/">Software Engineer</a>' in guide["about_html"]
    assert "linktype" not in export_json()
    assert guide["courses"][0] == {
        "title": "AI Engineering",
        "provider": "Chip Huyen",
        "format": "book",
        "url": None,
        "description_html": '<p>The <b>standard</b> text. <a href="https://example.com/b">Site</a></p>',
    }
    assert guide["growth_outlook"] == "very_high" and guide["last_reviewed"] == "2026-04-26"
