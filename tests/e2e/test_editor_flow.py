"""An editor creates a role guide in the Wagtail admin, previews it, publishes it, and readers see it."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import browser_db
from tests.factories.courses import CourseFactory

pytestmark = [pytest.mark.browser, browser_db]

PASSWORD = "correct-horse-battery"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)


def open_tab(tab, name):
    tab.get_by_role("tab", name=name).click()


def test_editor_creates_previews_and_publishes_a_role(tab, browser, live_server, site_data, role_index, editor):
    CourseFactory(title="Evaluation Engineering", provider="Open University")

    tab.goto("/admin/login/")
    tab.get_by_label("Username").fill("editor")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    expect(tab).to_have_url(re.compile("/admin/$"))

    response = tab.goto(f"/admin/pages/add/roles/rolepage/{role_index.pk}/")
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]  # the admin's CSP is on
    tab.locator("#id_title").fill("Prompt Reliability Engineer")
    tab.locator("#id_summary").fill("Keeps LLM features reliable with evaluations and guardrails.")
    tab.locator("#id_median_salary").fill("165000")
    tab.locator("#id_ai_impact_score").fill("42")
    tab.locator("li.tagit-new input").first.fill("Guardrails")
    tab.locator("li.tagit-new input").first.press("Enter")

    open_tab(tab, "Pay")
    for index, (level, low, high) in enumerate([("Junior", "110000", "140000"), ("Senior", "170000", "230000")]):
        tab.get_by_role("button", name="Add salary band").click()
        tab.locator(f"#id_salary_bands-{index}-level").fill(level)
        tab.locator(f"#id_salary_bands-{index}-min_usd").fill(low)
        tab.locator(f"#id_salary_bands-{index}-max_usd").fill(high)

    open_tab(tab, "Growth")
    tab.get_by_role("button", name="Add transition path").click()
    tab.locator("#id_transitions-0-from_role_name").fill("QA Engineer")
    tab.locator("#id_transitions-0-typical_months").fill("8")
    tab.locator("#id_transitions-0-description").fill("Test design carries over; LLM evaluation is the gap.")

    open_tab(tab, "Learning")
    tab.get_by_role("button", name="Add course").click()
    tab.locator("[data-chooser-action-choose]:visible").first.click()
    modal = tab.locator(".modal")
    modal.get_by_role("link", name=re.compile("Evaluation Engineering")).click()
    expect(modal).to_be_hidden()

    tab.get_by_role("button", name="Toggle preview").click()
    # Wagtail renders each preview refresh in a new iframe, then swaps it in for the old one.
    preview = tab.locator("iframe[title='Preview']").last.content_frame
    expect(preview.get_by_role("heading", level=1)).to_have_text("Prompt Reliability Engineer", timeout=15000)

    tab.locator("footer [data-w-dropdown-target='toggle']").first.click()
    tab.get_by_role("button", name="Publish").click()
    expect(tab.get_by_text("Page 'Prompt Reliability Engineer' created and published.")).to_be_visible()

    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto("/roles/?salary_min=160000&salary_max=170000")
    card = reader.get_by_role("link", name="Prompt Reliability Engineer", exact=True)
    assert card.get_attribute("href") == "/roles/prompt-reliability-engineer/"
    reader.goto("/roles/compare/?roles=prompt-reliability-engineer,ai-engineer")
    assert reader.locator(".salary-chart__bar").count() == 4
    reader.goto("/search/?q=guardrails")
    expect(reader.locator(".search-result").get_by_role("link", name="Prompt Reliability Engineer")).to_be_visible()
    response = reader.goto("/roles/prompt-reliability-engineer/")
    assert response.status == 200
    expect(reader.locator("#transitions").get_by_text("QA Engineer")).to_be_visible()
    expect(reader.locator("#courses").get_by_text("Evaluation Engineering")).to_be_visible()
    reader.context.close()
