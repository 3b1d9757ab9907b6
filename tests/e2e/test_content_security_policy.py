"""In Chromium, the public pages break no rule of their Content-Security-Policy."""

import pytest

from tests.e2e.conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PAGES = [
    "/",
    "/roles/?skill=python&ordering=-median_salary",
    "/roles/compare/?roles=ai-engineer,software-engineer,soc-analyst",
    "/search/?q=engineer",
    "/roles/ai-engineer/",
    "/paths/software-to-ai/",
    "/courses/",
    "/no-such-page/",
]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
});
"""


def test_public_pages_log_no_csp_violation(tab, site_data):
    console = []
    tab.on("console", lambda message: console.append(message.text))
    tab.add_init_script(RECORD_VIOLATIONS)
    for path in PAGES:
        response = tab.goto(path)
        assert "object-src 'none'" in response.headers["content-security-policy"]
        tab.wait_for_load_state("load")
        violations = tab.evaluate("window.__cspViolations")
        assert violations == [], (path, violations)
    assert not [text for text in console if "Content Security Policy" in text], console
