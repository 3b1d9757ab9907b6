"""The benchmark table: one row per ratio, each side measured in the same run."""

from dataclasses import dataclass
from statistics import median


@dataclass
class Row:
    label: str
    measured: str
    target: str
    met: bool


def ratio_row(label: str, numerators: list[float], denominators: list[float], at_least: float) -> Row:
    """A throughput ratio (requests per second) that must reach ``at_least``: the median of the paired rounds'
    ratios (each round of one side next to the same round of the other), so one disturbed round decides nothing."""
    ratios = [top / bottom if bottom else 0.0 for top, bottom in zip(numerators, denominators, strict=True)]
    measured = _paired(ratios, numerators, denominators, "{:.3f}×", "{:.0f}", "req/s")
    return Row(label, measured, f"≥ {at_least:g}×", median(ratios) >= at_least)


def latency_row(label: str, large_ms: list[float | None], small_ms: list[float | None], at_most: float) -> Row:
    """A p50 latency ratio of the large catalogue to the small one that must stay within ``at_most``: the median
    of the paired rounds' ratios. ``None`` is a round that answered no request within its time."""
    if not all(large_ms) or not all(small_ms):
        shown = lambda rounds: ", ".join("no answer" if not ms else f"{ms:.1f}" for ms in rounds)  # noqa: E731
        return Row(label, f"n/a ({shown(large_ms)} / {shown(small_ms)} ms)", f"≤ {at_most:g}×", False)
    ratios = [large / small for large, small in zip(large_ms, small_ms, strict=True)]
    measured = _paired(ratios, large_ms, small_ms, "{:.2f}×", "{:.1f}", "ms")
    return Row(label, measured, f"≤ {at_most:g}×", median(ratios) <= at_most)


def _paired(
    ratios: list[float], top: list[float], bottom: list[float], ratio_format: str, value_format: str, unit: str
):
    """'median ratio (median top / median bottom unit; rounds lowest-highest)'."""
    values = f"{value_format.format(median(top))} / {value_format.format(median(bottom))} {unit}"
    return f"{ratio_format.format(median(ratios))} ({values}; rounds {min(ratios):.2f}-{max(ratios):.2f}×)"


def render_table(rows: list[Row]) -> str:
    """Markdown, ready to paste into docs/performance.md."""
    lines = ["| measure | measured | target | met |", "|---|---:|---:|:---:|"]
    lines += [f"| {row.label} | {row.measured} | {row.target} | {'yes' if row.met else '**no**'} |" for row in rows]
    return "\n".join(lines)
