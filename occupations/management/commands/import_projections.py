from django.core.management.base import CommandError

from occupations.importers.errors import ImportFileError
from occupations.importers.projections import import_projections
from occupations.management.commands._release_command import ReleaseCommand


class Command(ReleaseCommand):
    help = "Import the BLS Employment Projections occupation table (occupation.xlsx, Table 1.2, or its CSV)."
    release_example = "2024-34"

    def handle(self, *args, file, release, source_url, store_all, **options):
        try:
            result = import_projections(
                file, release_name=release, source_url=source_url, store_all=store_all, progress_stream=self.stderr._out
            )
        except (ImportFileError, OSError) as error:
            raise CommandError(f"{file}: {error}. Nothing was imported.") from error
        self.report(result)
