"""Load the demo content. Idempotent: a second run changes nothing, and pages
editors changed that the demo does not own are left alone."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo as home_demo

# Each app owns the demo content of its models, in dependency order, after home.demo (which
# creates the home page). Each module's ``load(stdout, home)`` hangs its pages under ``home``
# and returns the pages to feature on it, which this command features: the lower apps' demo
# loaders never import home (docs/architecture.md).
DEMO_MODULES = ["courses.demo", "roles.demo", "roles.demo_catalogue", "paths.demo", "reviews.demo"]
# --reference-only: the reference AI Engineer guide (and the pages it needs), nothing illustrative.
REFERENCE_MODULES = ["courses.demo", "roles.demo", "reviews.demo"]


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
            home = home_demo.load(self.stdout)
            for module_name in REFERENCE_MODULES if reference_only else DEMO_MODULES:
                for page in import_module(module_name).load(self.stdout, home) or ():
                    home_demo.feature_on_home(home, page)
                    self.stdout.write(f"Featured {page.title} on the home page.")
            home_demo.ensure_main_navigation(home)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
