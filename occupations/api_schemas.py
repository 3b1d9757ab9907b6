"""JSON shapes of official statistics, shared by /occupations/{code} and the role detail."""

from decimal import Decimal

from ninja import Field, Schema

from occupations.models import GrowthCategory, ValueStatus


class ReleaseOut(Schema):
    kind: str = Field(description="'oews' (wages) or 'projections'.")
    name: str = Field(description='As BLS names it, e.g. "May 2024" or "2024-34".')
    source_url: str = Field(description="Where the file was published.")


class FigureOut(Schema):
    value: Decimal | None = Field(description="US dollars; null unless status is 'value'.")
    status: ValueStatus = Field(
        description="'value'; 'na' (BLS '*', '**' or blank: not available); 'at_least' (BLS '#': at least `ceiling`)."
    )
    ceiling: Decimal | None = Field(description="The release's top-coded wage, when status is 'at_least'.")


class WagesOut(Schema):
    area_code: str
    area_title: str
    area_type: str = Field(description="national, state, territory, metro or nonmetro.")
    state: str
    employment: int | None = Field(description="Employment in the occupation and area; null when not available.")
    annual: dict[str, FigureOut] = Field(description="mean, pct10, pct25, median, pct75, pct90 per year.")
    hourly: dict[str, FigureOut] = Field(description="The same, per hour.")
    release: ReleaseOut


class ProjectionOut(Schema):
    base_year: int
    projected_year: int
    employment_base_thousands: Decimal
    employment_projected_thousands: Decimal
    change_percent: Decimal
    annual_openings_thousands: Decimal
    category: GrowthCategory = Field(
        description="The Occupational Outlook Handbook's wording, derived from change_percent."
    )
    release: ReleaseOut


class OccupationStatisticsOut(Schema):
    code: str = Field(description="SOC 2018 code, e.g. 15-1252.")
    title: str
    onet_codes: list[str] = Field(description="O*NET-SOC detail codes, when known.")
    note: str = Field("", description="On a role: how the guide relates to this occupation.")
    national: WagesOut | None = Field(description="The newest national OEWS figures; null before any import.")
    states: list[WagesOut] = Field(description="State figures of the same release, highest median first.")
    projection: ProjectionOut | None
