"""The salary chart's geometry and the figures' wording, computed in Python."""

from types import SimpleNamespace

import pytest

from roles.presentation.charts import SalarySeries, salary_chart
from roles.presentation.figures import ai_impact_label, format_usd_range, format_usd_short, format_years


def band(level, min_usd, max_usd, years=""):
    return SimpleNamespace(level=level, min_usd=min_usd, max_usd=max_usd, years_label=years)


def one_role(bands, median_usd=None):
    return salary_chart([SalarySeries("AI Engineer", bands, median_usd)])


REFERENCE_BANDS = [
    band("Junior IC", 110000, 145000, "0-2 yrs"),
    band("Mid IC", 140000, 210000, "2-5 yrs"),
    band("Senior IC", 195000, 285000, "5-8 yrs"),
    band("Staff", 260000, 420000, "8+ yrs"),
]


def test_reference_bands_sit_on_an_axis_ending_just_above_the_top_band():
    chart = one_role(REFERENCE_BANDS, median_usd=175000)
    assert [tick.label for tick in chart.ticks] == ["$100K", "$200K", "$300K", "$400K"]
    assert [tick.x_pct for tick in chart.ticks] == [0, 28.57, 57.14, 85.71]  # the axis ends at $450K
    assert chart.rows[-1].x_pct + chart.rows[-1].width_pct == pytest.approx(91.43, abs=0.02)
    assert chart.median.x_pct == 21.43 and chart.median.label == "Median $175K"


def test_rows_stack_downwards_and_the_chart_is_tall_enough():
    chart = one_role(REFERENCE_BANDS)
    bar_tops = [row.bar_y for row in chart.rows]
    assert bar_tops == sorted(bar_tops) and len(set(bar_tops)) == 4
    assert chart.height > chart.axis_y > chart.grid_bottom > bar_tops[-1] + chart.bar_height - 1


def test_text_alternative_reads_every_band():
    chart = one_role(REFERENCE_BANDS, median_usd=175000)
    assert chart.description == (
        "Junior IC (0-2 yrs): $110K to $145K; Mid IC (2-5 yrs): $140K to $210K; "
        "Senior IC (5-8 yrs): $195K to $285K; Staff (8+ yrs): $260K to $420K. Median $175K."
    )
    assert [row.label for row in chart.rows][0] == "Junior IC · 0-2 yrs"
    assert [row.range_label for row in chart.rows][-1] == "$260K–$420K"


def test_edge_labels_stay_inside_the_chart():
    chart = one_role(REFERENCE_BANDS)
    assert [tick.anchor for tick in chart.ticks] == ["start", "middle", "middle", "middle"]


def test_a_single_band_with_equal_ends_still_draws_a_visible_bar():
    chart = one_role([band("Only", 50000, 50000)])
    assert "$50K" in [tick.label for tick in chart.ticks]
    assert 0 < chart.rows[0].x_pct and chart.rows[0].width_pct > 0


def test_no_bands_no_chart():
    assert one_role([]) is None


@pytest.mark.parametrize(
    "score,label",
    [
        (0, "Low"),
        (24, "Low"),
        (25, "Moderate"),
        (35, "Moderate"),
        (49, "Moderate"),
        (50, "High"),
        (74, "High"),
        (75, "Very high"),
        (100, "Very high"),
        (None, None),
    ],
)
def test_ai_impact_label_bands(score, label):
    assert ai_impact_label(score) == label


@pytest.mark.parametrize(
    "amount,text", [(175000, "$175K"), (1500, "$1.5K"), (999, "$999"), (1_200_000, "$1.2M"), (2_000_000, "$2M")]
)
def test_usd_short(amount, text):
    assert format_usd_short(amount) == text


def test_usd_range_and_years():
    assert format_usd_range(110000, 145000) == "$110K–$145K"
    assert (format_years(0, 2), format_years(8, None), format_years(None, None)) == ("0-2 yrs", "8+ yrs", "")
