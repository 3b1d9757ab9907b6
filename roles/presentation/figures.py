"""Derived wording for a role's headline figures: one place, used by pages, API and exports."""

from django.db import models

IMPACT_BANDS = ((75, "Very high"), (50, "High"), (25, "Moderate"), (0, "Low"))


def ai_impact_label(score: int | None) -> str | None:
    """0-24 Low, 25-49 Moderate, 50-74 High, 75-100 Very high; None when unscored."""
    if score is None:
        return None
    return next(label for floor, label in IMPACT_BANDS if score >= floor)


class GrowthOutlook(models.TextChoices):
    DECLINING = "declining", "declining"
    STABLE = "stable", "stable"
    GROWING = "growing", "growing"
    HIGH = "high", "high"
    VERY_HIGH = "very_high", "very high"


def format_years(years_min: int | None, years_max: int | None) -> str:
    """'0-2 yrs', '8+ yrs', '' for unknown experience ranges."""
    if years_min is None and years_max is None:
        return ""
    if years_max is None:
        return f"{years_min}+ yrs"
    return f"{years_min or 0}-{years_max} yrs"


def format_usd_short(amount: int | None) -> str:
    """$175K style used in the reference's headline and bands ('$1.2M' above a million)."""
    if amount is None:
        return ""
    if amount >= 1_000_000:
        return f"${amount / 1_000_000:.1f}M".replace(".0M", "M")
    if amount >= 1000 and amount % 1000 == 0:
        return f"${amount // 1000}K"
    if amount >= 1000:
        return f"${amount / 1000:.1f}K"
    return f"${amount}"


def format_usd_range(min_usd: int | None, max_usd: int | None) -> str:
    """'$110K–$145K', the reference's way of writing a salary band."""
    return f"{format_usd_short(min_usd)}–{format_usd_short(max_usd)}"
