"""The role page's salary chart reads cleanly on a phone: no line through a label, an honest axis, a lone band in proportion."""

from types import SimpleNamespace

import pytest

from roles.presentation.charts import salary_chart


def band(level, min_usd, max_usd, years=""):
    return SimpleNamespace(level=level, min_usd=min_usd, max_usd=max_usd, years_label=years)


REFERENCE_BANDS = [
    band("Junior IC", 110000, 145000, "0-2 yrs"),
    band("Mid IC", 140000, 210000, "2-5 yrs"),
    band("Senior IC", 195000, 285000, "5-8 yrs"),
    band("Staff", 260000, 420000, "8+ yrs"),
]
LABEL_ASCENT = 13  # a 13 px label's glyphs reach this far above the baseline
LABEL_DESCENT = 3


def test_median_mark_never_crosses_a_band_label():
    chart = salary_chart(REFERENCE_BANDS, median_usd=175000)
    assert len(chart.median.segments) == len(chart.rows)
    for y1, y2 in chart.median.segments:
        for row in chart.rows:
            label_top, label_bottom = row.label_y - LABEL_ASCENT, row.label_y + LABEL_DESCENT
            assert y2 <= label_top or y1 >= label_bottom, f"median mark {y1}-{y2} crosses '{row.label}'"


def test_median_mark_covers_every_bar():
    chart = salary_chart(REFERENCE_BANDS, median_usd=175000)
    for (y1, y2), row in zip(chart.median.segments, chart.rows, strict=True):
        assert y1 < row.bar_y and y2 > row.bar_y + chart.bar_height


@pytest.mark.parametrize(
    "top_of_band,axis_end", [(420000, 450000), (400000, 400000), (285000, 300000), (212000, 215000)]
)
def test_axis_ends_at_a_round_value_just_above_the_top_band(top_of_band, axis_end):
    chart = salary_chart([band("Junior", 110000, 145000), band("Top", 150000, top_of_band)])
    last = chart.rows[-1]
    # the top band's end sits where axis_end would put it
    lo = int(chart.ticks[0].label.strip("$K")) * 1000
    assert last.x_pct + last.width_pct == pytest.approx((top_of_band - lo) / (axis_end - lo) * 100, abs=0.05)


def test_a_guide_with_one_band_does_not_fill_the_width():
    chart = salary_chart([band("Mid", 150000, 200000)])
    row = chart.rows[0]
    assert row.x_pct > 10 and row.x_pct + row.width_pct < 90
    assert row.width_pct < 70
