"""Stream rows from a CSV or XLSX file, one dict per row, in bounded memory.

XLSX is read with openpyxl's read-only mode (rows are parsed as they are
reached); CSV with the standard library. Published BLS workbooks put title
lines above the header, so the header is the first row holding all the
required columns.
"""

import csv
import hashlib
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from occupations.importers.errors import ImportFileError

#: Title lines above the header that are searched before giving up.
MAX_HEADER_SEARCH_ROWS = 30


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def clean_header(value) -> str:
    """A header cell as text: trimmed, single spaces, footnote marks like '[1]' dropped."""
    text = " ".join(str(value or "").split())
    while text.endswith("]") and "[" in text:
        text = text[: text.rindex("[")].rstrip()
    return text


@dataclass
class Table:
    header: list[str]
    header_row: int
    rows: Iterator[tuple[int, dict]]
    total_rows: int | None  # an estimate for the progress display, when the format tells


def _sheets(path: Path) -> Iterator[tuple[Iterator[tuple], int | None, Callable[[], None]]]:
    """(rows, row count estimate, close) for each sheet: one for CSV, every worksheet for XLSX."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
            raise ImportFileError(f"not a readable XLSX workbook (truncated or damaged?): {error}") from error
        for sheet in workbook.worksheets:
            yield sheet.iter_rows(values_only=True), sheet.max_row, workbook.close
        return
    if suffix in (".csv", ".txt"):
        handle = open(path, newline="", encoding="utf-8-sig")
        delimiter = "\t" if suffix == ".txt" else ","
        yield csv.reader(handle, delimiter=delimiter), None, handle.close
        return
    raise ImportFileError(f"unsupported file type {suffix or '(none)'}: use .xlsx or .csv")


def _find_header(raw, is_header) -> tuple[list[str] | None, int]:
    for number, cells in enumerate(raw, start=1):
        candidate = [clean_header(cell) for cell in cells]
        if is_header(candidate):
            return candidate, number
        if number >= MAX_HEADER_SEARCH_ROWS:
            break
    return None, 0


def open_table(path: Path, is_header: Callable[[list[str]], bool]) -> Table:
    """Find the header row with ``is_header`` and stream the rows below it as dicts.

    Raises ``ImportFileError`` when no header is found or a row is cut short
    (a CSV row with fewer cells than the header: a truncated file).
    """
    header, header_row, close = None, 0, None
    for raw, total, close in _sheets(Path(path)):  # noqa: B007 (the sheet whose header is found is used below)
        header, header_row = _find_header(raw, is_header)
        if header is not None:
            break
    if header is None:
        if close is not None:
            close()
        raise ImportFileError("no header row with the required columns was found")
    width = len(header)
    while width and not header[width - 1]:
        width -= 1

    def rows():
        try:
            for number, cells in enumerate(raw, start=header_row + 1):
                cells = list(cells)
                if not any(cell not in (None, "") for cell in cells):
                    continue
                if len(cells) < width:
                    raise ImportFileError(
                        f"has {len(cells)} cells where the header has {width} (truncated file?)",
                        row=number,
                        column=header[len(cells)],
                    )
                yield number, dict(zip(header[:width], cells[:width], strict=True))
        finally:
            close()

    return Table(header=header[:width], header_row=header_row, rows=rows(), total_rows=total)


def require_columns(header: list[str], required: list[str]) -> None:
    missing = [column for column in required if column not in header]
    if missing:
        raise ImportFileError(f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}", row=None)


def text(value) -> str:
    return "" if value is None else str(value).strip()
