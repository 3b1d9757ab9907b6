"""Opening a demo or imported guide in the editor and closing it again changes nothing.

Wagtail's editor autosaves a draft revision as soon as the form's data differs from
what it loaded, so content that is not stored in the editor's own normal form
(rich text, StreamField blocks, tag order) turns into "Live + draft" by itself.
"""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from roles.demo_catalogue import sample_guides
from roles.import_export.importing import import_role_guides
from roles.models import RoleIndexPage, RolePage
from tests.e2e.conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PASSWORD = "correct-horse-battery"
UNSAVED_CONTROLLER = """() => {
    const form = document.querySelector('[data-edit-form]');
    const controller = form && window.wagtail && window.wagtail.app.getControllerForElementAndIdentifier(form, 'w-unsaved');
    return controller || null;
}"""
FORM_IDLE = f"() => {{ const c = ({UNSAVED_CONTROLLER})(); return Boolean(c && c.initialFormData); }}"
FORM_UNCHANGED = f"() => {{ const c = ({UNSAVED_CONTROLLER})(); return c.formData === c.initialFormData; }}"


@pytest.fixture
def demo_guides(wagtail_tree, django_user_model):
    """The reference guide as load_demo writes it, and one sample guide written by the importer."""
    call_command("load_demo", "--reference-only", stdout=open("/dev/null", "w"))
    [software_engineer] = [guide for guide in sample_guides() if guide.slug == "software-engineer"]
    import_role_guides([software_engineer], publish=True)
    django_user_model.objects.create_superuser("admin", "admin@example.com", PASSWORD)
    return list(RolePage.objects.filter(slug__in=["ai-engineer", "software-engineer"]).order_by("slug"))


def test_opening_and_closing_a_demo_guide_in_the_editor_saves_nothing(tab, live_server, demo_guides):
    tab.goto("/admin/login/")
    tab.get_by_label("Username").fill("admin")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    expect(tab).to_have_url(re.compile("/admin/$"))
    saves = []
    tab.on(
        "request",
        lambda request: saves.append(request.url) if request.method == "POST" and "/edit/" in request.url else None,
    )

    for page in demo_guides:
        revisions = page.revisions.count()
        tab.goto(f"/admin/pages/{page.pk}/edit/")
        tab.wait_for_function(FORM_IDLE)  # the editor has taken its snapshot of the loaded form
        for name in tab.get_by_role("tab").all_inner_texts():
            tab.get_by_role("tab", name=name.strip(), exact=True).first.click()
        assert tab.evaluate(FORM_UNCHANGED), f"{page.slug}: the editor changed the loaded form by itself"
        tab.goto(f"/admin/pages/{RoleIndexPage.objects.get().pk}/")  # close the editor

        page.refresh_from_db()
        assert page.revisions.count() == revisions, f"{page.slug}: opening the editor saved a revision"
        assert page.live and not page.has_unpublished_changes
        row = tab.get_by_role("row").filter(has_text=page.title).first
        assert "draft" not in row.inner_text().lower()
    assert saves == []
