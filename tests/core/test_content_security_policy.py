"""Content-Security-Policy: strict on public pages, Wagtail's needs under /admin/."""

import re

import pytest

from tests.site_fixtures import catalogue  # noqa: F401 (fixtures)


def directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: " ".join(part.split()[1:]) for part in header.split(";") if part.strip()}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/roles/", "/roles/ai-engineer/", "/search/?q=python", "/no-such-page/"])
def test_public_pages_get_the_strict_policy(client, catalogue, path):
    policy = directives(client.get(path))
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert "unsafe-inline" not in client.get(path)["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_admin_gets_the_policy_it_needs(client):
    policy = directives(client.get("/admin/login/"))
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == "'self'"  # Wagtail frames its own previews
    assert policy["object-src"] == "'none'"


@pytest.mark.django_db
def test_a_role_page_has_no_inline_script_or_style_the_policy_would_block(client, catalogue):
    html = client.get("/roles/ai-engineer/").content.decode()
    assert "impact-meter" in html and "salary-chart" in html  # the parts that used style attributes
    assert " style=" not in html and "<style" not in html
    scripts = re.findall(r"<script([^>]*)>", html)
    assert all('type="application/ld+json"' in attrs or "src=" in attrs for attrs in scripts), scripts
