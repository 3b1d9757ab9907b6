"""Reusable checks for browser tests: axe-core accessibility and screenshots."""

from axe_playwright_python.sync_playwright import Axe

from tests.e2e.conftest import ARTIFACTS

BLOCKING_IMPACTS = {"serious", "critical"}
_axe = Axe()


def assert_accessible(tab, label: str = "") -> None:
    """Fail on any serious or critical axe-core (WCAG 2.1 A/AA) violation on the current page."""
    results = _axe.run(
        tab, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    )
    blocking = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + "; ".join(
            node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
            for node in violation["nodes"][:3]
        )
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, f"axe violations on {label or tab.url}:\n" + "\n".join(blocking)


def screenshot(tab, name: str, widths=(375, 1280)) -> None:
    """Full-page screenshots at phone and desktop widths in test-artifacts/ (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    original = tab.viewport_size
    for width in widths:
        tab.set_viewport_size({"width": width, "height": 900})
        tab.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    tab.set_viewport_size(original)
