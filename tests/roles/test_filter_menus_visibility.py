"""The /roles/ filter menus name only families and skills that readable guides use."""

import re

import pytest
from wagtail.models import PageViewRestriction

from tests.site_fixtures import catalogue, make_role  # noqa: F401 (fixtures)


def menu_options(html: str, name: str) -> list[str]:
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(r"<option[^>]*>([^<]+)</option>", select)


@pytest.mark.django_db
def test_draft_and_private_only_families_and_skills_are_not_offered(client, catalogue, role_index):
    make_role(role_index, "Stealth Draft", "stealth-draft", "Secret Family", tags=["Unreleased Skill"], live=False)
    private = make_role(role_index, "Stealth Private", "stealth-private", "Hidden Family", tags=["Hidden Skill"])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="pw")

    html = client.get("/roles/").content.decode()

    assert menu_options(html, "family") == ["Any family", "Applied AI", "Security", "Software"]
    assert menu_options(html, "skill") == ["Any skill", "Evaluation", "Python", "RAG", "SIEM", "Testing"]
    for leaked in ("Secret Family", "Hidden Family", "Unreleased Skill", "Hidden Skill"):
        assert leaked not in html


@pytest.mark.django_db
def test_a_hidden_family_in_the_url_is_ignored_not_applied(client, catalogue, role_index):
    make_role(role_index, "Stealth Draft", "stealth-draft", "Secret Family", live=False)
    html = client.get("/roles/?family=secret-family").content.decode()
    assert "Ignored Family" in html
    assert "Secret Family" not in html.replace("“secret-family”", "")
