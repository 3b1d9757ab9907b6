"""The total estimated duration of a curriculum: the sum of its steps' weeks.

A step may not have an estimate yet (the reference guide gives none), so the
total is only stated when every step has one; an invented partial total would
read as a promise.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Duration:
    total_weeks: int | None
    steps_without_estimate: tuple[str, ...]

    @property
    def is_known(self) -> bool:
        return self.total_weeks is not None


def total_duration(steps: list[tuple[str, int | None]]) -> Duration:
    """``steps`` are (step title, weeks or None) in curriculum order."""
    missing = tuple(title for title, weeks in steps if weeks is None)
    if missing or not steps:
        return Duration(total_weeks=None, steps_without_estimate=missing)
    return Duration(total_weeks=sum(weeks for _, weeks in steps), steps_without_estimate=())
