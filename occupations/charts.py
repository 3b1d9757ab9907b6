"""Geometry for the percentile chart: official percentiles with editorial bands beside them."""

from dataclasses import dataclass
from decimal import Decimal

from occupations.statistics import OccupationStatistics


@dataclass(frozen=True)
class Bar:
    label: str
    x_pct: float
    width_pct: float
    y: int
    range_label: str


@dataclass(frozen=True)
class Tick:
    label: str
    x_pct: float
    at_least: bool


@dataclass(frozen=True)
class PercentileChart:
    height: int
    official: Bar  # 10th to 90th percentile
    box: Bar  # 25th to 75th
    ticks: list[Tick]  # each percentile
    bands: list[Bar]
    description: str


ROW = 30
BANDS_TOP = 88


def _pct(value: Decimal, low: Decimal, high: Decimal) -> float:
    return round(float((value - low) / (high - low) * 100), 2) if high > low else 0.0


def percentile_chart(stats: OccupationStatistics, salary_bands) -> PercentileChart | None:
    """None unless the 10th, 25th, 75th and 90th percentiles are all known (a value or 'at least')."""
    points = stats.percentiles
    if not points or not all(figure.position is not None for _, figure in points):
        return None
    positions = [figure.position for _, figure in points]
    band_values = [Decimal(band.min_usd) for band in salary_bands] + [Decimal(band.max_usd) for band in salary_bands]
    low = min(positions + band_values)
    high = max(positions + band_values)
    p10, p25, _, p75, p90 = positions
    official = Bar(
        "Official, 10th–90th percentile", _pct(p10, low, high), _pct(p90, low, high) - _pct(p10, low, high), 20, ""
    )
    box = Bar("25th–75th", _pct(p25, low, high), _pct(p75, low, high) - _pct(p25, low, high), 20, "")
    ticks = [
        Tick(f"{label}: {figure.label()}", _pct(figure.position, low, high), figure.at_least)
        for label, figure in points
    ]
    bands = [
        Bar(
            band.level,
            _pct(Decimal(band.min_usd), low, high),
            _pct(Decimal(band.max_usd), low, high) - _pct(Decimal(band.min_usd), low, high),
            BANDS_TOP + index * ROW,
            f"${band.min_usd:,}–${band.max_usd:,}",
        )
        for index, band in enumerate(salary_bands)
    ]
    description = "Official annual wage percentiles: " + ", ".join(
        f"{label} {figure.label()}" for label, figure in points
    )
    if bands:
        description += ". This guide's salary bands: " + ", ".join(f"{bar.label} {bar.range_label}" for bar in bands)
    return PercentileChart(
        height=BANDS_TOP + len(bands) * ROW,
        official=official,
        box=box,
        ticks=ticks,
        bands=bands,
        description=description,
    )
