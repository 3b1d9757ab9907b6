"""Import role guides from a JSON file (see docs/import-export.md). All or nothing."""

import shutil
import sys
import tempfile

from django.core.management.base import BaseCommand, CommandError

from roles.import_export.errors import RoleImportError
from roles.import_export.importing import ImportReport, import_roles_file

MAX_ERRORS_SHOWN = 50


class Command(BaseCommand):
    help = (
        "Import role guides from FILE ('-' for stdin). Each guide replaces the role page with its slug "
        "(created under the role index when missing) as a new draft revision, or published with --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON file, or '-' to read stdin.")
        parser.add_argument(
            "--publish", action="store_true", help="Publish every imported page (default: save drafts)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Validate and rehearse the import, then write nothing."
        )

    def handle(self, *args, file, publish, dry_run, **options):
        try:
            with self._open(file) as stream:
                report = import_roles_file(stream, publish=publish, dry_run=dry_run)
        except RoleImportError as error:
            shown = error.errors[:MAX_ERRORS_SHOWN]
            more = len(error.errors) - len(shown)
            lines = [f"{file} was not imported; nothing was written. {len(error.errors)} error(s):", *shown]
            if more:
                lines.append(f"... and {more} more.")
            raise CommandError("\n  ".join(lines)) from None
        self._summarise(report)

    def _open(self, file: str):
        """The file, opened for reading as it is parsed (a full export, however large, must import again).
        Standard input is copied to a temporary file first: validation reads it again on a syntax error."""
        try:
            if file == "-":
                spool = tempfile.TemporaryFile()
                shutil.copyfileobj(sys.stdin.buffer, spool)
                spool.seek(0)
                return spool
            return open(file, "rb")  # noqa: SIM115 (closed by the caller's with)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None

    def _summarise(self, report: ImportReport) -> None:
        state = "published" if report.publish else "saved as drafts"
        if report.created:
            self.stdout.write(f"Created {len(report.created)} role page(s), {state}: {', '.join(report.created)}")
        if report.updated:
            self.stdout.write(f"Updated {len(report.updated)} role page(s), {state}: {', '.join(report.updated)}")
        if report.created_snippets:
            self.stdout.write(
                f"Created {len(report.created_snippets)} snippet(s): {', '.join(report.created_snippets)}"
            )
        for note in report.notes:
            self.stdout.write(self.style.WARNING(f"Note: {note}"))
        if report.dry_run:
            self.stdout.write(self.style.SUCCESS("Dry run: the file is valid; nothing was written."))
        else:
            self.stdout.write(self.style.SUCCESS("Import complete."))
