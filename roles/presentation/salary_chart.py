"""Geometry for a server-rendered SVG of salary bands: one or more roles on one scale.

Labels sit above their bars, so the chart stays legible when a phone scales it down;
templates also render the same numbers as a table for screen readers and print.
"""

import math
from dataclasses import dataclass, field

from roles.presentation.figures import format_usd_short

WIDTH = 400
PAD_X = 8
LABEL_HEIGHT = 18
BAR_HEIGHT = 12
ROW_GAP = 10
HEADER_HEIGHT = 26
AXIS_HEIGHT = 28
SERIES_CLASSES = ("series-1", "series-2", "series-3")


@dataclass
class Bar:
    label: str
    y: float
    label_y: float
    x: float
    width: float


@dataclass
class Series:
    name: str
    css_class: str
    header_y: float
    bars: list[Bar] = field(default_factory=list)
    median_x: float | None = None


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class SalaryChart:
    series: list[Series]
    ticks: list[Tick]
    width: int
    height: float
    plot_top: float
    plot_bottom: float

    @property
    def is_empty(self) -> bool:
        return not any(series.bars for series in self.series)


def _nice_step(span: int) -> int:
    """25K, 50K, 100K… so that there are three to six ticks."""
    for step in (10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000):
        if span / step <= 6:
            return step
    return 10 ** math.ceil(math.log10(span))


def salary_chart(roles) -> SalaryChart:
    """Chart geometry for `roles` (RolePages with `salary_bands` loaded), in the order given."""
    bands = [band for role in roles for band in role.salary_bands.all()]
    medians = [role.median_salary for role in roles if role.median_salary]
    values = [band.min_usd for band in bands] + [band.max_usd for band in bands] + medians
    low, high = (min(values), max(values)) if values else (0, 100_000)
    step = _nice_step(max(high - low, 1))
    axis_min = (low // step) * step
    axis_max = max(math.ceil(high / step) * step, axis_min + step)
    plot_width = WIDTH - 2 * PAD_X

    def x_of(amount: int) -> float:
        return round(PAD_X + (amount - axis_min) / (axis_max - axis_min) * plot_width, 1)

    y = 4.0
    series_list = []
    for index, role in enumerate(roles):
        series = Series(name=role.title, css_class=SERIES_CLASSES[index % len(SERIES_CLASSES)], header_y=y + 16)
        if role.median_salary:
            series.median_x = x_of(role.median_salary)
        y += HEADER_HEIGHT
        for band in role.salary_bands.all():
            years = f", {band.years_label}" if band.years_label else ""
            label = f"{band.level}{years}: {format_usd_short(band.min_usd)}–{format_usd_short(band.max_usd)}"
            bar_x = x_of(band.min_usd)
            series.bars.append(
                Bar(label=label, label_y=y + 13, y=y + LABEL_HEIGHT, x=bar_x, width=max(x_of(band.max_usd) - bar_x, 2))
            )
            y += LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
        series_list.append(series)
    plot_bottom = y
    ticks = [Tick(x=x_of(amount), label=format_usd_short(amount)) for amount in range(axis_min, axis_max + 1, step)]
    return SalaryChart(
        series=series_list,
        ticks=ticks,
        width=WIDTH,
        height=plot_bottom + AXIS_HEIGHT,
        plot_top=4.0,
        plot_bottom=plot_bottom,
    )
