"""Geometry for the salary-band chart of one to three roles, computed here so the template only draws.

One role (the guide's own chart) or two or three on one scale (compare). The chart is an
inline SVG without a viewBox: horizontal positions are percentages of the chart's width and
vertical ones are pixels, so the bars stretch with the column while the text keeps the
page's font size on every screen from a 360 px phone to a desktop.

Every text has a line of its own or shares one only left-aligned against right-aligned
(a band's level and its range, a role's name and its median), and the dashed median mark is
drawn across bars only, so no line or bar ever crosses a label.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from math import ceil, floor

from roles.presentation.figures import format_usd_range, format_usd_short

MAX_SERIES = 3
NICE_STEPS = (5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000, 1_000_000)
MAX_TICKS = 6

TOP = 28  # one role: room for the median label above the first band
MEDIAN_LABEL_BASELINE = 14
HEADER_HEIGHT = 32  # several roles: each starts with a line naming it and its median
HEADER_BASELINE = 18  # within the header
SERIES_GAP = 18  # between one role's last band and the next role's header
ROW_HEIGHT = 50
LABEL_BASELINE = 16  # within a row
BAR_OFFSET = 24  # within a row
BAR_HEIGHT = 14
MEDIAN_OVERHANG = 4  # how far the median mark reaches above and below each bar
AXIS_GAP = 20  # from the last row to the tick labels' baseline
BOTTOM = 8
TITLE = "Salary ranges by level, US dollars per year"


@dataclass(frozen=True)
class SalarySeries:
    """One role's bands (objects with level, years_label, min_usd, max_usd) and median, as the chart's input."""

    name: str
    bands: Sequence
    median_usd: int | None = None


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
    """The dashed median mark, drawn across the bars only (`segments`: (y1, y2) pairs) so it never strikes a label.

    `label_y` is set for a lone role, whose label stands above the mark; with several roles the
    median is named on the role's header line instead.
    """

    x_pct: float
    label: str
    anchor: str
    segments: tuple[tuple[int, int], ...] = ()
    label_y: int | None = None


@dataclass(frozen=True)
class SeriesLayout:
    """One role's part of the chart. `header_y` (its name's baseline) is None for a lone role: the page names it."""

    name: str
    number: int  # 1-3, picks the series colour; 1 is the site's accent
    header_y: int | None
    header_note: str  # right-aligned on the header line: the median, or that no bands are published
    rows: list[ChartRow]
    median: MedianMarker | None


@dataclass(frozen=True)
class SalaryChart:
    series: list[SeriesLayout]
    ticks: list[ChartTick]
    height: int
    grid_top: int
    grid_bottom: int
    axis_y: int
    bar_height: int
    title: str
    description: str

    @property
    def rows(self) -> list[ChartRow]:
        return [row for series in self.series for row in series.rows]

    @property
    def median(self) -> MedianMarker | None:
        """The lone role's median mark (None when several roles are drawn or none is known)."""
        return self.series[0].median if len(self.series) == 1 else None


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


def _values(series: list[SalarySeries]) -> list[int]:
    bands = [band for one in series for band in one.bands]
    values = [band.min_usd for band in bands] + [band.max_usd for band in bands]
    values += [one.median_usd for one in series if one.median_usd is not None]
    if len(bands) == 1:
        values += _single_band_values(bands[0])
    return values


def _describe(series: SalarySeries) -> str:
    text = "; ".join(
        f"{band.level}{f' ({band.years_label})' if band.years_label else ''}: "
        f"{format_usd_short(band.min_usd)} to {format_usd_short(band.max_usd)}"
        for band in series.bands
    )
    if series.median_usd is not None:
        text += f". Median {format_usd_short(series.median_usd)}."
    return text


def salary_chart(series: Sequence[SalarySeries]) -> SalaryChart | None:
    """Chart geometry for one to three roles on one scale, in the order given; None when none has bands."""
    series = [SalarySeries(one.name, list(one.bands), one.median_usd) for one in series]
    if not 1 <= len(series) <= MAX_SERIES:
        raise ValueError(f"a salary chart draws 1 to {MAX_SERIES} roles, not {len(series)}")
    if not any(one.bands for one in series):
        return None
    lo, hi, step = _domain(_values(series))

    def pct(value: int) -> float:
        return round((value - lo) / (hi - lo) * 100, 2)

    alone = len(series) == 1
    layouts = []
    y = TOP if alone else 0
    for number, one in enumerate(series, start=1):
        header_y = None
        if not alone:
            y += SERIES_GAP if number > 1 else 0
            header_y = y + HEADER_BASELINE
            y += HEADER_HEIGHT
        rows = []
        for band in one.bands:
            label = f"{band.level} · {band.years_label}" if band.years_label else band.level
            rows.append(
                ChartRow(
                    label=label,
                    range_label=format_usd_range(band.min_usd, band.max_usd),
                    x_pct=pct(band.min_usd),
                    width_pct=max(round(pct(band.max_usd) - pct(band.min_usd), 2), 0.5),
                    label_y=y + LABEL_BASELINE,
                    bar_y=y + BAR_OFFSET,
                )
            )
            y += ROW_HEIGHT
        median = None
        if one.median_usd is not None:
            x_pct = pct(one.median_usd)
            median = MedianMarker(
                x_pct=x_pct,
                label=f"Median {format_usd_short(one.median_usd)}",
                anchor=_anchor(x_pct),
                segments=tuple((row.bar_y - MEDIAN_OVERHANG, row.bar_y + BAR_HEIGHT + MEDIAN_OVERHANG) for row in rows),
                label_y=MEDIAN_LABEL_BASELINE if alone else None,
            )
        note = median.label if median else ("" if one.bands else "No salary bands published yet")
        layouts.append(SeriesLayout(one.name, number, header_y, note, rows, median))
    ticks = [
        ChartTick(x_pct=pct(value), label=format_usd_short(value), anchor=_anchor(pct(value)))
        for value in range(lo, hi + 1, step)
    ]
    if alone:
        description = _describe(series[0])
    else:
        description = " ".join(
            f"{one.name}: {_describe(one).removesuffix('.') or 'no salary bands published yet'}." for one in series
        )
    return SalaryChart(
        series=layouts,
        ticks=ticks,
        height=y + AXIS_GAP + BOTTOM,
        grid_top=TOP - 6 if alone else 0,
        grid_bottom=y,
        axis_y=y + AXIS_GAP,
        bar_height=BAR_HEIGHT,
        title=TITLE,
        description=description,
    )
