"""What the two release commands share: arguments and the summary they print."""

from django.core.management.base import BaseCommand


class ReleaseCommand(BaseCommand):
    release_example = ""

    def add_arguments(self, parser):
        parser.add_argument("file", help="the file as BLS publishes it (.xlsx or .csv)")
        parser.add_argument("--release", required=True, help=f'the release\'s name, e.g. "{self.release_example}"')
        parser.add_argument("--source-url", default="", help="where the file was downloaded from (shown to readers)")
        parser.add_argument(
            "--all",
            action="store_true",
            dest="store_all",
            help="store every occupation, not only those linked to guides",
        )

    def report(self, result) -> None:
        if not result.created:
            self.stdout.write(
                f"{result.release} was already imported from this file ({result.release.checksum[:12]}…): nothing changed."
            )
            return
        self.stdout.write(
            self.style.SUCCESS(f"{result.release}: {result.rows_read:,} rows read, {result.rows_stored:,} stored.")
        )
        for change in result.changes:
            self.stdout.write(f"Moved: {change}")
