"""The public pages pass the Nu HTML Checker with no errors."""

import pytest
from django.template.loader import render_to_string

from tests.factories.home import HomeFeaturedRoleFactory
from tests.factories.roles import TransitionPathFactory
from tests.html_validation import requires_vnu, vnu_errors
from tests.site_fixtures import catalogue, learning_catalogue  # noqa: F401 (fixtures)

PAGES = {
    "home": "/",
    "index": "/roles/?skill=python&ordering=-median_salary",
    "index-no-match": "/roles/?family=security&entry_level=false&ai_impact_min=bad",
    "compare": "/roles/compare/?roles=ai-engineer,software-engineer,soc-analyst",
    "compare-picker": "/roles/compare/?roles=ai-engineer",
    "search": "/search/?q=engineer",
    "search-none": "/search/?q=zzyzx",
    "role": "/roles/ai-engineer/",
    "paths": "/paths/",
    "path": "/paths/software-to-ai/",
    "courses": "/courses/",
    "certifications": "/certifications/",
}


@requires_vnu
@pytest.mark.django_db
def test_public_pages_are_valid_html(client, learning_catalogue, home_page, tmp_path):
    HomeFeaturedRoleFactory(page=home_page, role=learning_catalogue["ai"])
    files = []
    for name, url in PAGES.items():
        response = client.get(url)
        assert response.status_code == 200, url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    bad = tmp_path / "known-bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>')
    assert vnu_errors([bad]), "the checker must report errors in a broken page"
    assert vnu_errors(files) == []


@requires_vnu
@pytest.mark.django_db
def test_role_page_includes_are_valid_html(catalogue, rf, tmp_path):
    ai = catalogue["ai"]
    TransitionPathFactory(page=catalogue["soc"], from_role=ai, from_role_name="", typical_months=3)
    context = {"page": ai, "request": rf.get(ai.url)}
    head = render_to_string("roles/includes/structured_data.html", context)
    body = render_to_string("roles/includes/transition_graph.html", context)
    path = tmp_path / "includes.html"
    path.write_text(
        f'<!DOCTYPE html><html lang="en"><head><title>t</title>{head}</head><body><main>{body}</main></body></html>'
    )
    assert "<svg" in body
    assert vnu_errors([path]) == []
