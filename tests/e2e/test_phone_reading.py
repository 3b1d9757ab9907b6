"""Reading on a 375 px phone: tap targets meet WCAG 2.2, the filters fold away, compare fits the screen."""

import pytest

from tests.e2e.conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PHONE = {"width": 375, "height": 800}


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def heights(page, selector) -> list[float]:
    return page.locator(selector).evaluate_all("els => els.map(el => el.getBoundingClientRect().height)")


@pytest.mark.parametrize(
    "path,selector,minimum",
    [
        ("/roles/", ".site-nav a", 44),
        ("/roles/", ".breadcrumbs a", 24),
        ("/roles/ai-engineer/", ".section-nav a", 24),
        ("/roles/", ".role-card__compare input[type=checkbox]", 24),
        ("/roles/", ".role-card__compare label", 44),
    ],
)
def test_tap_targets_meet_wcag_target_size(phone, site_data, path, selector, minimum):
    phone.goto(path)
    measured = heights(phone, selector)
    assert measured, f"nothing matches {selector}"
    assert min(measured) >= minimum, f"{selector}: {measured}"


def test_filters_fold_away_on_a_phone_and_open_when_asked(phone, site_data):
    phone.goto("/roles/")
    first_result = phone.locator(".role-card").first
    assert first_result.bounding_box()["y"] < PHONE["height"], "the first result should be on the first screen"
    family = phone.get_by_label("Family")
    assert not family.is_visible()
    phone.get_by_text("Filters", exact=True).click()
    assert family.is_visible()


def test_active_filters_keep_the_disclosure_open(phone, site_data):
    phone.goto("/roles/?entry_level=true")
    assert phone.get_by_label("Family").is_visible()


def test_filters_are_always_shown_beside_the_results_on_a_desktop(tab, site_data):
    tab.goto("/roles/")
    assert tab.get_by_label("Family").is_visible()


def test_compare_shows_every_column_on_a_phone(phone, site_data):
    phone.goto("/roles/compare/?roles=software-engineer,ai-engineer")
    table = phone.locator(".compare-table")
    assert table.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    last_heading = phone.get_by_role("columnheader", name="AI Engineer")
    box = last_heading.bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"]
    assert phone.get_by_role("heading", name="Career ladders").is_visible()
    assert phone.get_by_role("heading", name="AI impact outlook").is_visible()
