"""Load the demo content. Idempotent: a second run changes nothing, and pages
editors changed that the demo does not own are left alone."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app owns the demo content of its models, in dependency order.
DEMO_MODULES = ["home.demo", "courses.demo", "roles.demo", "roles.demo_catalogue", "paths.demo", "reviews.demo"]
# --reference-only: the reference AI Engineer guide (and the pages it needs), nothing illustrative.
REFERENCE_MODULES = ["home.demo", "courses.demo", "roles.demo", "reviews.demo"]


class Command(BaseCommand):
    help = "Create the demo site tree and content (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reference-only",
            action="store_true",
            help="Load only the reference AI Engineer guide, without the sample catalogue and paths.",
        )

    def handle(self, *args, reference_only=False, **options):
        with transaction.atomic():
            for module_name in REFERENCE_MODULES if reference_only else DEMO_MODULES:
                import_module(module_name).load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
