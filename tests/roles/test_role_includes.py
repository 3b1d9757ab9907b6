"""The includes the role page template pulls in, rendered on their own with factory-built pages."""

import json
import re

import pytest
from django.template.loader import render_to_string

from tests.factories.courses import CertificationFactory
from tests.factories.roles import RoleCertificationFactory, RoleFAQFactory, RolePageFactory, TransitionPathFactory
from tests.site_fixtures import catalogue  # noqa: F401 (fixtures)

HOSTILE = "</script><script>alert(1)</script>"


def render(template, page, rf):
    return render_to_string(template, {"page": page, "request": rf.get(page.url)})


def json_ld(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


@pytest.fixture
def ai_guide(catalogue):
    ai = catalogue["ai"]
    ai.required_skills = [("item", "Python"), ("item", "Evaluation design")]
    ai.responsibilities = [("item", "Build RAG pipelines")]
    ai.save_revision().publish()
    RoleCertificationFactory(page=ai, certification=CertificationFactory(name="Cloud AI Associate", issuer="CloudCo"))
    RoleCertificationFactory(page=ai, certification=CertificationFactory(name="Unreleased Cert", live=False))
    RoleFAQFactory(page=ai, question="Do I need a PhD?", answer="<p>No. Strong <b>Python</b> matters more.</p>")
    return ai


@pytest.mark.django_db
def test_occupation_in_web_page(ai_guide, rf):
    web_page, faq = json_ld(render("roles/includes/structured_data.html", ai_guide, rf))
    assert web_page["@context"] == "https://schema.org" and web_page["@type"] == "WebPage"
    assert web_page["url"] == "http://localhost/roles/ai-engineer/"
    assert web_page["lastReviewed"] == "2026-11-01"
    occupation = web_page["mainEntity"]
    assert occupation["@type"] == "Occupation"
    assert occupation["name"] == "AI Engineer"
    assert occupation["description"] == ai_guide.summary
    assert occupation["occupationalCategory"] == "Applied AI"
    assert occupation["skills"] == ["Python", "Evaluation design"]
    assert occupation["responsibilities"] == ["Build RAG pipelines"]
    median, junior, senior = occupation["estimatedSalary"]
    assert median == {
        "@type": "MonetaryAmountDistribution",
        "name": "base",
        "currency": "USD",
        "duration": "P1Y",
        "median": 175000,
    }
    assert junior == {
        "@type": "MonetaryAmount",
        "name": "Junior IC (0-2 yrs)",
        "currency": "USD",
        "minValue": 110000,
        "maxValue": 150000,
    }
    assert senior["minValue"] == 180000 and senior["maxValue"] == 260000
    assert [q["name"] for q in occupation["qualifications"]] == ["Cloud AI Associate"]  # the draft one is left out
    assert occupation["qualifications"][0]["@type"] == "EducationalOccupationalCredential"
    assert occupation["qualifications"][0]["recognizedBy"] == {"@type": "Organization", "name": "CloudCo"}


@pytest.mark.django_db
def test_faq_page(ai_guide, rf):
    faq = json_ld(render("roles/includes/structured_data.html", ai_guide, rf))[1]
    assert faq["@type"] == "FAQPage"
    assert faq["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Do I need a PhD?",
            "acceptedAnswer": {"@type": "Answer", "text": "<p>No. Strong <b>Python</b> matters more.</p>"},
        }
    ]


@pytest.mark.django_db
def test_unpublished_figures_are_left_out(role_index, rf):
    role = RolePageFactory(parent=role_index, title="New Role", median_salary=None, family=None)
    (web_page,) = json_ld(render("roles/includes/structured_data.html", role, rf))  # no FAQ, no FAQPage
    assert "estimatedSalary" not in web_page["mainEntity"]
    assert "occupationalCategory" not in web_page["mainEntity"]
    assert "lastReviewed" not in web_page


@pytest.mark.django_db
def test_editor_text_cannot_break_out_of_the_script(ai_guide, rf):
    ai_guide.title = HOSTILE
    ai_guide.summary = HOSTILE
    ai_guide.save_revision().publish()
    RoleFAQFactory(page=ai_guide, question=HOSTILE, answer=f"<p>{HOSTILE}</p>")
    html = render("roles/includes/structured_data.html", ai_guide, rf)
    assert "<script>alert(1)" not in html
    assert html.count("</script>") == 2
    web_page, faq = json_ld(html)
    assert web_page["mainEntity"]["name"] == HOSTILE


@pytest.mark.django_db
def test_structured_data_query_count(ai_guide, rf, django_assert_max_num_queries):
    render("roles/includes/structured_data.html", ai_guide, rf)
    for _ in range(3):
        RoleFAQFactory(page=ai_guide)
        RoleCertificationFactory(page=ai_guide)
    with django_assert_max_num_queries(6):
        render("roles/includes/structured_data.html", ai_guide, rf)


@pytest.mark.django_db
def test_transition_graph_links_live_sources_and_destinations(catalogue, role_index, rf):
    ai, soc = catalogue["ai"], catalogue["soc"]
    TransitionPathFactory(page=ai, from_role=catalogue["draft"], from_role_name="", typical_months=9)
    TransitionPathFactory(page=ai, from_role=None, from_role_name="Data Analyst", typical_months=12)
    TransitionPathFactory(page=soc, from_role=ai, from_role_name="", typical_months=3)
    hidden = RolePageFactory(parent=role_index, title="Hidden Destination", live=False)
    TransitionPathFactory(page=hidden, from_role=ai, from_role_name="", typical_months=2)

    html = render("roles/includes/transition_graph.html", ai, rf)
    text = html.split('class="transition-graph__text"')[1]
    assert '<a href="/roles/software-engineer/">Software Engineer</a>, typically 6 months' in text
    assert "<li>Draft Prompt Wrangler, typically 9 months</li>" in text  # named, never linked
    assert "<li>Data Analyst, typically 12 months</li>" in text
    assert '<a href="/roles/soc-analyst/">SOC Analyst</a>, typically 3 months' in text
    assert "Hidden Destination" not in html
    svg = html.split("<svg")[1].split("</svg>")[0]
    assert 'href="/roles/software-engineer/"' in svg and 'href="/roles/soc-analyst/"' in svg
    assert "draft-prompt-wrangler" not in html
    assert svg.count('class="transition-graph__edge"') == 4  # three sources in, one destination out
    assert "AI Engineer" in svg


@pytest.mark.django_db
def test_transition_graph_hides_private_roles_and_is_empty_without_moves(catalogue, rf):
    private = catalogue["private"]
    TransitionPathFactory(page=catalogue["soc"], from_role=private, from_role_name="", typical_months=4)
    html = render("roles/includes/transition_graph.html", catalogue["soc"], rf)
    assert "private-quantum-engineer" not in html
    assert "<h3>Software Engineer leads to</h3>" in render(
        "roles/includes/transition_graph.html", catalogue["software"], rf
    )
    assert render("roles/includes/transition_graph.html", catalogue["draft"], rf).strip() == ""


@pytest.mark.django_db
def test_transition_graph_query_count(catalogue, rf, django_assert_max_num_queries):
    ai = catalogue["ai"]
    render("roles/includes/transition_graph.html", ai, rf)
    for months in range(1, 5):
        TransitionPathFactory(page=ai, from_role=catalogue["soc"], from_role_name="", typical_months=months)
    with django_assert_max_num_queries(4):
        render("roles/includes/transition_graph.html", ai, rf)
