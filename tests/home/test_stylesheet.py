"""The site's stylesheets parse cleanly: one stray line (say, a merge-conflict marker) silently drops the rule after it."""

import re
from pathlib import Path

import pytest
import tinycss2

STATIC_CSS = Path(__file__).resolve().parents[2] / "static" / "css"
SELECTOR_DELIMS = {".", ":", ",", ">", "+", "~", "*", "&", "|"}
CONFLICT_MARKER = re.compile(r"^(<{7}|={7}|>{7})(\s|$)", re.MULTILINE)


def _problems(nodes, where="top level"):
    """Parse errors, and qualified rules whose selector holds a character no selector may hold."""
    for node in nodes:
        if node.type == "error":
            yield f"line {node.source_line}: {node.message} ({where})"
        elif node.type == "qualified-rule":
            stray = [t for t in node.prelude if t.type == "literal" and t.value not in SELECTOR_DELIMS]
            if stray:
                yield f"line {stray[0].source_line}: {stray[0].value!r} in a selector"
            for declaration in tinycss2.parse_blocks_contents(node.content, skip_whitespace=True, skip_comments=True):
                if declaration.type == "error":
                    yield f"line {declaration.source_line}: {declaration.message}"
        elif (
            node.type == "at-rule"
            and node.content is not None
            and node.lower_at_keyword in {"media", "supports", "layer", "container"}
        ):
            yield from _problems(
                tinycss2.parse_rule_list(node.content, skip_whitespace=True, skip_comments=True), f"@{node.at_keyword}"
            )


@pytest.mark.parametrize("stylesheet", sorted(STATIC_CSS.glob("*.css")), ids=lambda path: path.name)
def test_stylesheet_parses_without_errors(stylesheet):
    text = stylesheet.read_text(encoding="utf-8")
    assert not CONFLICT_MARKER.findall(text), "merge-conflict marker left in the stylesheet"
    rules = tinycss2.parse_stylesheet(text, skip_whitespace=True, skip_comments=True)
    assert list(_problems(rules)) == []
