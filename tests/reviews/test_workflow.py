"""The Fact-check workflow task: approving it marks the content reviewed, once."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry, Workflow, WorkflowContentType, WorkflowPage

from courses.models import Course
from reviews.models import FactCheckTask
from roles.models import RolePage
from tests.factories.courses import CourseFactory
from tests.factories.roles import RolePageFactory


@pytest.fixture
def fact_checked_workflow(db):
    return Workflow.objects.get(name="Fact-checked publishing")


def test_migration_creates_the_workflow_with_a_fact_check_task_for_reviewers(fact_checked_workflow):
    [task] = [task.specific for task in fact_checked_workflow.tasks]
    assert isinstance(task, FactCheckTask)
    assert fact_checked_workflow.active and task.active
    assert list(task.groups.values_list("name", flat=True)) == ["Reviewers"]


def test_reviewers_group_can_edit_and_publish_pages_and_reviewable_snippets(db):
    reviewers = Group.objects.get(name="Reviewers")
    codenames = set(reviewers.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "change_course",
        "publish_course",
        "change_certification",
        "publish_certification",
    } <= codenames
    page_codenames = set(
        reviewers.page_permissions.filter(page__depth=1).values_list("permission__codename", flat=True)
    )
    assert page_codenames == {"change_page", "publish_page"}


def test_approving_marks_reviewed_and_publishes_the_draft(
    role_index, fact_checked_workflow, superuser, reviewer, today
):
    WorkflowPage.objects.create(workflow=fact_checked_workflow, page=role_index)
    page = RolePageFactory(parent=role_index, title="Data Scientist", last_reviewed=today - timedelta(days=365))
    page.summary = "Updated summary after fact check."
    page.save_revision(user=superuser)
    workflow_state = fact_checked_workflow.start(page, superuser)
    task_state = workflow_state.current_task_state

    task_state.task.specific.on_action(task_state, reviewer, "approve", comment="Salary bands verified")

    live = RolePage.objects.get(pk=page.pk)
    assert live.last_reviewed == today
    assert live.summary == "Updated summary after fact check."
    assert not live.has_unpublished_changes
    [entry] = PageLogEntry.objects.filter(page=page, action="reviews.mark_reviewed")
    assert entry.user == reviewer
    assert entry.data == {"date": today.isoformat(), "note": "Salary bands verified"}


def test_rejecting_does_not_mark_reviewed(role_index, fact_checked_workflow, superuser, reviewer, today):
    WorkflowPage.objects.create(workflow=fact_checked_workflow, page=role_index)
    page = RolePageFactory(parent=role_index, last_reviewed=None)
    page.save_revision(user=superuser)
    workflow_state = fact_checked_workflow.start(page, superuser)
    task_state = workflow_state.current_task_state

    task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Source missing")

    assert RolePage.objects.get(pk=page.pk).last_reviewed is None
    assert not PageLogEntry.objects.filter(page=page, action="reviews.mark_reviewed").exists()


def test_reviewer_approves_a_snippet_from_the_admin(client, fact_checked_workflow, superuser, reviewer, today):
    WorkflowContentType.objects.create(
        workflow=fact_checked_workflow, content_type=ContentType.objects.get_for_model(Course)
    )
    course = CourseFactory(title="LLM Bootcamp", last_reviewed=None)
    course.title = "LLM Bootcamp (new syllabus)"
    course.save_revision(user=superuser)
    task_state = fact_checked_workflow.start(course, superuser).current_task_state
    client.force_login(reviewer)

    response = client.post(
        reverse("wagtailsnippets_courses_course:workflow_action", args=[course.pk, "approve", task_state.pk]),
        {"comment": "Price and syllabus checked"},
    )

    assert response.status_code == 302
    live = Course.objects.get(pk=course.pk)
    assert (live.title, live.last_reviewed, live.has_unpublished_changes) == (
        "LLM Bootcamp (new syllabus)",
        today,
        False,
    )
    [entry] = ModelLogEntry.objects.filter(object_id=str(course.pk), action="reviews.mark_reviewed")
    assert (entry.user, entry.data["note"]) == (reviewer, "Price and syllabus checked")
