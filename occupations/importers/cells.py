"""Typed values from official cells, with BLS's special markers kept as what they mean."""

from decimal import Decimal, InvalidOperation

from occupations.importers.errors import ImportFileError
from occupations.importers.tabular import text
from occupations.models import ValueStatus

#: OEWS: '*' wage not available, '**' employment not available, '#' at least the ceiling.
NOT_AVAILABLE_MARKS = {"", "*", "**", "-", "(8)", "(5)"}
AT_LEAST_MARK = "#"


def number(value, row: int, column: str) -> Decimal:
    """A plain number ('1,234.5' or a numeric cell); anything else is an error naming the cell."""
    if isinstance(value, bool):
        raise ImportFileError(f"{value!r} is not a number", row=row, column=column)
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    raw = text(value).replace(",", "")
    try:
        result = Decimal(raw)
    except InvalidOperation:
        raise ImportFileError(f"{text(value)!r} is not a number", row=row, column=column) from None
    if not result.is_finite():
        raise ImportFileError(f"{text(value)!r} is not a number", row=row, column=column)
    return result


def oews_value(value, row: int, column: str) -> tuple[Decimal | None, str]:
    """(number, status) for an OEWS cell: a value, not available, or at least the ceiling."""
    raw = text(value)
    if raw in NOT_AVAILABLE_MARKS:
        return None, ValueStatus.NOT_AVAILABLE
    if raw == AT_LEAST_MARK:
        return None, ValueStatus.AT_LEAST
    return number(value, row, column), ValueStatus.VALUE


def flag(value, row: int, column: str) -> bool:
    """The OEWS ``ANNUAL``/``HOURLY`` flags: TRUE, or blank."""
    raw = text(value).upper()
    if raw in ("", "FALSE", "0"):
        return False
    if raw in ("TRUE", "1", "T"):
        return True
    raise ImportFileError(f"{text(value)!r} is not TRUE or blank", row=row, column=column)
