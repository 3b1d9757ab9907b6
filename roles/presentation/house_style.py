"""The house style for figures readers see, matching the reference guide: one place to write and to read them.

Money "$175K" (and "$110K–$145K" for a band), growth "very high", dates "2026-04-26". The salary
filter reads back what the site writes: "175K", "$175K", "175,000" and "$175,000" are all 175000.
"""

import datetime
import re

from django import forms

from roles.presentation.figures import GrowthOutlook, format_usd_range, format_usd_short

USD_AMOUNT = re.compile(r"^\$?\s*(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<unit>[kKmM]?)$")
UNITS = {"": 1, "k": 1_000, "m": 1_000_000}
USD_AMOUNT_HELP = "an amount in US dollars such as 175K, $175K, 175,000 or $175,000"


def money(amount: int | None) -> str:
    """175000 -> '$175K'; '' for None."""
    return format_usd_short(amount)


def money_range(min_usd: int | None, max_usd: int | None) -> str:
    return format_usd_range(min_usd, max_usd)


def growth(outlook: str | None) -> str:
    """'very_high' -> 'very high', the reference's lower-case wording."""
    return GrowthOutlook(outlook).label if outlook else ""


def day(value: datetime.date | None) -> str:
    """2026-04-26 (ISO 8601, as the reference dates its review)."""
    return value.isoformat() if value else ""


def parse_usd(text: str) -> int:
    """'$175K' -> 175000; ValueError naming the accepted forms otherwise."""
    match = USD_AMOUNT.match(text.strip())
    if not match:
        raise ValueError(f"Enter {USD_AMOUNT_HELP}.")
    amount = float(match["number"].replace(",", "")) * UNITS[match["unit"].lower()]
    if amount != int(amount):
        raise ValueError(f"Enter whole dollars: {USD_AMOUNT_HELP}.")
    return int(amount)


class UsdAmountField(forms.IntegerField):
    """An IntegerField that also accepts the house style ('$175K', '175,000'), in a plain text box."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in self.empty_values or isinstance(value, int):
            return super().to_python(value)
        try:
            return parse_usd(str(value))
        except ValueError as error:
            raise forms.ValidationError(str(error), code="invalid") from error

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("min", None)
        attrs.pop("max", None)
        attrs.setdefault("placeholder", "e.g. $150K")
        return attrs
