"""Which occupations' figures a new release moved enough to re-check the guides.

Two triggers: the national annual median moved by more than the threshold
(``settings.OFFICIAL_FIGURES_MEDIAN_THRESHOLD_PERCENT``, default 5) against the
previous OEWS release that had a national figure, or the projected growth
changed category against the previous projections release.
"""

from dataclasses import asdict, dataclass
from decimal import Decimal

from django.conf import settings

from occupations.models import AreaType, OEWSWage, Projection, Release, ValueStatus

DEFAULT_MEDIAN_THRESHOLD_PERCENT = Decimal("5")


def median_threshold_percent() -> Decimal:
    return Decimal(
        str(getattr(settings, "OFFICIAL_FIGURES_MEDIAN_THRESHOLD_PERCENT", DEFAULT_MEDIAN_THRESHOLD_PERCENT))
    )


@dataclass(frozen=True)
class FigureChange:
    """One official figure that moved, with the releases it moved between."""

    occupation_id: int
    occupation_code: str
    occupation_title: str
    measure: str  # "National median annual wage" or "Projected growth"
    old: str
    new: str
    old_release: str
    new_release: str

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self):
        return (
            f"{self.occupation_code} {self.measure}: {self.old} ({self.old_release}) → {self.new} ({self.new_release})"
        )


def _median_label(value: Decimal | None, status: str, ceiling: Decimal | None) -> str:
    if status == ValueStatus.AT_LEAST:
        return f"at least ${ceiling:,.0f}" if ceiling else "at least the top-coded ceiling"
    if value is None:
        return "not available"
    return f"${value:,.0f}"


def _comparable(value: Decimal | None, status: str, ceiling: Decimal | None) -> Decimal | None:
    if status == ValueStatus.AT_LEAST:
        return ceiling
    return value


def oews_changes(release: Release) -> list[FigureChange]:
    """National annual medians in ``release`` that moved past the threshold since the previous release."""
    threshold = median_threshold_percent()
    new_rows = OEWSWage.objects.filter(release=release, area_type=AreaType.NATIONAL).select_related("occupation")
    changes = []
    for new in new_rows:
        old = (
            OEWSWage.objects.filter(occupation_id=new.occupation_id, area_type=AreaType.NATIONAL)
            .exclude(release__name=release.name)
            .filter(release__imported_at__lt=release.imported_at)
            .select_related("release")
            .order_by("-release__imported_at", "-release__pk")
            .first()
        )
        if old is None:
            continue
        old_value = _comparable(old.annual_median, old.annual_median_status, old.release.annual_ceiling)
        new_value = _comparable(new.annual_median, new.annual_median_status, release.annual_ceiling)
        if old_value is None or new_value is None or old_value == 0:
            moved = (old_value is None) != (new_value is None)
        else:
            moved = abs(new_value - old_value) * 100 / old_value > threshold
        if moved:
            changes.append(
                FigureChange(
                    occupation_id=new.occupation_id,
                    occupation_code=new.occupation.code,
                    occupation_title=new.occupation.title,
                    measure="National median annual wage",
                    old=_median_label(old.annual_median, old.annual_median_status, old.release.annual_ceiling),
                    new=_median_label(new.annual_median, new.annual_median_status, release.annual_ceiling),
                    old_release=old.release.name,
                    new_release=release.name,
                )
            )
    return changes


def projection_changes(release: Release) -> list[FigureChange]:
    """Occupations whose growth category differs from the previous projections release."""
    changes = []
    for new in Projection.objects.filter(release=release).select_related("occupation"):
        old = (
            Projection.objects.filter(occupation_id=new.occupation_id)
            .exclude(release__name=release.name)
            .filter(release__imported_at__lt=release.imported_at)
            .select_related("release")
            .order_by("-release__imported_at", "-release__pk")
            .first()
        )
        if old is None or old.category == new.category:
            continue
        changes.append(
            FigureChange(
                occupation_id=new.occupation_id,
                occupation_code=new.occupation.code,
                occupation_title=new.occupation.title,
                measure="Projected growth",
                old=f"{old.get_category_display()} ({old.change_percent:+}%)",
                new=f"{new.get_category_display()} ({new.change_percent:+}%)",
                old_release=old.release.name,
                new_release=release.name,
            )
        )
    return changes
