"""Printing a guide or a comparison: a header with the site name and address, no navigation, nothing folded or cut."""

import pytest

from tests.e2e.conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_printed_guide_carries_site_and_address_without_navigation(tab, site_data):
    tab.goto("/roles/ai-engineer/")
    header = tab.locator(".print-header")
    assert not header.is_visible()  # on screen it stays out of the way
    tab.emulate_media(media="print")
    assert header.is_visible()
    text = header.inner_text()
    assert "Role Atlas" in text and "/roles/ai-engineer/" in text
    assert not tab.locator(".site-nav").is_visible()
    assert not tab.locator(".section-nav").is_visible()
    assert tab.locator(".salary-table").is_visible()
    assert tab.pdf(format="A4")[:4] == b"%PDF"


def test_printed_comparison_opens_folded_tables_and_fits_the_page(tab, site_data):
    tab.goto("/roles/compare/?roles=software-engineer,ai-engineer,soc-analyst")
    folded = tab.locator(".chart-data table")
    assert not folded.is_visible()
    tab.emulate_media(media="print")
    tab.set_viewport_size({"width": 700, "height": 900})  # about an A4 page's width
    assert folded.is_visible()
    table = tab.locator(".compare-table")
    assert table.evaluate("el => el.getBoundingClientRect().right <= document.documentElement.clientWidth")
