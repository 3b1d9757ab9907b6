"""The occupation list: BLS's SOC 2018 definitions file or O*NET's Occupation Data file.

* SOC: ``soc_2018_definitions.xlsx`` with columns ``SOC Group``, ``SOC Code``,
  ``SOC Title`` (and ``SOC Definition``); only ``Detailed`` rows are occupations.
* O*NET: ``Occupation Data.xlsx`` (or the tab-separated ``.txt``) with columns
  ``O*NET-SOC Code``, ``Title``; each ``NN-NNNN.NN`` code is grouped under its
  SOC code, whose title is the ``.00`` row's.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from occupations.importers.errors import ImportFileError
from occupations.importers.tabular import open_table, text
from occupations.models import Occupation
from pagecache.version import bump

SOC_CODE = re.compile(r"^\d{2}-\d{4}$")
ONET_CODE = re.compile(r"^(\d{2}-\d{4})\.\d{2}$")


@dataclass
class OccupationImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _soc_rows(rows):
    for row, cells in rows:
        if text(cells["SOC Group"]) != "Detailed":
            continue
        code = text(cells["SOC Code"])
        if not SOC_CODE.match(code):
            raise ImportFileError(f"{code!r} is not a SOC code (NN-NNNN)", row=row, column="SOC Code")
        title = text(cells["SOC Title"])
        if not title:
            raise ImportFileError("is empty", row=row, column="SOC Title")
        yield code, title, None


def _onet_rows(rows):
    grouped: dict[str, dict] = {}
    for row, cells in rows:
        onet_code = text(cells["O*NET-SOC Code"])
        match = ONET_CODE.match(onet_code)
        if not match:
            raise ImportFileError(
                f"{onet_code!r} is not an O*NET-SOC code (NN-NNNN.NN)", row=row, column="O*NET-SOC Code"
            )
        title = text(cells["Title"])
        if not title:
            raise ImportFileError("is empty", row=row, column="Title")
        entry = grouped.setdefault(match.group(1), {"title": title, "codes": []})
        if onet_code.endswith(".00"):
            entry["title"] = title
        entry["codes"].append(onet_code)
    for code, entry in grouped.items():
        yield code, entry["title"], ", ".join(entry["codes"])


def _is_header(header: list[str]) -> bool:
    return {"SOC Code", "SOC Title", "SOC Group"} <= set(header) or {"O*NET-SOC Code", "Title"} <= set(header)


@transaction.atomic
def import_occupation_list(path: Path) -> OccupationImportResult:
    """Create or update occupations; an O*NET file also sets their O*NET-SOC codes. All or nothing."""
    try:
        table = open_table(Path(path), _is_header)
    except ImportFileError as error:
        if error.row is None and "no header" in str(error):
            raise ImportFileError(
                "missing columns: expected SOC Group, SOC Code, SOC Title (BLS) or O*NET-SOC Code, Title (O*NET)"
            ) from error
        raise
    parsed = _onet_rows(table.rows) if "O*NET-SOC Code" in table.header else _soc_rows(table.rows)
    result = OccupationImportResult()
    existing = {occupation.code: occupation for occupation in Occupation.objects.all()}
    for code, title, onet_codes in parsed:
        occupation = existing.get(code)
        if occupation is None:
            existing[code] = Occupation.objects.create(code=code, title=title, onet_codes=onet_codes or "")
            result.created += 1
            continue
        changed = occupation.title != title or (onet_codes is not None and occupation.onet_codes != onet_codes)
        if not changed:
            result.unchanged += 1
            continue
        occupation.title = title
        if onet_codes is not None:
            occupation.onet_codes = onet_codes
        occupation.save(update_fields=["title", "onet_codes"])
        result.updated += 1
    if not (result.created or result.updated or result.unchanged):
        raise ImportFileError("has no occupations (truncated file?)")
    if result.created or result.updated:
        bump()  # titles show on linked guides; saved without an audit-log entry, so bump here
    return result
