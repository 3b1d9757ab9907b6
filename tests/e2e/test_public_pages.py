"""Accessibility (axe-core) and screenshots of the public pages in a real browser."""

import pytest

from tests.e2e.conftest import browser_db
from tests.e2e.helpers import assert_accessible, screenshot

pytestmark = [pytest.mark.browser, browser_db]

PAGES = {
    "home": "/",
    "roles-filtered": "/roles/?skill=python&ordering=-median_salary",
    "roles-no-match": "/roles/?family=security&entry_level=false&ai_impact_min=oops",
    "compare": "/roles/compare/?roles=ai-engineer,software-engineer,soc-analyst",
    "search": "/search/?q=engineer",
    "search-none": "/search/?q=zzyzx",
    "role": "/roles/ai-engineer/",
    "paths": "/paths/",
    "path": "/paths/software-to-ai/",
    "courses": "/courses/",
    "certifications": "/certifications/",
}


@pytest.mark.parametrize("name", PAGES)
def test_public_page_has_no_serious_accessibility_violations(tab, site_data, name):
    response = tab.goto(PAGES[name])
    assert response.status == 200
    assert_accessible(tab, name)
    screenshot(tab, name)


def test_skip_link_moves_focus_to_the_main_content(tab, site_data):
    tab.goto("/roles/")
    tab.keyboard.press("Tab")
    skip = tab.get_by_role("link", name="Skip to content")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.bounding_box()["y"] >= 0  # visible when focused
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main"


def test_no_horizontal_scroll_on_a_phone(tab, site_data):
    tab.set_viewport_size({"width": 360, "height": 800})
    for url in PAGES.values():
        tab.goto(url)
        overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 360px"
