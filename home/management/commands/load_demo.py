"""Load the demo content. Idempotent: a second run changes nothing, and pages
editors changed that the demo does not own are left alone."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app owns the demo content of its models, in dependency order.
DEMO_MODULES = ["home.demo", "courses.demo", "roles.demo", "paths.demo"]


class Command(BaseCommand):
    help = "Create the demo site tree and content (safe to run again)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for module_name in DEMO_MODULES:
                import_module(module_name).load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
