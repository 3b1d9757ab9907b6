from decimal import Decimal

from django.core.management.base import CommandError

from occupations.importers.errors import ImportFileError
from occupations.importers.oews import DEFAULT_ANNUAL_CEILING, DEFAULT_HOURLY_CEILING, import_oews
from occupations.management.commands._release_command import ReleaseCommand


class Command(ReleaseCommand):
    help = "Import a BLS OEWS wage file (national, state or metropolitan; XLSX or CSV)."
    release_example = "May 2024"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--annual-ceiling", type=Decimal, default=DEFAULT_ANNUAL_CEILING, help="the release's top-coded annual wage"
        )
        parser.add_argument(
            "--hourly-ceiling", type=Decimal, default=DEFAULT_HOURLY_CEILING, help="the release's top-coded hourly wage"
        )

    def handle(self, *args, file, release, source_url, store_all, annual_ceiling, hourly_ceiling, **options):
        try:
            result = import_oews(
                file,
                release_name=release,
                source_url=source_url,
                store_all=store_all,
                annual_ceiling=annual_ceiling,
                hourly_ceiling=hourly_ceiling,
                progress_stream=self.stderr._out,
            )
        except (ImportFileError, OSError) as error:
            raise CommandError(f"{file}: {error}. Nothing was imported.") from error
        self.report(result)
