"""List content due for review, for people and for scripts (``--format json``)."""

import json

from django.core.management.base import BaseCommand, CommandError

from reviews.queries import due_items

COLUMNS = [
    ("Status", lambda item: item.status_label),
    ("Next due", lambda item: item.next_review_due.isoformat() if item.next_review_due else "-"),
    ("Last reviewed", lambda item: item.last_reviewed.isoformat() if item.last_reviewed else "never"),
    ("Type", lambda item: item.type_label),
    ("Owner", lambda item: item.owner_name or "Reviewers"),
    ("Title", lambda item: item.title),
]


class Command(BaseCommand):
    help = "List live content that is never reviewed, overdue, or due within DAYS days, most overdue first."

    def add_arguments(self, parser):
        parser.add_argument(
            "--within",
            type=int,
            metavar="DAYS",
            help="Include content due within DAYS days (default: the site's 'due soon' setting).",
        )
        parser.add_argument(
            "--format", choices=["table", "json"], default="table", help="Output format (default: table)."
        )

    def handle(self, *args, within=None, format="table", **options):
        if within is not None and within < 0:
            raise CommandError("--within must be 0 or more days.")
        items = due_items(within_days=within)
        if format == "json":
            self.stdout.write(json.dumps([self.as_json(item) for item in items], indent=2))
            return
        if not items:
            self.stdout.write("Nothing is due for review.")
            return
        rows = [[label for label, _ in COLUMNS]] + [[value(item) for _, value in COLUMNS] for item in items]
        widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
        for row in rows:
            self.stdout.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())

    @staticmethod
    def as_json(item):
        return {
            "type": item.type_label,
            "id": item.pk,
            "title": item.title,
            "owner": item.owner.get_username() if item.owner else None,
            "last_reviewed": item.last_reviewed.isoformat() if item.last_reviewed else None,
            "next_review_due": item.next_review_due.isoformat() if item.next_review_due else None,
            "status": item.status.value,
            "admin_url": item.admin_url,
        }
