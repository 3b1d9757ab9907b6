"""A reader filters the index to a role, opens it, compares it and finds it again through search."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_reader_filters_compares_and_searches(tab, site_data):
    tab.goto("/")
    tab.get_by_role("link", name="Browse all role guides").click()

    tab.get_by_label("Skill", exact=True).select_option(label="RAG")
    tab.get_by_role("button", name="Show roles").click()
    expect(tab).to_have_url(re.compile(r"/roles/\?.*skill=rag"))
    expect(tab.get_by_role("heading", name="1 role matches your filters")).to_be_visible()
    role_link = tab.get_by_role("link", name="AI Engineer", exact=True)
    assert role_link.get_attribute("href") == "/roles/ai-engineer/"

    tab.get_by_role("link", name=re.compile("Skill: RAG")).click()  # remove the filter again
    tab.get_by_label("Compare AI Engineer").check()
    tab.get_by_label("Compare Software Engineer").check()
    tab.get_by_role("button", name="Compare selected roles").click()
    expect(tab).to_have_url(re.compile(r"/roles/compare/\?roles=ai-engineer,software-engineer$"))
    expect(tab.get_by_role("heading", level=1)).to_have_text(re.compile("Compare AI Engineer vs Software Engineer"))
    expect(tab.get_by_role("link", name="From Software Engineer to AI Engineer")).to_be_visible()

    tab.get_by_label("Role 3 (optional)").select_option(label="SOC Analyst")
    tab.get_by_role("button", name="Compare", exact=True).click()
    expect(tab).to_have_url(re.compile(r"roles=ai-engineer,software-engineer,soc-analyst$"))
    assert tab.locator(".salary-chart__bar").count() == 5

    tab.get_by_label("Search the guides").fill("AI engineer")
    tab.get_by_label("Search the guides").press("Enter")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Search results for “AI engineer”")
    result = tab.locator(".search-result").get_by_role("link", name="AI Engineer")
    assert result.get_attribute("href") == "/roles/ai-engineer/"


def test_reader_opens_the_role_page_and_its_compare_link(tab, site_data):
    tab.goto("/roles/")
    tab.get_by_role("link", name="AI Engineer", exact=True).click()
    expect(tab).to_have_url(re.compile("/roles/ai-engineer/$"))
    expect(tab.get_by_role("heading", level=1)).to_have_text("AI Engineer")
    tab.locator('a[href^="/roles/compare/?roles=ai-engineer"]').first.click()
    expect(tab.get_by_label("Role 1")).to_have_value("ai-engineer")
