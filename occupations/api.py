"""GET /api/v1/occupations/{code}: one occupation's official statistics."""

from django.http import HttpRequest
from ninja import Path, Router

from core.api.errors import NotFound, error_responses
from occupations.api_schemas import OccupationStatisticsOut
from occupations.models import WAGE_MEASURES, Occupation, OEWSWage, Projection, Release
from occupations.statistics import OccupationStatistics, statistics_for
from occupations.validators import SOC_CODE_PATTERN

router = Router()


def release_out(release: Release) -> dict:
    return {"kind": release.kind, "name": release.name, "source_url": release.source_url}


def wages_out(row: OEWSWage) -> dict:
    def figures(prefix: str, ceiling):
        return {
            measure: {
                "value": getattr(row, f"{prefix}_{measure}"),
                "status": getattr(row, f"{prefix}_{measure}_status"),
                "ceiling": ceiling if getattr(row, f"{prefix}_{measure}_status") == "at_least" else None,
            }
            for measure in WAGE_MEASURES
        }

    return {
        "area_code": row.area_code,
        "area_title": row.area_title,
        "area_type": row.area_type,
        "state": row.state,
        "employment": row.employment,
        "annual": figures("annual", row.release.annual_ceiling),
        "hourly": figures("hourly", row.release.hourly_ceiling),
        "release": release_out(row.release),
    }


def projection_out(projection: Projection) -> dict:
    return {
        "base_year": projection.base_year,
        "projected_year": projection.projected_year,
        "employment_base_thousands": projection.employment_base,
        "employment_projected_thousands": projection.employment_projected,
        "change_percent": projection.change_percent,
        "annual_openings_thousands": projection.annual_openings,
        "category": projection.category,
        "release": release_out(projection.release),
    }


def statistics_out(stats: OccupationStatistics, note: str = "") -> dict:
    return {
        "code": stats.occupation.code,
        "title": stats.occupation.title,
        "onet_codes": stats.occupation.onet_code_list,
        "note": note,
        "national": wages_out(stats.national) if stats.national else None,
        "states": [wages_out(row) for row in stats.state_rows],
        "projection": projection_out(stats.projection) if stats.projection else None,
    }


@router.get(
    "/{code}",
    response={200: OccupationStatisticsOut, **error_responses(404)},
    summary="Get one occupation's official statistics",
    operation_id="get_occupation",
)
def get_occupation(
    request: HttpRequest,
    code: Path[str, {"pattern": SOC_CODE_PATTERN, "description": "SOC 2018 code, e.g. 15-1252."}],
):
    """National OEWS wages (percentiles, employment), state wages of the same release and the newest
    Employment Projections row, each with its release and source. Special BLS values are kept:
    `na` for not available, `at_least` for wages at or above the release's top code."""
    occupation = Occupation.objects.filter(code=code).first()
    if occupation is None:
        raise NotFound(f"No occupation has the SOC code '{code}'.", loc=("path", "code"))
    (stats,) = statistics_for([occupation])
    return statistics_out(stats)
