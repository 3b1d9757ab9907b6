"""HTML in an imported file never runs: rich text is sanitised on import, plain text is escaped on output."""

import json
from html.parser import HTMLParser

import pytest
from django.template import TemplateDoesNotExist, engines
from django.template.loader import get_template

from courses.models import Course
from roles.models import RolePage
from tests.roles.import_export.conftest import export_json, guide_payload, run_import

ATTACK = (
    '<p onclick="steal()">Hello <b>world</b> <a href="javascript:alert(1)">click</a> '
    '<a href="https://example.com/ok" target="_blank" onmouseover="x()">ok</a></p>'
    '<script>alert("xss")</script><img src="x" onerror="alert(2)"><iframe src="https://evil.example"></iframe>'
    '<h3 style="color:red">Heading</h3>'
)


class ActiveContentFinder(HTMLParser):
    """Collects every element or attribute in a fragment that could run code or load something."""

    def __init__(self, flag_inline_styles=True):
        super().__init__()
        self.found = []
        self.flagged_attributes = {"style", "target"} if flag_inline_styles else {"target"}

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "img", "iframe", "object", "embed", "style"}:
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or name in self.flagged_attributes:
                self.found.append(f"{tag}[{name}]")
            if name in {"href", "src"} and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag}[{name}={value}]")


def assert_sanitised(html: str, flag_inline_styles=True):
    finder = ActiveContentFinder(flag_inline_styles)
    finder.feed(html)
    assert finder.found == [], html


@pytest.fixture
def imported_attack(role_index, tmp_path):
    payload = guide_payload(
        about_html=ATTACK,
        faq=[{"question": "Safe?", "answer_html": ATTACK}],
        courses=[{"title": "Secure Coding", "provider": "Example", "description_html": ATTACK}],
        summary='<script>alert("summary")</script> & more',
        salary_bands=[
            {"level": "<b>Junior</b>", "min_usd": 1, "max_usd": 2, "notes": '<img src=x onerror="alert(3)">'}
        ],
    )
    run_import(tmp_path, {"roles": [payload]}, "--publish")
    return RolePage.objects.get(slug=payload["slug"])


def test_rich_text_fields_lose_scripts_handlers_and_javascript_links_but_keep_allowed_markup(imported_attack):
    faq_answer = imported_attack.faqs.get().answer
    course_description = Course.objects.get(title="Secure Coding").description
    for stored in (imported_attack.about, faq_answer, course_description):
        assert_sanitised(stored)
        assert "<b>world</b>" in stored
        assert '<a href="https://example.com/ok">ok</a>' in stored
    # Each field keeps only its own rich-text features: headings are allowed in "about", not in FAQ answers.
    assert "<h3>Heading</h3>" in imported_attack.about
    assert "<h3>" not in faq_answer and "Heading" in faq_answer


def test_sanitised_rich_text_stays_safe_when_exported_again(imported_attack):
    guide = json.loads(export_json())["roles"][0]
    for exported in (guide["about_html"], guide["faq"][0]["answer_html"], guide["courses"][0]["description_html"]):
        assert_sanitised(exported)


def test_plain_text_fields_are_stored_as_given_and_escaped_when_rendered(imported_attack):
    band = imported_attack.salary_bands.get()
    assert imported_attack.summary == '<script>alert("summary")</script> & more'
    assert band.notes == '<img src=x onerror="alert(3)">'

    public_site = engines["jinja2"]  # the engine of every public page
    rendered = public_site.from_string("{{ page.summary }}|{{ band.level }}|{{ band.notes }}").render(
        {"page": imported_attack, "band": band}
    )

    assert rendered == (
        "&lt;script&gt;alert(&#34;summary&#34;)&lt;/script&gt; &amp; more|&lt;b&gt;Junior&lt;/b&gt;|"
        "&lt;img src=x onerror=&#34;alert(3)&#34;&gt;"
    )


def test_the_public_role_page_shows_imported_html_as_text(imported_attack, client):
    """Runs once the role page template exists (it is built alongside this feature)."""
    try:
        get_template(imported_attack.template)
    except TemplateDoesNotExist:
        pytest.skip("the role page template is not in this branch yet")

    html = client.get(imported_attack.url).content.decode()

    assert "&lt;script&gt;alert(&#34;summary&#34;)&lt;/script&gt;" in html
    assert '<script>alert("summary")' not in html
    # The page template's own inline styles (chart bar widths) are not editor input.
    assert_sanitised(html.split("<main", 1)[-1].split("</main>", 1)[0], flag_inline_styles=False)
