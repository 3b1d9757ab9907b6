"""Browser tests: Playwright for Python driving Debian's Chromium against pytest-django's live server.

They run whenever /usr/bin/chromium exists; otherwise they are skipped and the
terminal summary says so in one plain line. Never `playwright install`.
"""

import os
from pathlib import Path

import pytest

from tests.site_fixtures import catalogue, learning_catalogue  # noqa: F401 (shared fixtures)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# Playwright's sync API runs an event loop in the test thread; the ORM calls the
# tests make around it are ordinary synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

_skipped_browser_tests = []


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not found")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
            _skipped_browser_tests.append(item.nodeid)


def pytest_terminal_summary(terminalreporter):
    if _skipped_browser_tests:
        terminalreporter.write_line(
            f"Browser tests skipped ({len(_skipped_browser_tests)}): {CHROMIUM} is missing. "
            "Install Debian's chromium package (apt-get install chromium) to run them."
        )


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tab(browser, live_server):
    """A fresh browser tab (own cookies) at desktop width; `tab.goto('/roles/')` is relative to the live server."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


# Browser tests share the database with the live server's thread, so they commit;
# serialized rollback restores what migrations created (root page, locale) afterwards.
browser_db = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def wagtail_tree(transactional_db):
    """The default locale and the tree root that Wagtail's migrations create.

    A transactional test empties every table when it ends; serialized rollback
    puts the rows back, but not in every test order (it depends on which test first
    opened the connection), so this makes sure they exist.
    """
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale, Page

    ContentType.objects.clear_cache()  # a flush may have removed the rows the cache still names
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(
            instance=Page(
                title="Root", slug="root", locale=locale, content_type=ContentType.objects.get_for_model(Page)
            )
        )


@pytest.fixture
def site_data(wagtail_tree, learning_catalogue, home_page):  # noqa: F811
    """The public catalogue, a path and the learning listings in a database the live server's
    thread can see, with the AI Engineer featured."""
    from tests.factories.home import HomeFeaturedRoleFactory, set_main_navigation

    HomeFeaturedRoleFactory(page=home_page, role=learning_catalogue["ai"])
    from courses.models import CertificationIndexPage, CourseIndexPage
    from paths.models import PathIndexPage
    from roles.models import RoleIndexPage

    sections = (RoleIndexPage, PathIndexPage, CourseIndexPage, CertificationIndexPage)
    set_main_navigation([section.objects.child_of(home_page).get() for section in sections])
    return learning_catalogue
