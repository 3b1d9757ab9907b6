"""The "Official statistics" section of a guide: its linked occupations' official figures."""

from dataclasses import dataclass

from occupations.api import statistics_out
from occupations.charts import PercentileChart, percentile_chart
from occupations.statistics import OccupationStatistics, statistics_for


@dataclass
class LinkedStatistics:
    stats: OccupationStatistics
    note: str
    chart: PercentileChart | None


@dataclass
class OfficialStatistics:
    occupations: list  # every linked Occupation, in the editor's order (for JSON-LD)
    entries: list[LinkedStatistics]  # those with imported figures (for the section)

    def __bool__(self):
        return bool(self.entries)


def official_statistics(page, salary_bands) -> OfficialStatistics:
    """The linked occupations and their figures; empty for an unlinked guide (two queries for the figures;
    the links come folded with the guide's other lists, roles.presentation.page_context)."""
    links = list(page.role_occupations.all())  # folded by the role page (page_context.FOLDED_PARTS)
    if not links:
        return OfficialStatistics([], [])
    notes = {link.occupation_id: link.note for link in links}
    occupations = [link.occupation for link in links]
    entries = [
        LinkedStatistics(stats, notes[stats.occupation.pk], percentile_chart(stats, salary_bands))
        for stats in statistics_for(occupations)
        if stats.has_figures
    ]
    return OfficialStatistics(occupations, entries)


def official_statistics_out(page) -> list[dict]:
    """The same figures for the role detail API (``occupations.api_schemas.OccupationStatisticsOut``),
    for a page fetched through ``with_guide_parts`` or ``fold_guide_parts`` (its occupation links are loaded)."""
    links = list(page.role_occupations.all())
    notes = {link.occupation_id: link.note for link in links}
    return [
        statistics_out(stats, notes[stats.occupation.pk])
        for stats in statistics_for([link.occupation for link in links])
    ]
