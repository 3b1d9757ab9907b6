"""'Mark as reviewed': date on the live object and on a pending draft, never a publish; audit entry; permissions."""

from datetime import timedelta

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from courses.models import Course
from reviews.signals import content_reviewed
from roles.models import RolePage
from tests.factories.courses import CourseFactory
from tests.factories.reviews import UserFactory
from tests.factories.roles import RolePageFactory
from tests.reviews.conftest import grant_model_permission, grant_page_permission


def mark_url(obj):
    meta = type(obj)._meta
    return reverse("reviews:mark_reviewed", args=[meta.app_label, meta.model_name, obj.pk])


@pytest.fixture
def page(role_index, today):
    return RolePageFactory(parent=role_index, title="ML Engineer", last_reviewed=today - timedelta(days=400))


def test_edit_views_offer_the_action(client, superuser, page):
    course = CourseFactory()
    client.force_login(superuser)

    page_edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    snippet_edit = client.get(reverse("wagtailsnippets_courses_course:edit", args=[course.pk])).content.decode()

    assert mark_url(page) in page_edit and "Mark as reviewed" in page_edit
    assert mark_url(course) in snippet_edit and "Mark as reviewed" in snippet_edit


def test_confirm_form_asks_for_an_optional_note(client, superuser, page):
    client.force_login(superuser)

    response = client.get(mark_url(page))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="note"' in html and "ML Engineer" in html


def test_page_without_draft_gets_todays_date_and_an_audit_entry(client, superuser, page, today):
    client.force_login(superuser)

    response = client.post(mark_url(page), {"note": "Checked pay bands against 2026 survey"})

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    page.refresh_from_db()
    assert page.last_reviewed == today
    [entry] = PageLogEntry.objects.filter(page=page, action="reviews.mark_reviewed")
    assert entry.user == superuser
    assert entry.data == {"date": today.isoformat(), "note": "Checked pay bands against 2026 survey"}


def test_page_with_pending_draft_keeps_the_draft_unpublished_and_dates_both(client, superuser, page, today):
    page.title = "ML Engineer (draft rewrite)"
    page.summary = "A new summary not yet published."
    page.save_revision(user=superuser)
    client.force_login(superuser)

    client.post(mark_url(page), {"note": ""})

    live = RolePage.objects.get(pk=page.pk)
    assert live.live and live.has_unpublished_changes
    assert live.title == "ML Engineer"
    assert live.last_reviewed == today
    draft = live.get_latest_revision_as_object()
    assert draft.title == "ML Engineer (draft rewrite)"
    assert draft.summary == "A new summary not yet published."
    assert draft.last_reviewed == today


def test_publishing_the_draft_later_keeps_the_new_date(client, superuser, page, today):
    page.title = "ML Engineer (draft rewrite)"
    revision = page.save_revision(user=superuser)
    client.force_login(superuser)
    client.post(mark_url(page), {})

    revision.refresh_from_db()
    revision.publish(user=superuser)

    live = RolePage.objects.get(pk=page.pk)
    assert (live.title, live.last_reviewed) == ("ML Engineer (draft rewrite)", today)


def test_snippet_with_pending_draft(client, superuser, today):
    course = CourseFactory(title="Deep Learning Specialization", last_reviewed=None)
    course.title = "Deep Learning Specialization (2026 edition)"
    course.save_revision(user=superuser)
    client.force_login(superuser)

    response = client.post(mark_url(course), {"note": "New price checked"})

    assert response["Location"] == reverse("wagtailsnippets_courses_course:edit", args=[course.pk])
    live = Course.objects.get(pk=course.pk)
    assert (live.title, live.last_reviewed, live.has_unpublished_changes) == (
        "Deep Learning Specialization",
        today,
        True,
    )
    draft = live.get_latest_revision_as_object()
    assert (draft.title, draft.last_reviewed) == ("Deep Learning Specialization (2026 edition)", today)
    [entry] = ModelLogEntry.objects.filter(object_id=str(course.pk), action="reviews.mark_reviewed")
    assert entry.data["note"] == "New price checked"


def test_audit_entry_shows_in_page_history(client, superuser, page, today):
    client.force_login(superuser)
    client.post(mark_url(page), {"note": "All figures re-checked"})

    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()

    assert f"Marked as reviewed on {today.isoformat()}" in history
    assert "All figures re-checked" in history


def test_audit_entry_shows_in_snippet_history(client, superuser, today):
    course = CourseFactory()
    client.force_login(superuser)
    client.post(mark_url(course), {"note": "Syllabus unchanged"})

    history = client.get(reverse("wagtailsnippets_courses_course:history", args=[course.pk])).content.decode()

    assert f"Marked as reviewed on {today.isoformat()}" in history
    assert "Syllabus unchanged" in history


def test_forbidden_without_edit_permission(client, role_index, page, today):
    other_page = RolePageFactory(parent=role_index)
    course = CourseFactory(last_reviewed=None)
    editor = UserFactory()
    grant_page_permission(editor, other_page)
    client.force_login(editor)

    assert client.post(mark_url(page), {}).status_code == 403
    assert client.get(mark_url(page)).status_code == 403
    assert client.post(mark_url(course), {}).status_code == 403
    page.refresh_from_db()
    course.refresh_from_db()
    assert page.last_reviewed == today - timedelta(days=400)
    assert course.last_reviewed is None
    assert not PageLogEntry.objects.filter(action="reviews.mark_reviewed").exists()


def test_allowed_with_edit_permission_on_that_object(client, page, today):
    editor = UserFactory()
    grant_page_permission(editor, page)
    course = CourseFactory(last_reviewed=None)
    grant_model_permission(editor, "change_course")
    client.force_login(editor)

    assert client.post(mark_url(page), {}).status_code == 302
    assert client.post(mark_url(course), {}).status_code == 302
    page.refresh_from_db()
    course.refresh_from_db()
    assert page.last_reviewed == course.last_reviewed == today


def test_not_offered_or_allowed_for_models_that_are_not_reviewable(client, superuser, home_page):
    client.force_login(superuser)

    url = reverse("reviews:mark_reviewed", args=["home", "homepage", home_page.pk])

    assert client.post(url, {}).status_code == 404
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk])).content.decode()
    assert "Mark as reviewed" not in edit


def test_refused_while_someone_else_holds_the_lock(client, page, superuser, today):
    editor = UserFactory()
    grant_page_permission(editor, page)
    page.locked, page.locked_by = True, superuser
    page.save(update_fields=["locked", "locked_by"])
    client.force_login(editor)

    response = client.post(mark_url(page), {})

    assert response.status_code == 403
    assert "locked" in response.content.decode().lower()
    page.refresh_from_db()
    assert page.last_reviewed == today - timedelta(days=400)
    assert "Mark as reviewed" not in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()


def test_sends_content_reviewed_for_cache_purging(client, superuser, page):
    received = []

    def receiver(sender, instance, user, note, **kwargs):
        received.append((sender, instance.pk, user, note))

    content_reviewed.connect(receiver)
    try:
        client.force_login(superuser)
        client.post(mark_url(page), {"note": "ok"})
    finally:
        content_reviewed.disconnect(receiver)

    assert received == [(RolePage, page.pk, superuser, "ok")]
