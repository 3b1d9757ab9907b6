"""The benchmark table: one row per ratio, each side measured in the same run."""

from dataclasses import dataclass


@dataclass
class Row:
    label: str
    measured: str
    target: str
    met: bool


def ratio_row(label: str, numerator: float, denominator: float, at_least: float) -> Row:
    """A throughput ratio (requests per second) that must reach ``at_least``."""
    ratio = numerator / denominator if denominator else 0.0
    return Row(
        label, f"{ratio:.3f}× ({numerator:.0f} / {denominator:.0f} req/s)", f"≥ {at_least:g}×", ratio >= at_least
    )


def latency_row(label: str, large_ms: float | None, small_ms: float | None, at_most: float) -> Row:
    """A p50 latency ratio of the large catalogue to the small one that must stay within ``at_most``;
    ``None`` is a side that answered no request within its time."""
    if not large_ms or not small_ms:
        shown = lambda ms: "no answer" if not ms else f"{ms:.1f} ms"  # noqa: E731
        return Row(label, f"n/a ({shown(large_ms)} / {shown(small_ms)})", f"≤ {at_most:g}×", False)
    ratio = large_ms / small_ms
    return Row(label, f"{ratio:.2f}× ({large_ms:.1f} / {small_ms:.1f} ms)", f"≤ {at_most:g}×", ratio <= at_most)


def render_table(rows: list[Row]) -> str:
    """Markdown, ready to paste into docs/performance.md."""
    lines = ["| measure | measured | target | met |", "|---|---:|---:|:---:|"]
    lines += [f"| {row.label} | {row.measured} | {row.target} | {'yes' if row.met else '**no**'} |" for row in rows]
    return "\n".join(lines)
