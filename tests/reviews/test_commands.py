"""reviews_due and send_review_reminders."""

import json
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from reviews.models import ReminderLog
from tests.factories.courses import CourseFactory
from tests.factories.reviews import ReviewerFactory, UserFactory
from tests.factories.roles import RolePageFactory


def run(command, *args):
    out = StringIO()
    call_command(command, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def content(role_index, owner, today):
    return {
        "overdue": RolePageFactory(
            parent=role_index, title="Overdue role", last_reviewed=today - timedelta(days=200), review_owner=owner
        ),
        "due_soon": CourseFactory(
            title="Due soon course", last_reviewed=today - timedelta(days=170), review_owner=owner
        ),
        "due_in_60": CourseFactory(title="Later course", last_reviewed=today - timedelta(days=120)),
        "unowned": RolePageFactory(parent=role_index, title="Unowned role", last_reviewed=None),
        "fresh": CourseFactory(title="Fresh course", last_reviewed=today),
    }


def test_reviews_due_table_lists_due_content_most_overdue_first(content):
    out = run("reviews_due")

    lines = out.splitlines()
    assert lines[0].split() == ["Status", "Next", "due", "Last", "reviewed", "Type", "Owner", "Title"]
    assert [line.rsplit("  ", 1)[-1].strip() for line in lines[1:]] == [
        "Unowned role",
        "Overdue role",
        "Due soon course",
    ]
    assert "Later course" not in out and "Fresh course" not in out


def test_reviews_due_within_widens_the_window(content):
    assert "Later course" in run("reviews_due", "--within", "60")
    assert "Later course" not in run("reviews_due", "--within", "59")


def test_reviews_due_json(content, owner, today):
    rows = json.loads(run("reviews_due", "--format", "json"))

    assert [row["title"] for row in rows] == ["Unowned role", "Overdue role", "Due soon course"]
    overdue = rows[1]
    assert overdue == {
        "type": "Role page",
        "id": str(content["overdue"].pk),
        "title": "Overdue role",
        "owner": owner.username,
        "last_reviewed": (today - timedelta(days=200)).isoformat(),
        "next_review_due": (today - timedelta(days=20)).isoformat(),
        "status": "overdue",
        "admin_url": "http://testserver" + reverse("wagtailadmin_pages:edit", args=[content["overdue"].pk]),
    }


def test_reviews_due_rejects_a_negative_window(db):
    with pytest.raises(CommandError, match="--within"):
        run("reviews_due", "--within", "-1")


def test_reminders_go_to_owners_and_to_reviewers_for_unowned_items(content, owner, reviewer):
    second_reviewer = ReviewerFactory(username="reviewer2")
    ReviewerFactory(username="noaddress", email="")

    run("send_review_reminders")

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {owner.email, reviewer.email, second_reviewer.email}
    owner_mail = by_recipient[owner.email]
    assert owner_mail.subject == "Role Atlas: 2 reviews due"
    assert "Overdue role (Role page): overdue" in owner_mail.body
    assert "Due soon course (Course): due soon" in owner_mail.body
    assert "http://testserver" + reverse("wagtailadmin_pages:edit", args=[content["overdue"].pk]) in owner_mail.body
    assert "Unowned role" not in owner_mail.body
    reviewer_mail = by_recipient[reviewer.email]
    assert reviewer_mail.subject == "Role Atlas: 1 review due"
    assert "Unowned role (Role page): never reviewed" in reviewer_mail.body
    assert "Overdue role" not in reviewer_mail.body


def test_a_second_run_the_same_day_sends_nothing_new(content, owner, reviewer):
    run("send_review_reminders")
    sent = len(mail.outbox)

    out = run("send_review_reminders")

    assert len(mail.outbox) == sent
    assert "0 reminder e-mail(s) sent." in out
    assert ReminderLog.objects.filter(recipient=owner).count() == 2


def test_an_item_reaching_a_new_stage_is_reminded_about_again(content, owner, reviewer, today):
    run("send_review_reminders")
    mail.outbox.clear()

    with time_machine.travel(f"{(today + timedelta(days=11)).isoformat()} 09:00:00+00:00", tick=False):
        run("send_review_reminders")

    [message] = mail.outbox  # the due-soon course is now overdue; nothing else changed
    assert message.to == [owner.email]
    assert "Due soon course (Course): overdue" in message.body
    assert "Overdue role" not in message.body


def test_dry_run_prints_but_sends_and_records_nothing(content, owner, reviewer):
    out = run("send_review_reminders", "--dry-run")

    assert f"Would e-mail {owner.email}: Role Atlas: 2 reviews due" in out
    assert "  - Overdue role (Role page, overdue)" in out
    assert mail.outbox == []
    assert not ReminderLog.objects.exists()
    run("send_review_reminders")
    assert len(mail.outbox) == 2  # the dry run did not use anything up


def test_inactive_owner_gets_nothing(role_index, today):
    gone = UserFactory(is_active=False)
    RolePageFactory(parent=role_index, last_reviewed=None, review_owner=gone)

    run("send_review_reminders")

    assert mail.outbox == []
