"""Review reminder e-mails: who gets told about what, once per stage.

Each due item goes to its review owner, or to every active member of the
Reviewers group when it has no owner. A reminder is recorded in ``ReminderLog``
per (recipient, object, status, due date), so re-running the command the same
day, or on any later day while nothing changed, sends nothing new; an item that
moves from "due soon" to "overdue", or is reviewed and falls due again, is
reminded about again.
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from reviews import registry
from reviews.models import ReminderLog
from reviews.queries import ReviewItem, due_items
from reviews.reviewers import reviewers


@dataclass
class Reminder:
    recipient: object
    items: list[ReviewItem] = field(default_factory=list)

    @property
    def subject(self) -> str:
        count = len(self.items)
        return f"Role Atlas: {count} review{'s' if count != 1 else ''} due"

    def body(self) -> str:
        return render_to_string(
            "reviews/email/reminder.txt",
            {
                "recipient": self.recipient,
                "items": self.items,
                "report_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("reviews:report"),
            },
        )


def _already_sent(items: list[ReviewItem]) -> set[tuple]:
    content_types = registry.content_types_by_model()
    keys = {(content_types[item.model].pk, item.pk) for item in items}
    sent = ReminderLog.objects.filter(object_id__in={pk for _, pk in keys}).values_list(
        "recipient_id", "content_type_id", "object_id", "status", "due_on"
    )
    return set(sent)


def pending_reminders(today: date | None = None) -> list[Reminder]:
    """One reminder per recipient with the due items they have not been told about at this stage."""
    today = today or timezone.localdate()
    items = due_items(today=today)
    content_types = registry.content_types_by_model()
    sent = _already_sent(items)
    reviewer_list = [user for user in reviewers() if user.email]
    by_recipient: dict[int, Reminder] = {}
    for item in items:
        recipients = [item.owner] if item.owner is not None else reviewer_list
        for recipient in recipients:
            if not (recipient.is_active and recipient.email):
                continue
            key = (recipient.pk, content_types[item.model].pk, item.pk, item.status.value, item.next_review_due)
            if key in sent:
                continue
            by_recipient.setdefault(recipient.pk, Reminder(recipient)).items.append(item)
    return list(by_recipient.values())


def send_reminder(reminder: Reminder, today: date) -> None:
    """Record and send one e-mail; if sending fails nothing is recorded, so the next run retries."""
    content_types = registry.content_types_by_model()
    with transaction.atomic():
        ReminderLog.objects.bulk_create(
            ReminderLog(
                recipient=reminder.recipient,
                content_type=content_types[item.model],
                object_id=item.pk,
                status=item.status.value,
                due_on=item.next_review_due,
                sent_on=today,
            )
            for item in reminder.items
        )
        send_mail(reminder.subject, reminder.body(), None, [reminder.recipient.email])


def unreachable_items(today: date | None = None) -> list[ReviewItem]:
    """Due items nobody can be e-mailed about (no owner and no Reviewer with an address)."""
    if any(user.email for user in reviewers()):
        return []
    return [item for item in due_items(today=today) if item.owner is None]
