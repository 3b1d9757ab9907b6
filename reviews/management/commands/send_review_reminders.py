"""E-mail review owners (or the Reviewers group) about content due for review. Safe to run from cron."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from reviews.reminders import pending_reminders, send_reminder, unreachable_items


class Command(BaseCommand):
    help = (
        "Send one e-mail per review owner (Reviewers group members for unowned content) listing the due items "
        "they have not yet been reminded about at their current stage. Idempotent: a second run sends nothing new."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print who would be e-mailed about what; send and record nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        reminders = pending_reminders(today)
        for reminder in reminders:
            if dry_run:
                self.stdout.write(f"Would e-mail {reminder.recipient.email}: {reminder.subject}")
                for item in reminder.items:
                    self.stdout.write(f"  - {item.title} ({item.type_label}, {item.status_label.lower()})")
            else:
                send_reminder(reminder, today)
                self.stdout.write(f"E-mailed {reminder.recipient.email}: {reminder.subject}")
        for item in unreachable_items(today):
            self.stderr.write(
                f"Nobody to remind about {item.title} ({item.type_label}): no owner and no Reviewer with an e-mail address."
            )
        verb = "would be sent" if dry_run else "sent"
        self.stdout.write(self.style.SUCCESS(f"{len(reminders)} reminder e-mail(s) {verb}."))
