"""BLS OEWS data files (national, state, metropolitan) in their published layout."""

import re
from decimal import Decimal
from pathlib import Path

from occupations.freshness import oews_changes
from occupations.importers.cells import flag, oews_value
from occupations.importers.errors import ImportFileError
from occupations.importers.progress import Progress
from occupations.importers.releases import ImportResult, import_release, occupation_for
from occupations.importers.tabular import open_table, require_columns, text
from occupations.linked import linked_codes
from occupations.models import WAGE_MEASURES, AreaType, Occupation, OEWSWage, Release, ValueStatus

#: The May 2024 top codes: '#' means at least this.
DEFAULT_ANNUAL_CEILING = Decimal("239200")
DEFAULT_HOURLY_CEILING = Decimal("115.00")

BLS_MEASURE_COLUMNS = {
    "mean": "MEAN",
    "pct10": "PCT10",
    "pct25": "PCT25",
    "median": "MEDIAN",
    "pct75": "PCT75",
    "pct90": "PCT90",
}
WAGE_COLUMNS = [f"{prefix}_{BLS_MEASURE_COLUMNS[m]}" for prefix in ("A", "H") for m in WAGE_MEASURES]
REQUIRED_COLUMNS = [
    "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
    *WAGE_COLUMNS, "ANNUAL", "HOURLY",
]  # fmt: skip

AREA_TYPES = {
    "1": AreaType.NATIONAL,
    "2": AreaType.STATE,
    "3": AreaType.TERRITORY,
    "4": AreaType.METRO,
    "6": AreaType.NONMETRO,
}
SOC_CODE = re.compile(r"^\d{2}-\d{4}$")
BATCH_SIZE = 2000


def _area_type(value, row: int) -> str:
    raw = text(value)
    if isinstance(value, float) and value.is_integer():
        raw = str(int(value))
    if raw not in AREA_TYPES:
        raise ImportFileError(f"{raw!r} is not an OEWS area type (1, 2, 3, 4 or 6)", row=row, column="AREA_TYPE")
    return AREA_TYPES[raw]


def _wage_row(release: Release, occupation_id: int, row: int, cells: dict) -> OEWSWage:
    wage = OEWSWage(
        release=release,
        occupation_id=occupation_id,
        area_code=text(cells["AREA"]),
        area_title=text(cells["AREA_TITLE"]),
        area_type=_area_type(cells["AREA_TYPE"], row),
        state=text(cells["PRIM_STATE"]),
        annual_only=flag(cells["ANNUAL"], row, "ANNUAL"),
        hourly_only=flag(cells["HOURLY"], row, "HOURLY"),
    )
    if not wage.area_code:
        raise ImportFileError("is empty", row=row, column="AREA")
    employment, wage.employment_status = oews_value(cells["TOT_EMP"], row, "TOT_EMP")
    if wage.employment_status == ValueStatus.AT_LEAST:
        raise ImportFileError("'#' is not an employment figure", row=row, column="TOT_EMP")
    wage.employment = int(employment) if employment is not None else None
    for prefix, bls_prefix in (("annual", "A"), ("hourly", "H")):
        for measure in WAGE_MEASURES:
            column = f"{bls_prefix}_{BLS_MEASURE_COLUMNS[measure]}"
            value, status = oews_value(cells[column], row, column)
            setattr(wage, f"{prefix}_{measure}", value)
            setattr(wage, f"{prefix}_{measure}_status", status)
    return wage


def import_oews(
    path: Path,
    *,
    release_name: str,
    source_url: str = "",
    store_all: bool = False,
    annual_ceiling: Decimal = DEFAULT_ANNUAL_CEILING,
    hourly_ceiling: Decimal = DEFAULT_HOURLY_CEILING,
    progress_stream=None,
) -> ImportResult:
    """Import one OEWS file; only occupations linked to guides unless ``store_all``."""

    def write_rows(release: Release) -> tuple[int, int]:
        table = open_table(path, lambda header: "OCC_CODE" in header)
        require_columns(table.header, REQUIRED_COLUMNS)
        wanted = linked_codes()
        known = (
            dict(Occupation.objects.filter(code__in=wanted).values_list("code", "pk"))
            if not store_all
            else dict(Occupation.objects.values_list("code", "pk"))
        )
        progress = Progress(progress_stream, total=table.total_rows and table.total_rows - table.header_row)
        has_industries = "I_GROUP" in table.header
        batch, read, stored, seen = [], 0, 0, set()
        for row, cells in table.rows:
            read += 1
            progress.update(read)
            if has_industries and text(cells["I_GROUP"]) != "cross-industry":
                continue  # the all-data file also breaks occupations down by industry
            code = text(cells["OCC_CODE"])
            if not SOC_CODE.match(code):
                raise ImportFileError(f"{code!r} is not a SOC code (NN-NNNN)", row=row, column="OCC_CODE")
            wage_row_is_wanted = store_all or code in wanted
            occupation_id = (
                occupation_for(code, text(cells["OCC_TITLE"]), known, store_all) if wage_row_is_wanted else None
            )
            wage = _wage_row(release, occupation_id, row, cells)  # validates every row, stored or not
            if occupation_id is None:
                continue
            if (occupation_id, wage.area_code) in seen:
                raise ImportFileError(f"{code} in area {wage.area_code} appears twice", row=row, column="AREA")
            seen.add((occupation_id, wage.area_code))
            batch.append(wage)
            if len(batch) >= BATCH_SIZE:
                stored += len(OEWSWage.objects.bulk_create(batch))
                batch = []
        if batch:
            stored += len(OEWSWage.objects.bulk_create(batch))
        progress.done(read)
        if read == 0:
            raise ImportFileError("has a header but no data rows (truncated file?)")
        return read, stored

    return import_release(
        path,
        kind=Release.Kind.OEWS,
        name=release_name,
        source_url=source_url,
        write_rows=write_rows,
        find_changes=oews_changes,
        annual_ceiling=annual_ceiling,
        hourly_ceiling=hourly_ceiling,
    )
