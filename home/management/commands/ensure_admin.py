"""Make sure an 'admin' superuser exists, for the zero-setup run command."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from reviews.reviewers import join_reviewers


class Command(BaseCommand):
    help = "Create the 'admin' superuser if missing (password from ADMIN_PASSWORD, else generated and printed once)."

    def handle(self, *args, **options):
        User = get_user_model()
        admin = User.objects.filter(username="admin").first()
        if admin is not None:
            self.stdout.write("Admin account 'admin' already exists.")
            self._join_reviewers(admin)
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        admin = User.objects.create_superuser("admin", "admin@localhost", password)
        self._join_reviewers(admin)
        if os.environ.get("ADMIN_PASSWORD"):
            self.stdout.write(self.style.SUCCESS("Created admin account 'admin' with the password from ADMIN_PASSWORD."))
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Created admin account 'admin' with password: {password}  (shown only this once)")
            )

    def _join_reviewers(self, admin):
        """Reviewers cover unowned content, so the admin's dashboard shows what is due ("Your reviews")."""
        if join_reviewers(admin):
            self.stdout.write("Added 'admin' to the Reviewers group.")
