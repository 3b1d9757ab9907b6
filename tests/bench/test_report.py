"""The benchmark table's rows: ratios of paired rounds, targets and whether each is met."""

from bench.report import latency_row, ratio_row, render_table


def test_a_throughput_ratio_below_its_target_is_marked_not_met():
    row = ratio_row("uncached guide / static file", [14, 15], [1200, 1150], 0.08)
    assert row.measured.startswith("0.012×") and not row.met


def test_a_latency_ratio_within_its_bound_is_met():
    assert latency_row("10000 / 100 p50: a guide", [30.0, 31.0], [20.0, 21.0], 2.0).met
    assert not latency_row("10000 / 100 p50: /courses/", [5600.0, 5500.0], [240.0, 250.0], 2.0).met


def test_one_disturbed_round_does_not_decide_a_row():
    # The machine stalled during the guide's third round: its ratio drops, the median of the four holds.
    row = ratio_row("cached guide / static file", [900, 910, 300, 905], [1000, 1000, 1000, 1000], 0.85)
    assert row.met and row.measured.startswith("0.903×") and "rounds 0.30-0.91×" in row.measured
    slow = latency_row("10000 / 100 p50: /paths/", [40.0, 41.0, 120.0, 40.0], [40.0, 40.0, 40.0, 40.0], 2.0)
    assert slow.met and slow.measured.startswith("1.01×")
    # Most rounds over the bound: not met.
    assert not latency_row("p50", [90.0, 95.0, 100.0, 40.0], [40.0, 40.0, 40.0, 40.0], 2.0).met


def test_a_zero_measurement_never_counts_as_met():
    assert not ratio_row("API list", [10, 10], [0, 0], 4.0).met
    assert not latency_row("p50", [10, 10], [0, 20.0], 2.0).met
    assert not latency_row("p50", [None, 30.0], [20.0, 20.0], 2.0).met


def test_the_table_has_one_line_per_row_and_flags_misses():
    table = render_table([ratio_row("a", [5], [1], 4.0), ratio_row("b", [1], [1], 4.0)])
    lines = table.splitlines()
    assert len(lines) == 4 and lines[2].endswith("| yes |") and lines[3].endswith("| **no** |")
