"""The BLS Employment Projections occupation table (Table 1.2 of occupation.xlsx).

Headings carry the projection years ("Employment, 2024", "Employment change,
percent, 2024–34"), so columns are matched by pattern and the years read from
them. Figures are in thousands, as published.
"""

import re
from pathlib import Path

from occupations.freshness import projection_changes
from occupations.importers.cells import number
from occupations.importers.errors import ImportFileError
from occupations.importers.progress import Progress
from occupations.importers.releases import ImportResult, import_release, occupation_for
from occupations.importers.tabular import open_table, text
from occupations.linked import linked_codes
from occupations.models import Occupation, Projection, Release, growth_category

DASH = "[-–—]"
COLUMN_PATTERNS = {
    "title": re.compile(r"^(\d{4} )?National Employment Matrix title$"),
    "code": re.compile(r"^(\d{4} )?National Employment Matrix code$"),
    "type": re.compile(r"^Occupation type$"),
    "employment": re.compile(r"^Employment, (\d{4})$"),
    "change_percent": re.compile(rf"^Employment change, percent, \d{{4}}{DASH}\d{{2}}$"),
    "openings": re.compile(rf"^Occupational openings, \d{{4}}{DASH}\d{{2}} annual average$"),
}
HEADINGS_FOR_ERRORS = {
    "title": "National Employment Matrix title",
    "code": "National Employment Matrix code",
    "type": "Occupation type",
    "employment": "Employment, <base year> and Employment, <projected year>",
    "change_percent": "Employment change, percent, <years>",
    "openings": "Occupational openings, <years> annual average",
}
SOC_CODE = re.compile(r"^\d{2}-\d{4}$")
LINE_ITEM = "Line item"


def _columns(header: list[str]) -> dict:
    found: dict = {"employment": []}
    for heading in header:
        for key, pattern in COLUMN_PATTERNS.items():
            match = pattern.match(heading)
            if not match:
                continue
            if key == "employment":
                found["employment"].append((int(match.group(1)), heading))
            else:
                found.setdefault(key, heading)
    missing = [HEADINGS_FOR_ERRORS[key] for key in COLUMN_PATTERNS if key != "employment" and key not in found]
    if len(found["employment"]) != 2:
        missing.append(HEADINGS_FOR_ERRORS["employment"])
    if missing:
        raise ImportFileError(f"missing column{'s' if len(missing) > 1 else ''} {'; '.join(missing)}")
    found["employment"].sort()
    return found


def _has_code_column(header: list[str]) -> bool:
    return any(COLUMN_PATTERNS["code"].match(heading) for heading in header)


def _is_header(header: list[str]) -> bool:
    """The occupation table's heading row (other sheets of occupation.xlsx also carry a code column)."""
    return any(COLUMN_PATTERNS["code"].match(heading) for heading in header) and any(
        COLUMN_PATTERNS["openings"].match(heading) for heading in header
    )


def import_projections(
    path: Path, *, release_name: str, source_url: str = "", store_all: bool = False, progress_stream=None
) -> ImportResult:
    def write_rows(release: Release) -> tuple[int, int]:
        try:
            table = open_table(path, _is_header)
        except ImportFileError:
            table = open_table(path, _has_code_column)  # to name the columns that are missing
        columns = _columns(table.header)
        (base_year, base_col), (projected_year, projected_col) = columns["employment"]
        wanted = linked_codes()
        known = (
            dict(Occupation.objects.values_list("code", "pk"))
            if store_all
            else dict(Occupation.objects.filter(code__in=wanted).values_list("code", "pk"))
        )
        progress = Progress(progress_stream, total=table.total_rows and table.total_rows - table.header_row)
        batch, read, seen = [], 0, set()
        for row, cells in table.rows:
            code = text(cells[columns["code"]])
            if not code:
                continue  # footnotes and source lines below the table
            read += 1
            progress.update(read)
            if not SOC_CODE.match(code):
                raise ImportFileError(f"{code!r} is not a SOC code (NN-NNNN)", row=row, column=columns["code"])
            figures = {
                name: number(cells[heading], row, heading)
                for name, heading in (
                    ("employment_base", base_col),
                    ("employment_projected", projected_col),
                    ("change_percent", columns["change_percent"]),
                    ("annual_openings", columns["openings"]),
                )
            }
            if text(cells[columns["type"]]) != LINE_ITEM or not (store_all or code in wanted):
                continue
            occupation_id = occupation_for(code, text(cells[columns["title"]]), known, store_all)
            if occupation_id is None or occupation_id in seen:
                continue
            seen.add(occupation_id)
            projection = Projection(
                release=release,
                occupation_id=occupation_id,
                base_year=base_year,
                projected_year=projected_year,
                **figures,
            )
            projection.category = growth_category(projection.change_percent)
            batch.append(projection)
        progress.done(read)
        if read == 0:
            raise ImportFileError("has a header but no data rows (truncated file?)")
        Projection.objects.bulk_create(batch)
        return read, len(batch)

    return import_release(
        path,
        kind=Release.Kind.PROJECTIONS,
        name=release_name,
        source_url=source_url,
        write_rows=write_rows,
        find_changes=projection_changes,
    )
