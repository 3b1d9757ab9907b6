"""The three import commands against files in the published BLS/O*NET layouts."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from occupations.models import AreaType, GrowthCategory, Occupation, OEWSWage, Projection, Release, ValueStatus
from tests.factories.occupations import OccupationFactory


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_import_occupations_from_the_soc_definitions_keeps_detailed_occupations_only(fixtures_dir):
    out, _ = run("import_occupations", fixtures_dir / "soc_2018_definitions.xlsx")
    assert "15 new" in out
    assert Occupation.objects.get(code="15-1252").title == "Software Developers"
    assert not Occupation.objects.filter(code__in=["15-0000", "15-1200", "15-1250"]).exists()
    out, _ = run("import_occupations", fixtures_dir / "soc_2018_definitions.xlsx")
    assert "0 new, 0 updated, 15 unchanged" in out


@pytest.mark.django_db
def test_import_occupations_from_onet_groups_detail_codes_under_their_soc_code(fixtures_dir):
    run("import_occupations", fixtures_dir / "onet_occupation_data.txt")
    data_scientists = Occupation.objects.get(code="15-2051")
    assert data_scientists.title == "Data Scientists"
    assert data_scientists.onet_code_list == ["15-2051.00", "15-2051.01", "15-2051.02"]


@pytest.mark.django_db
def test_import_occupations_names_a_missing_column(tmp_path):
    bad = tmp_path / "soc.csv"
    bad.write_text("SOC Group,SOC Code,Definition\nDetailed,15-1252,Writes software\n")
    with pytest.raises(CommandError, match="SOC Title"):
        run("import_occupations", bad)
    assert not Occupation.objects.exists()


@pytest.mark.django_db
def test_oews_national_file_stores_linked_occupations_with_special_values_kept(linked_guide, fixtures_dir):
    out, err = run(
        "import_oews", fixtures_dir / "oews_national_M2024_dl.csv", "--release", "May 2024",
        "--source-url", "https://www.bls.gov/oes/tables.htm",
    )  # fmt: skip
    release = Release.objects.get()
    assert (release.name, release.kind, release.annual_ceiling) == ("May 2024", "oews", Decimal("239200"))
    assert len(release.checksum) == 64
    assert "20/20 rows" in err  # the progress bar
    assert set(OEWSWage.objects.values_list("occupation__code", flat=True)) == {"15-1252", "15-2051"}
    developers = OEWSWage.objects.get(occupation__code="15-1252")
    assert developers.area_type == AreaType.NATIONAL
    assert developers.employment == 1656880
    assert developers.annual_median == Decimal("133080")
    assert (developers.annual_pct90, developers.annual_pct90_status) == (None, ValueStatus.AT_LEAST)
    assert developers.hourly_pct90_status == ValueStatus.AT_LEAST


@pytest.mark.django_db
def test_oews_all_stores_every_occupation_and_every_marker(fixtures_dir):
    run("import_oews", fixtures_dir / "oews_national_M2024_dl.csv", "--release", "May 2024", "--all")
    assert OEWSWage.objects.count() == 20
    rows = {row.occupation.code: row for row in OEWSWage.objects.select_related("occupation")}
    actors, athletes, reps = rows["27-2011"], rows["27-2021"], rows["43-4051"]
    assert actors.hourly_only and actors.annual_median is None
    assert actors.annual_median_status == ValueStatus.NOT_AVAILABLE
    assert actors.hourly_median == Decimal("25.34")
    assert (athletes.employment, athletes.employment_status) == (None, ValueStatus.NOT_AVAILABLE)
    assert (reps.annual_pct25, reps.annual_pct25_status) == (None, ValueStatus.NOT_AVAILABLE)  # a blank cell
    assert rows["25-1011"].annual_only
    assert rows["29-1211"].annual_median_status == ValueStatus.AT_LEAST
    assert rows["29-1211"].annual_mean == Decimal("336640")
    assert not OEWSWage.objects.filter(annual_median=0).exists()


@pytest.mark.django_db
def test_oews_state_xlsx_and_metro_csv(linked_guide, fixtures_dir):
    run("import_oews", fixtures_dir / "oews_state_M2024_dl.xlsx", "--release", "May 2024")
    run("import_oews", fixtures_dir / "oews_metro_M2024_dl.csv", "--release", "May 2024")
    states = OEWSWage.objects.filter(occupation__code="15-1252", area_type=AreaType.STATE)
    assert states.count() == 10
    assert states.get(state="CA").annual_median == Decimal("173000")
    assert OEWSWage.objects.get(occupation__code="15-1252", state="PR").area_type == AreaType.TERRITORY
    assert OEWSWage.objects.filter(area_type=AreaType.METRO).count() == 4
    assert OEWSWage.objects.get(area_type=AreaType.NONMETRO).employment_status == ValueStatus.NOT_AVAILABLE
    assert Release.objects.count() == 2


@pytest.mark.django_db
def test_the_same_file_twice_changes_nothing(linked_guide, fixtures_dir):
    path = fixtures_dir / "oews_national_M2024_dl.csv"
    run("import_oews", path, "--release", "May 2024")
    out, _ = run("import_oews", path, "--release", "May 2024 again")
    assert "already imported" in out
    assert Release.objects.count() == 1
    assert OEWSWage.objects.count() == 2


def _rewrite(source, target, change):
    with open(source, newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with open(target, "w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return target


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda rows: rows[0].__setitem__(rows[0].index("A_MEDIAN"), "MEDIAN"), "missing column A_MEDIAN"),
        (
            lambda rows: rows[9].__setitem__(rows[0].index("A_MEDIAN"), "lots"),
            "Row 10, column A_MEDIAN: 'lots' is not a number",
        ),
        (lambda rows: rows[5].__setitem__(rows[0].index("TOT_EMP"), "#"), "Row 6, column TOT_EMP"),
        (lambda rows: rows[3].__setitem__(rows[0].index("AREA_TYPE"), "9"), "Row 4, column AREA_TYPE"),
        (lambda rows: rows[3].__setitem__(rows[0].index("OCC_CODE"), "151252"), "Row 4, column OCC_CODE"),
        (lambda rows: rows[3].__setitem__(rows[0].index("ANNUAL"), "maybe"), "Row 4, column ANNUAL"),
        (lambda rows: rows.__setitem__(slice(12, None), [rows[12][:20]]), "Row 13, column H_PCT10: has 20 cells"),
        (lambda rows: rows.__setitem__(slice(1, None), []), "no data rows"),
    ],
    ids=[
        "renamed-column",
        "text-in-number",
        "hash-employment",
        "area-type",
        "bad-code",
        "bad-flag",
        "truncated",
        "empty",
    ],
)
def test_malformed_oews_file_is_rejected_naming_row_and_column_and_nothing_is_written(
    linked_guide, fixtures_dir, tmp_path, change, message
):
    bad = _rewrite(fixtures_dir / "oews_national_M2024_dl.csv", tmp_path / "bad.csv", change)
    with pytest.raises(CommandError) as error:
        run("import_oews", bad, "--release", "May 2024", "--all")
    assert message in str(error.value)
    assert "Nothing was imported" in str(error.value)
    assert not Release.objects.exists()
    assert not OEWSWage.objects.exists()
    assert Occupation.objects.count() == 2  # --all created none of the file's occupations


@pytest.mark.django_db
def test_a_truncated_xlsx_is_rejected(fixtures_dir, tmp_path):
    data = (fixtures_dir / "oews_state_M2024_dl.xlsx").read_bytes()
    bad = tmp_path / "state.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(CommandError, match="truncated or damaged"):
        run("import_oews", bad, "--release", "May 2024")
    assert not Release.objects.exists()


@pytest.mark.django_db
def test_projections_table_from_the_published_workbook(linked_guide, fixtures_dir):
    OccupationFactory(code="15-1211", title="Computer Systems Analysts")
    out, _ = run("import_projections", fixtures_dir / "ep_occupation_2024-34.xlsx", "--release", "2024-34", "--all")
    assert "12 rows read" in out.replace(",", "")
    data_scientists = Projection.objects.get(occupation__code="15-2051")
    assert (data_scientists.base_year, data_scientists.projected_year) == (2024, 2034)
    assert data_scientists.employment_base == Decimal("245.9")
    assert data_scientists.employment_projected == Decimal("328.3")
    assert data_scientists.change_percent == Decimal("33.5")
    assert data_scientists.annual_openings == Decimal("23.4")
    assert data_scientists.category == GrowthCategory.MUCH_FASTER
    assert Projection.objects.get(occupation__code="43-4051").category == GrowthCategory.DECLINE
    assert not Projection.objects.filter(occupation__code="00-0000").exists()  # summary rows are not occupations


@pytest.mark.django_db
def test_projections_only_for_linked_occupations_by_default(linked_guide, fixtures_dir):
    run("import_projections", fixtures_dir / "ep_occupation_2023-33.csv", "--release", "2023-33")
    assert set(Projection.objects.values_list("occupation__code", flat=True)) == {"15-1252", "15-2051"}
    assert Projection.objects.get(occupation__code="15-1252").base_year == 2023


@pytest.mark.django_db
def test_projections_with_a_missing_column_are_rejected(linked_guide, fixtures_dir, tmp_path):
    bad = _rewrite(
        fixtures_dir / "ep_occupation_2023-33.csv",
        tmp_path / "ep.csv",
        lambda rows: rows[1].__setitem__(6, "Change, percent"),
    )
    with pytest.raises(CommandError, match="missing column Employment change, percent"):
        run("import_projections", bad, "--release", "2023-33")
    assert not Release.objects.exists()


@pytest.mark.django_db
def test_projections_with_text_in_a_number_name_the_cell(linked_guide, fixtures_dir, tmp_path):
    bad = _rewrite(
        fixtures_dir / "ep_occupation_2023-33.csv", tmp_path / "ep.csv", lambda rows: rows[5].__setitem__(8, "n/a")
    )
    with pytest.raises(CommandError, match="Row 6, column Occupational openings, 2023–33 annual average"):
        run("import_projections", bad, "--release", "2023-33")
    assert not Projection.objects.exists()
