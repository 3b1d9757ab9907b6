"""The reviews report measured in a 375 px browser: one screen wide, with what a reviewer acts on in view."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from reviews.flags import raise_flag
from tests.e2e.conftest import browser_db
from tests.factories.roles import RolePageFactory

pytestmark = [pytest.mark.browser, browser_db]

PASSWORD = "correct-horse-battery"
PHONE = {"width": 375, "height": 800}


@pytest.fixture
def overdue_guides(wagtail_tree, role_index):
    long_ago = datetime.date.today() - datetime.timedelta(days=400)
    guides = [
        RolePageFactory(parent=role_index, title=title, last_reviewed=long_ago, review_every_days=180)
        for title in ("Machine Learning Operations Engineer", "SOC Analyst")
    ]
    raise_flag(guides[1], "Official figures moved (OEWS May 2024)", [])
    return guides


@pytest.fixture
def reviewer_on_a_phone(browser, live_server, django_user_model):
    django_user_model.objects.create_superuser("reviewer", "reviewer@example.com", PASSWORD)
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("reviewer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile("/admin/$"))
    yield page
    context.close()


def right_edge(locator) -> float:
    box = locator.bounding_box()
    return box["x"] + box["width"]


def test_the_report_fits_a_phone_and_keeps_title_due_date_status_and_action(reviewer_on_a_phone, overdue_guides):
    phone = reviewer_on_a_phone
    phone.goto("/admin/reviews/")
    row = phone.locator("tbody tr", has_text="Machine Learning Operations Engineer")
    expect(row).to_be_visible()

    page_width = phone.evaluate("document.documentElement.scrollWidth")
    assert page_width <= PHONE["width"], f"the report scrolls sideways: {page_width} px wide"

    title = row.get_by_role("link", name="Machine Learning Operations Engineer", exact=True)
    action = row.get_by_role("link", name="Mark Machine Learning Operations Engineer as reviewed")
    for needed in (title, row.get_by_text("Overdue"), action):
        expect(needed).to_be_visible()
        assert right_edge(needed) <= PHONE["width"], f"{needed} is cut off at the right edge"
    assert action.bounding_box()["height"] >= 24, "the action is too small to tap (WCAG 2.2 target size)"

    # Each row reads as a card: the due date is labelled in place, the title is not squeezed into a column.
    due_label = row.locator("td.reviews-report__due").evaluate("cell => getComputedStyle(cell, '::before').content")
    assert "Next review due" in due_label
    assert title.bounding_box()["height"] < 3 * 24, "the title wraps letter by letter"
    # A flag reason is labelled in place; a row nobody flagged shows no empty label.
    expect(row.locator("td.reviews-report__flag")).to_be_hidden()
    flagged = phone.locator("tbody tr", has_text="SOC Analyst").locator("td.reviews-report__flag")
    expect(flagged).to_contain_text("Official figures moved (OEWS May 2024)")
    # The columns one can filter by fold away on a phone.
    expect(row.locator("td.reviews-report__secondary").first).to_be_hidden()
