"""The role page's salary chart reads cleanly on a phone: no line through a label, an honest axis, a lone band in proportion."""

from types import SimpleNamespace

import pytest

from roles.presentation.charts import SalarySeries, salary_chart


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
LABEL_ASCENT = 13  # a 13 px label's glyphs reach this far above the baseline
LABEL_DESCENT = 3


def test_median_mark_never_crosses_a_band_label():
    chart = one_role(REFERENCE_BANDS, median_usd=175000)
    assert len(chart.median.segments) == len(chart.rows)
    for y1, y2 in chart.median.segments:
        for row in chart.rows:
            label_top, label_bottom = row.label_y - LABEL_ASCENT, row.label_y + LABEL_DESCENT
            assert y2 <= label_top or y1 >= label_bottom, f"median mark {y1}-{y2} crosses '{row.label}'"


def test_median_mark_covers_every_bar():
    chart = one_role(REFERENCE_BANDS, median_usd=175000)
    for (y1, y2), row in zip(chart.median.segments, chart.rows, strict=True):
        assert y1 < row.bar_y and y2 > row.bar_y + chart.bar_height


@pytest.mark.parametrize(
    "top_of_band,axis_end", [(420000, 450000), (400000, 400000), (285000, 300000), (212000, 215000)]
)
def test_axis_ends_at_a_round_value_just_above_the_top_band(top_of_band, axis_end):
    chart = one_role([band("Junior", 110000, 145000), band("Top", 150000, top_of_band)])
    last = chart.rows[-1]
    # the top band's end sits where axis_end would put it
    lo = int(chart.ticks[0].label.strip("$K")) * 1000
    assert last.x_pct + last.width_pct == pytest.approx((top_of_band - lo) / (axis_end - lo) * 100, abs=0.05)


def test_a_guide_with_one_band_does_not_fill_the_width():
    chart = one_role([band("Mid", 150000, 200000)])
    row = chart.rows[0]
    assert row.x_pct > 10 and row.x_pct + row.width_pct < 90
    assert row.width_pct < 70


# One geometry for one to three roles (the role page and compare).

ML_BANDS = [band("Mid-level", 140000, 195000, "2-5 yrs"), band("Senior", 185000, 260000, "5-8 yrs")]
SWE_BANDS = [band("Junior", 95000, 130000, "0-2 yrs"), band("Staff", 215000, 320000, "8+ yrs")]
THREE_ROLES = [
    SalarySeries("AI Engineer", REFERENCE_BANDS, 175000),
    SalarySeries("ML Engineer", ML_BANDS, 170000),
    SalarySeries("Site Reliability Engineer", SWE_BANDS, 150000),
]
PHONE_WIDTH = 320  # px: the narrowest chart column, a 360 px phone less the page's margins
CHAR_WIDTH = 0.62  # of the font size: a generous average for the bold labels
LABEL_FONT, SMALL_FONT = 13, 12.48  # px, as in site.css


def text_boxes(chart, width=PHONE_WIDTH):
    """(name, left, right, top, bottom) in px for every text the chart draws, as the template places it."""
    boxes = []

    def place(name, x_pct, anchor, baseline, font):
        length = len(name) * font * CHAR_WIDTH
        x = x_pct / 100 * width
        left = {"start": x, "middle": x - length / 2, "end": x - length}[anchor]
        boxes.append((name, left, left + length, baseline - font, baseline + 3))

    for tick in chart.ticks:
        place(tick.label, tick.x_pct, tick.anchor, chart.axis_y, SMALL_FONT)
    for series in chart.series:
        if series.header_y is not None:
            place(series.name, 0, "start", series.header_y, LABEL_FONT)
            place(series.header_note, 100, "end", series.header_y, SMALL_FONT)
        for row in series.rows:
            place(row.label, 0, "start", row.label_y, LABEL_FONT)
            place(row.range_label, 100, "end", row.label_y, LABEL_FONT)
        if series.median and series.median.label_y is not None:
            place(series.median.label, series.median.x_pct, series.median.anchor, series.median.label_y, SMALL_FONT)
    return boxes


def overlaps(a, b):
    return a[1] < b[2] and b[1] < a[2] and a[3] < b[4] and b[3] < a[4]


@pytest.mark.parametrize("count", [1, 2, 3])
def test_no_text_overlaps_another_a_bar_or_a_median_mark_on_a_phone(count):
    chart = salary_chart(THREE_ROLES[:count])
    boxes = text_boxes(chart)
    for index, box in enumerate(boxes):
        assert 0 <= box[1] and box[2] <= PHONE_WIDTH, f"'{box[0]}' runs out of the chart"
        for other in boxes[index + 1 :]:
            assert not overlaps(box, other), f"'{box[0]}' overlaps '{other[0]}'"
        for row in chart.rows:  # each bar's track spans the whole width
            assert box[4] <= row.bar_y or box[3] >= row.bar_y + chart.bar_height, f"a bar crosses '{box[0]}'"
        for series in chart.series:
            for y1, y2 in series.median.segments:
                assert y2 <= box[3] or y1 >= box[4], f"{series.name}'s median mark crosses '{box[0]}'"


def test_three_roles_share_one_axis_ending_just_above_the_top_band():
    chart = salary_chart(THREE_ROLES)
    assert [tick.label for tick in chart.ticks] == ["$0", "$100K", "$200K", "$300K", "$400K"]
    staff = chart.series[0].rows[-1]  # $260K-$420K, the highest band of the three
    assert staff.x_pct + staff.width_pct == pytest.approx(420 / 450 * 100, abs=0.05)  # the axis ends at $450K
    junior_swe = chart.series[2].rows[0]
    assert junior_swe.x_pct == pytest.approx(95 / 450 * 100, abs=0.05)


def test_two_roles_axis_is_no_longer_than_their_bands_need():
    chart = salary_chart(THREE_ROLES[1:2] + [SalarySeries("Data Analyst", [band("Mid", 120000, 180000)], 150000)])
    assert [tick.label for tick in chart.ticks] == ["$100K", "$150K", "$200K", "$250K"]
    top = max(row.x_pct + row.width_pct for row in chart.rows)  # $260K, on an axis from $100K to $275K
    assert top == pytest.approx((260 - 100) / (275 - 100) * 100, abs=0.05)


def test_each_role_has_its_header_its_own_bars_and_median_in_order():
    chart = salary_chart(THREE_ROLES)
    assert [(s.name, s.number, s.header_note) for s in chart.series] == [
        ("AI Engineer", 1, "Median $175K"),
        ("ML Engineer", 2, "Median $170K"),
        ("Site Reliability Engineer", 3, "Median $150K"),
    ]
    assert [len(series.rows) for series in chart.series] == [4, 2, 2]
    tops = [row.bar_y for row in chart.rows]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    for earlier, later in zip(chart.series, chart.series[1:], strict=False):
        assert later.header_y > earlier.rows[-1].bar_y + chart.bar_height  # roles stack, none interleaved
    for series in chart.series:  # a role's median mark crosses its own bars only
        assert series.median.label_y is None
        assert [y1 for y1, _ in series.median.segments] == [row.bar_y - 4 for row in series.rows]
    assert chart.median is None  # no lone median label above the chart
    assert chart.axis_y > chart.grid_bottom > chart.rows[-1].bar_y
    assert chart.description.startswith("AI Engineer: Junior IC (0-2 yrs): $110K to $145K;")
    assert "Median $175K. ML Engineer: Mid-level (2-5 yrs): $140K to $195K;" in chart.description


def test_a_lone_role_is_drawn_without_a_header_and_labels_its_median_above_the_bars():
    chart = one_role(REFERENCE_BANDS, median_usd=175000)
    assert [series.header_y for series in chart.series] == [None]
    assert chart.median.label_y < chart.rows[0].label_y - LABEL_ASCENT


def test_a_role_without_bands_says_so_beside_the_others():
    chart = salary_chart([SalarySeries("AI Engineer", REFERENCE_BANDS, 175000), SalarySeries("New Role", [], None)])
    assert chart.series[1].rows == [] and chart.series[1].header_note == "No salary bands published yet"
    assert chart.description.endswith("New Role: no salary bands published yet.")
    assert salary_chart([SalarySeries("A", [], 100000), SalarySeries("B", [], None)]) is None


def test_at_most_three_roles():
    with pytest.raises(ValueError):
        salary_chart(THREE_ROLES + [SalarySeries("Fourth", ML_BANDS)])
    with pytest.raises(ValueError):
        salary_chart([])
