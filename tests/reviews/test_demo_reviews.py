"""On a fresh install the admin is told about due reviews, and there is one workflow an editor can understand."""

import io
import os

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowState

from reviews.demo import ensure_demo_editor
from tests.e2e.conftest import wagtail_tree  # noqa: F401 (restores the locale and root a flush removes)
from tests.factories.roles import RolePageFactory
from tests.migration_steps import migrate_back_and_forth

MIGRATION = ("reviews", "0004_disable_default_moderation_workflow")

#: The migration just before the one that disables the unused default workflow.
BEFORE_WORKFLOW_MIGRATION = ("reviews", "0003_review_defaults")


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_admin_joins_reviewers_and_sees_due_reviews_on_the_dashboard(client, monkeypatch, db):
    run("load_demo", "--reference-only")
    monkeypatch.setitem(os.environ, "ADMIN_PASSWORD", "a-password-for-tests")
    assert "Added 'admin' to the Reviewers group." in run("ensure_admin")
    admin = get_user_model().objects.get(username="admin")
    assert admin.groups.filter(name="Reviewers").exists()

    client.force_login(admin)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="your-reviews-section"' in html
    assert "AI Engineer" in html[html.index('id="your-reviews-section"') :]
    assert "Added" not in run("ensure_admin")  # a second run changes nothing


def test_an_existing_admin_is_added_to_reviewers_without_touching_the_password(db):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "kept-password")
    assert "Added 'admin' to the Reviewers group." in run("ensure_admin")
    admin.refresh_from_db()
    assert admin.check_password("kept-password") and admin.groups.filter(name="Reviewers").exists()


def test_the_demo_editor_who_owns_the_sample_guides_cannot_log_in(db):
    """(That the sample guides are owned by it is checked in tests/roles/test_demo_catalogue.py.)"""
    editor = ensure_demo_editor()
    assert ensure_demo_editor() == editor
    assert not editor.has_usable_password()
    assert set(editor.groups.values_list("name", flat=True)) >= {"Reviewers"}
    assert editor.get_full_name() == "Demo Editor"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_unused_default_workflow_is_disabled_by_the_migration(wagtail_tree):
    default, _ = Workflow.objects.get_or_create(name="Moderators approval")
    default.active = True
    default.save()
    WorkflowPage.objects.get_or_create(page=Page.objects.get(depth=1), workflow=default)

    migrate_back_and_forth(before=BEFORE_WORKFLOW_MIGRATION)

    default.refresh_from_db()
    assert not default.active and not WorkflowPage.objects.filter(workflow=default).exists()
    assert "Moderators approval" not in Workflow.objects.filter(active=True).values_list("name", flat=True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_default_workflow_that_was_used_is_left_alone(wagtail_tree, role_index, django_user_model):
    default, _ = Workflow.objects.get_or_create(name="Moderators approval")
    default.active = True
    default.save()
    WorkflowPage.objects.get_or_create(page=Page.objects.get(depth=1), workflow=default)
    page = RolePageFactory(parent=role_index)
    WorkflowState.objects.create(
        content_type=page.get_content_type(),
        base_content_type=page.get_base_content_type(),
        object_id=str(page.pk),
        workflow=default,
        status=WorkflowState.STATUS_APPROVED,
        requested_by=django_user_model.objects.create_user("author"),
    )

    migrate_back_and_forth(before=BEFORE_WORKFLOW_MIGRATION)

    default.refresh_from_db()
    assert default.active and WorkflowPage.objects.filter(workflow=default).exists()
