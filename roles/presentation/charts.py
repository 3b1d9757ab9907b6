"""Geometry for the salary-band chart, computed here so the template only draws.

The chart is an inline SVG without a viewBox: horizontal positions are
percentages of the chart's width and vertical ones are pixels, so the bars
stretch with the column while the text keeps the page's font size on every
screen from a 360 px phone to a desktop.
"""

from dataclasses import dataclass
from math import ceil, floor

from roles.presentation.figures import format_usd_range, format_usd_short

NICE_STEPS = (5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000, 1_000_000)
MAX_TICKS = 6

TOP = 28  # room for the median label
ROW_HEIGHT = 50
LABEL_BASELINE = 16  # within a row
BAR_OFFSET = 24  # within a row
BAR_HEIGHT = 14
MEDIAN_OVERHANG = 4  # how far the median mark reaches above and below each bar
AXIS_GAP = 20  # from the last row to the tick labels' baseline
BOTTOM = 8


@dataclass(frozen=True)
class ChartRow:
    label: str
    range_label: str
    x_pct: float
    width_pct: float
    label_y: int
    bar_y: int


@dataclass(frozen=True)
class ChartTick:
    x_pct: float
    label: str
    anchor: str


@dataclass(frozen=True)
class MedianMarker:
    """The dashed median mark, drawn across the bars only (`segments`: (y1, y2) pairs) so it never strikes a label."""

    x_pct: float
    label: str
    anchor: str
    segments: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SalaryChart:
    rows: list[ChartRow]
    ticks: list[ChartTick]
    median: MedianMarker | None
    height: int
    grid_top: int
    grid_bottom: int
    axis_y: int
    bar_height: int
    description: str


def _domain(values: list[int]) -> tuple[int, int, int]:
    """The data's extent rounded out to the smallest nice step that needs at most MAX_TICKS ticks.

    The axis starts on a tick but ends at the first round value (half or a fifth of a step)
    above the data, so a top band ending at $420K does not stretch the axis to $500K.
    """
    low, high = min(values), max(values)
    for step in NICE_STEPS:
        lo = floor(low / step) * step
        hi = max(ceil(high / step) * step, lo + step)  # a single value still gets a step of width
        if (hi - lo) / step <= MAX_TICKS - 1:
            break
    minor = step // 2 if (step // 2) % 5_000 == 0 else step // 5
    hi = max(ceil(high / minor) * minor, lo + minor)
    return lo, hi, step


def _single_band_values(band) -> list[int]:
    """Room either side of a lone band, so it reads as a range on a scale rather than a full-width bar."""
    pad = max((band.max_usd - band.min_usd) // 2, 5_000)
    return [max(band.min_usd - pad, 0), band.max_usd + pad]


def _anchor(x_pct: float) -> str:
    """Keep text inside the chart: hug the left or right edge near it."""
    if x_pct < 12:
        return "start"
    if x_pct > 88:
        return "end"
    return "middle"


def salary_chart(bands, median_usd: int | None = None) -> SalaryChart | None:
    """Chart geometry for salary bands (objects with level, years_label, min_usd, max_usd); None without bands."""
    bands = list(bands)
    if not bands:
        return None
    values = [band.min_usd for band in bands] + [band.max_usd for band in bands]
    if median_usd is not None:
        values.append(median_usd)
    if len(bands) == 1:
        values += _single_band_values(bands[0])
    lo, hi, step = _domain(values)

    def pct(value: int) -> float:
        return round((value - lo) / (hi - lo) * 100, 2)

    rows = []
    for index, band in enumerate(bands):
        top = TOP + index * ROW_HEIGHT
        label = f"{band.level} · {band.years_label}" if band.years_label else band.level
        rows.append(
            ChartRow(
                label=label,
                range_label=format_usd_range(band.min_usd, band.max_usd),
                x_pct=pct(band.min_usd),
                width_pct=max(round(pct(band.max_usd) - pct(band.min_usd), 2), 0.5),
                label_y=top + LABEL_BASELINE,
                bar_y=top + BAR_OFFSET,
            )
        )
    ticks = [
        ChartTick(x_pct=pct(value), label=format_usd_short(value), anchor=_anchor(pct(value)))
        for value in range(lo, hi + 1, step)
    ]
    median = None
    if median_usd is not None:
        x_pct = pct(median_usd)
        segments = tuple((row.bar_y - MEDIAN_OVERHANG, row.bar_y + BAR_HEIGHT + MEDIAN_OVERHANG) for row in rows)
        median = MedianMarker(
            x_pct=x_pct, label=f"Median {format_usd_short(median_usd)}", anchor=_anchor(x_pct), segments=segments
        )
    grid_bottom = TOP + len(bands) * ROW_HEIGHT
    description = "; ".join(
        f"{band.level}{f' ({band.years_label})' if band.years_label else ''}: "
        f"{format_usd_short(band.min_usd)} to {format_usd_short(band.max_usd)}"
        for band in bands
    )
    if median:
        description += f". {median.label}."
    return SalaryChart(
        rows=rows,
        ticks=ticks,
        median=median,
        height=grid_bottom + AXIS_GAP + BOTTOM,
        grid_top=TOP - 6,
        grid_bottom=grid_bottom,
        axis_y=grid_bottom + AXIS_GAP,
        bar_height=BAR_HEIGHT,
        description=description,
    )
