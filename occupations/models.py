"""Official occupation codes and the BLS releases imported for them.

Every figure belongs to a ``Release`` (one imported file: its name, source and
checksum), so each number a reader sees can name the release it came from.
"""

from decimal import Decimal

from django.db import models
from wagtail.search import index

from occupations.validators import validate_soc_code


class Occupation(index.Indexed, models.Model):
    """One SOC 2018 detailed occupation (a snippet; guides link to it)."""

    code = models.CharField(
        "SOC code", max_length=7, unique=True, validators=[validate_soc_code], help_text="SOC 2018 code, e.g. 15-1252."
    )
    title = models.CharField(max_length=255, help_text="The official SOC title.")
    onet_codes = models.CharField(
        "O*NET-SOC codes",
        max_length=500,
        blank=True,
        help_text="Optional O*NET-SOC detail codes, comma separated, e.g. 15-1252.00.",
    )

    search_fields = [
        index.SearchField("code"),
        index.AutocompleteField("code"),
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("code"),
    ]

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def onet_code_list(self) -> list[str]:
        return [code.strip() for code in self.onet_codes.split(",") if code.strip()]


class Release(models.Model):
    """One imported official file, e.g. the OEWS national file of May 2024."""

    class Kind(models.TextChoices):
        OEWS = "oews", "OEWS wages"
        PROJECTIONS = "projections", "Employment projections"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    name = models.CharField(max_length=40, help_text='As BLS names it, e.g. "May 2024" or "2024-34".')
    source_url = models.URLField(max_length=500, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    checksum = models.CharField("SHA-256", max_length=64)
    file_name = models.CharField(max_length=255, blank=True)
    annual_ceiling = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="OEWS top-coded annual wage ('#' means at least this).",
    )
    hourly_ceiling = models.DecimalField(
        max_digits=8, decimal_places=2, null=True, blank=True, help_text="OEWS top-coded hourly wage."
    )

    class Meta:
        ordering = ["-imported_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["kind", "checksum"], name="release_unique_kind_checksum")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.name}"


class ValueStatus(models.TextChoices):
    """What an OEWS cell says besides a plain number."""

    VALUE = "value", "Value"
    NOT_AVAILABLE = "na", "Not available"  # '*', '**' or blank
    AT_LEAST = "at_least", "At least the top-coded ceiling"  # '#'


class AreaType(models.TextChoices):
    """OEWS ``AREA_TYPE``: 1 U.S., 2 state, 3 territory, 4 metropolitan, 6 nonmetropolitan."""

    NATIONAL = "national", "National"
    STATE = "state", "State"
    TERRITORY = "territory", "U.S. territory"
    METRO = "metro", "Metropolitan area"
    NONMETRO = "nonmetro", "Nonmetropolitan area"


#: The wage measures of an OEWS row, in the order BLS prints them.
WAGE_MEASURES = ("mean", "pct10", "pct25", "median", "pct75", "pct90")


class WageFigures(models.Model):
    """Annual and hourly mean and percentiles; each has a value and a status.

    A '#' cell is stored as ``None`` with status ``at_least``: the wage is at
    least the release's top-coded ceiling, never zero.
    """

    annual_mean = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    annual_mean_status = models.CharField(max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE)
    annual_pct10 = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    annual_pct10_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    annual_pct25 = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    annual_pct25_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    annual_median = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    annual_median_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    annual_pct75 = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    annual_pct75_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    annual_pct90 = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    annual_pct90_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    hourly_mean = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    hourly_mean_status = models.CharField(max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE)
    hourly_pct10 = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    hourly_pct10_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    hourly_pct25 = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    hourly_pct25_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    hourly_median = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    hourly_median_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    hourly_pct75 = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    hourly_pct75_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )
    hourly_pct90 = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    hourly_pct90_status = models.CharField(
        max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE
    )

    class Meta:
        abstract = True


class OEWSWage(WageFigures):
    """One OEWS row: one occupation in one area in one release."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="wages")
    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="wages")
    area_code = models.CharField(max_length=10)
    area_title = models.CharField(max_length=255)
    area_type = models.CharField(max_length=10, choices=AreaType.choices)
    state = models.CharField("state (postal code)", max_length=20, blank=True)
    employment = models.PositiveIntegerField(null=True, blank=True)
    employment_status = models.CharField(max_length=10, choices=ValueStatus.choices, default=ValueStatus.NOT_AVAILABLE)
    annual_only = models.BooleanField(default=False, help_text="BLS ANNUAL flag: only annual wages are published.")
    hourly_only = models.BooleanField(default=False, help_text="BLS HOURLY flag: only hourly wages are published.")

    class Meta:
        verbose_name = "OEWS wage row"
        constraints = [
            models.UniqueConstraint(fields=["release", "occupation", "area_code"], name="oewswage_unique_row")
        ]
        indexes = [models.Index(fields=["occupation", "area_type"], name="oewswage_occupation_area")]

    def __str__(self):
        return f"{self.occupation.code} in {self.area_title} ({self.release.name})"


class GrowthCategory(models.TextChoices):
    """The Occupational Outlook Handbook's words for a projected percent change."""

    MUCH_FASTER = "much_faster", "Much faster than average"
    FASTER = "faster", "Faster than average"
    AVERAGE = "average", "As fast as average"
    SLOWER = "slower", "Slower than average"
    LITTLE_OR_NO_CHANGE = "little", "Little or no change"
    DECLINE = "decline", "Decline"


#: Lower bounds (percent change over the decade) of each category, highest first.
#: The OOH's bands as used for the 2024-34 projections; see docs/official-data.md.
GROWTH_CATEGORY_FLOORS = (
    (Decimal("8"), GrowthCategory.MUCH_FASTER),
    (Decimal("5"), GrowthCategory.FASTER),
    (Decimal("2"), GrowthCategory.AVERAGE),
    (Decimal("1"), GrowthCategory.SLOWER),
    (Decimal("-1"), GrowthCategory.LITTLE_OR_NO_CHANGE),
)


def growth_category(percent_change: Decimal) -> GrowthCategory:
    for floor, category in GROWTH_CATEGORY_FLOORS:
        if percent_change >= floor:
            return category
    return GrowthCategory.DECLINE


class Projection(models.Model):
    """One occupation's row of the BLS Employment Projections occupation table."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="projections")
    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="projections")
    base_year = models.PositiveSmallIntegerField()
    projected_year = models.PositiveSmallIntegerField()
    employment_base = models.DecimalField(
        max_digits=10, decimal_places=1, help_text="Employment in the base year, thousands."
    )
    employment_projected = models.DecimalField(
        max_digits=10, decimal_places=1, help_text="Employment in the projected year, thousands."
    )
    change_percent = models.DecimalField(max_digits=6, decimal_places=1)
    annual_openings = models.DecimalField(
        max_digits=10, decimal_places=1, help_text="Occupational openings, annual average, thousands."
    )
    category = models.CharField(max_length=12, choices=GrowthCategory.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["release", "occupation"], name="projection_unique_row")]

    def __str__(self):
        return f"{self.occupation.code} {self.base_year}-{self.projected_year}"

    def save(self, *args, **kwargs):
        self.category = growth_category(self.change_percent)
        super().save(*args, **kwargs)
