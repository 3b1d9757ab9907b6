from django.core.management.base import BaseCommand, CommandError

from occupations.importers.errors import ImportFileError
from occupations.importers.occupation_list import import_occupation_list


class Command(BaseCommand):
    help = "Load SOC 2018 occupations from the BLS SOC definitions file or O*NET's Occupation Data (XLSX or CSV)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="soc_2018_definitions.xlsx, or O*NET 'Occupation Data' (.xlsx, .txt, .csv)")

    def handle(self, *args, file, **options):
        try:
            result = import_occupation_list(file)
        except (ImportFileError, OSError) as error:
            raise CommandError(f"{file}: {error}. Nothing was imported.") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Occupations: {result.created} new, {result.updated} updated, {result.unchanged} unchanged."
            )
        )
