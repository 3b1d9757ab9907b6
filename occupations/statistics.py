"""The official figures shown for a set of occupations, read in a fixed number of queries.

For each occupation: the newest national OEWS row, the state rows of that same
release (highest median first) and the newest projection, each carrying its
release so every figure can name and link its source.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from occupations.models import AreaType, Occupation, OEWSWage, Projection, Release, ValueStatus

TOP_STATES = 5


@dataclass(frozen=True)
class Figure:
    """One wage figure: a number, 'at least' the ceiling, or not available."""

    value: Decimal | None
    status: str
    ceiling: Decimal | None = None

    @property
    def available(self) -> bool:
        return self.status != ValueStatus.NOT_AVAILABLE

    @property
    def at_least(self) -> bool:
        return self.status == ValueStatus.AT_LEAST

    @property
    def position(self) -> Decimal | None:
        """Where to draw it: the value, or the ceiling for 'at least'."""
        return self.ceiling if self.at_least else self.value

    @property
    def hourly(self) -> bool:
        return False

    def label(self, hourly: bool | None = None) -> str:
        hourly = self.hourly if hourly is None else hourly
        if self.at_least:
            return f"at least {_money(self.ceiling, hourly)}" if self.ceiling else "above the top code"
        if self.value is None:
            return "not available"
        return _money(self.value, hourly)

    def __str__(self):
        return self.label()


@dataclass(frozen=True)
class HourlyFigure(Figure):
    @property
    def hourly(self) -> bool:
        return True


def _money(value: Decimal, hourly: bool = False) -> str:
    return f"${value:,.2f}" if hourly else f"${value:,.0f}"


def figure(row: OEWSWage, name: str) -> Figure:
    if name.startswith("hourly"):
        return HourlyFigure(getattr(row, name), getattr(row, f"{name}_status"), row.release.hourly_ceiling)
    return Figure(getattr(row, name), getattr(row, f"{name}_status"), row.release.annual_ceiling)


@dataclass
class AreaWages:
    title: str
    state: str
    employment: int | None
    median: Figure
    hourly_median: Figure


@dataclass
class OccupationStatistics:
    occupation: Occupation
    wage_release: Release | None = None
    national: OEWSWage | None = None
    states: list[AreaWages] = field(default_factory=list)
    state_rows: list[OEWSWage] = field(default_factory=list)
    projection: Projection | None = None

    @property
    def percentiles(self) -> list[tuple[str, Figure]]:
        if self.national is None:
            return []
        names = (("10th", "pct10"), ("25th", "pct25"), ("Median", "median"), ("75th", "pct75"), ("90th", "pct90"))
        return [(label, figure(self.national, f"annual_{name}")) for label, name in names]

    @property
    def median(self) -> Figure | None:
        return figure(self.national, "annual_median") if self.national else None

    @property
    def top_states(self) -> list[AreaWages]:
        return [area for area in self.states if area.median.available][:TOP_STATES]

    @property
    def has_figures(self) -> bool:
        return self.national is not None or self.projection is not None or bool(self.states)


def _sort_key(area: AreaWages):
    return (-(area.median.position or Decimal("-1")), area.title)


def statistics_for(occupations: list[Occupation]) -> list[OccupationStatistics]:
    """Statistics per occupation, in the order given; three queries whatever the number."""
    if not occupations:
        return []
    ids = [occupation.pk for occupation in occupations]
    result = {occupation.pk: OccupationStatistics(occupation) for occupation in occupations}
    wages = (
        OEWSWage.objects.filter(occupation_id__in=ids, area_type__in=[AreaType.NATIONAL, AreaType.STATE])
        .select_related("release")
        .order_by("-release__imported_at", "-release__pk", "area_title")
    )
    newest_release_name = {}
    for row in wages:
        stats = result[row.occupation_id]
        if row.area_type == AreaType.NATIONAL:
            if stats.national is None:
                stats.national, stats.wage_release = row, row.release
                newest_release_name[row.occupation_id] = row.release.name
    for row in wages:  # already fetched: states of the release the national figures came from
        if row.area_type != AreaType.STATE:
            continue
        if row.release.name != newest_release_name.get(row.occupation_id, row.release.name):
            continue
        stats = result[row.occupation_id]
        newest_release_name.setdefault(row.occupation_id, row.release.name)
        if stats.wage_release is None:
            stats.wage_release = row.release
        if any(area.state == row.state for area in stats.states):
            continue
        stats.state_rows.append(row)
        stats.states.append(
            AreaWages(
                row.area_title, row.state, row.employment, figure(row, "annual_median"), figure(row, "hourly_median")
            )
        )
    for stats in result.values():
        stats.states.sort(key=_sort_key)
        order = {area.state: index for index, area in enumerate(stats.states)}
        stats.state_rows.sort(key=lambda row: order[row.state])
    projections = (
        Projection.objects.filter(occupation_id__in=ids)
        .select_related("release")
        .order_by("-release__imported_at", "-release__pk")
    )
    for projection in projections:
        if result[projection.occupation_id].projection is None:
            result[projection.occupation_id].projection = projection
    return [result[pk] for pk in ids]
