"""Write role guides as JSON in the format of ``roles.import_export.format`` (see docs/import-export.md)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from roles.import_export.exporting import RoleExportError, dump_role_guides, export_role_guides
from roles.import_export.format import RoleGuideFile
from roles.models import RolePage


class Command(BaseCommand):
    help = "Export role guides (every role page, or those given with --slug) as JSON to stdout or --out FILE."

    def add_arguments(self, parser):
        parser.add_argument("--slug", action="append", default=[], help="Export only this role (repeat for more).")
        parser.add_argument("--out", help="Write to this file instead of stdout.")
        parser.add_argument("--schema", action="store_true", help="Print the file format's JSON Schema instead.")

    def handle(self, *args, slug, out, schema, **options):
        if schema:
            text = json.dumps(RoleGuideFile.model_json_schema(), indent=2) + "\n"
        else:
            pages = RolePage.objects.all()
            if slug:
                pages = pages.filter(slug__in=slug)
                missing = sorted(set(slug) - set(pages.values_list("slug", flat=True)))
                if missing:
                    raise CommandError(f"No role page has the slug: {', '.join(missing)}")
            try:
                text = dump_role_guides(export_role_guides(pages))
            except RoleExportError as error:
                raise CommandError(str(error)) from None
        if out:
            Path(out).write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
