"""Make sure an 'admin' superuser exists, for the zero-setup run command; `--reset` sets a new password."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from reviews.reviewers import join_reviewers


class Command(BaseCommand):
    help = (
        "Create the 'admin' superuser if missing (password from ADMIN_PASSWORD, else generated and printed once). "
        "With --reset, give the existing account a new password the same way."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Set a new password for 'admin' (and create it if missing)."
        )

    def handle(self, *args, reset=False, **options):
        User = get_user_model()
        admin = User.objects.filter(username="admin").first()
        if admin is not None and not reset:
            self.stdout.write("Admin account 'admin' already exists.")
            self._join_reviewers(admin)
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        if admin is not None:
            admin.set_password(password)
            admin.save(update_fields=["password"])
            done = "Reset the password of admin account 'admin'"
        else:
            admin = User.objects.create_superuser("admin", "admin@localhost", password)
            done = "Created admin account 'admin'"
        self._join_reviewers(admin)
        if os.environ.get("ADMIN_PASSWORD"):
            self.stdout.write(self.style.SUCCESS(f"{done} with the password from ADMIN_PASSWORD."))
        else:
            self.stdout.write(self.style.SUCCESS(f"{done} with password: {password}  (shown only this once)"))

    def _join_reviewers(self, admin):
        """Reviewers cover unowned content, so the admin's dashboard shows what is due ("Your reviews")."""
        if join_reviewers(admin):
            self.stdout.write("Added 'admin' to the Reviewers group.")
