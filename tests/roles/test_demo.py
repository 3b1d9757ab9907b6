"""The demo loads the reference AI Engineer guide completely, and reruns safely."""

from datetime import date

from django.core.management import call_command

from courses.models import Course
from paths.models import PackagedPathPage
from roles.models import RoleIndexPage, RolePage

# One representative phrase per section of the reference guide, in its order.
SECTION_PHRASES = [
    ("headline", "$175K"),
    ("headline", "very high"),
    ("headline", "35/100"),
    ("ai-impact", "AI Impact Outlook · Moderate (35/100)"),
    ("ai-impact", "The AI Engineer role is consolidating fast."),
    ("ai-impact", "Methodology: forecast reflects research grounded in graduate training"),
    ("about", "this job is 80% engineering plumbing and 20% model selection"),
    ("responsibilities", "Review infrastructure costs weekly and propose batching, caching, or model-tier changes"),
    ("week", "Wednesday morning"),
    ("week", "switching the vector store from Pinecone to a self-hosted Qdrant cluster"),
    ("skills", "Cost accounting for token-based billing"),
    ("differentiators", "TypeScript and the Vercel AI SDK for full-stack AI features"),
    ("salary", "$140K–$210K"),
    ("salary", "The widest band in the market."),
    ("salary", "Source anchors: Levels.fyi 2025-2026 + Glassdoor public ranges."),
    ("salary", "does not constitute financial advice"),
    ("ladder", "Organization-level technical direction"),
    ("transitions", "From Software Engineer (~6 months)"),
    ("transitions", "From ML Engineer (~4 months)"),
    ("transitions", "From SOC Analyst (~12 months)"),
    ("transitions", "A threat-intelligence summarizer that ingests CISA advisories and NVD entries"),
    ("courses", "Bootcamp by The Full Stack"),
    ("courses", "Seven recorded sessions from Stanford covering LLMs in production"),
    ("courses", "Designing Machine Learning Systems"),
    ("courses", "Book by Chip Huyen"),
    ("companies", "Weights and Biases"),
    ("companies", "not affiliated with, endorsed by, or sponsored by any company listed"),
    ("certifications", "AWS Certified Machine Learning Engineer Associate"),
    (
        "certifications",
        "Verify current pricing, exam format, and requirements directly with the certifying organization",
    ),
    ("faq", "How important are evaluations (evals) in AI engineering?"),
    ("faq", "Chip Huyen and Jason Liu both treat evals as the most important single skill"),
    ("methodology", "DecipherU's standard career insights workflow grounded in BLS occupational data"),
    ("reviewed", "Last reviewed 2026-04-26"),
    ("sources", "Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024"),
    ("sources", "NIST AI Risk Management Framework"),
]


def text_of(soup):
    return " ".join(soup.get_text(" ").split())


def test_demo_page_shows_every_section_in_the_reference_order(demo, render):
    response, soup = render(demo)
    assert response.status_code == 200
    text = text_of(soup.find("article"))
    position = 0
    for section, phrase in SECTION_PHRASES:
        assert phrase in text, f"{section}: {phrase!r} is missing"
        found = text.find(phrase, position)
        assert found >= 0, f"{section}: {phrase!r} comes too early (out of the reference's order)"
        position = found + len(phrase)


def test_demo_page_has_every_item(demo, render):
    _, soup = render(demo)
    assert len(soup.select("#salary tbody tr")) == 4
    assert len(soup.select("#ladder .ladder__step")) == 3
    assert len(soup.select("#transitions .transition")) == 3
    assert len(soup.select("#transitions .transition ul li")) == 9
    assert len(soup.select("#courses .course")) == 3
    assert len(soup.select("#companies li")) == 12
    assert len(soup.select("#certifications li")) == 5
    assert len(soup.select("#faq .faq__question")) == 5
    assert len(soup.select("#sources li")) == 4
    assert len(soup.select("#responsibilities li")) == 8
    assert len(soup.select("#week li")) == 4
    assert len(soup.select("#skills .role-list li")) == 9
    assert len(soup.select("#differentiators li")) == 5
    assert len(soup.select(".salary-chart .salary-chart__bar")) == 4


def test_demo_stores_the_reference_figures(demo):
    assert demo.live
    assert (demo.title, demo.family.name, demo.specialty) == ("AI Engineer", "Applied AI", "AI Engineering")
    assert (demo.median_salary, demo.growth_outlook, demo.ai_impact_score, demo.entry_level) == (
        175000,
        "very_high",
        35,
        False,
    )
    assert demo.ai_impact_label == "Moderate"
    assert demo.last_reviewed == date(2026, 4, 26)
    bands = [(b.level, b.years_min, b.years_max, b.min_usd, b.max_usd) for b in demo.salary_bands.all()]
    assert bands == [
        ("Junior IC", 0, 2, 110000, 145000),
        ("Mid IC", 2, 5, 140000, 210000),
        ("Senior IC", 5, 8, 195000, 285000),
        ("Staff", 8, None, 260000, 420000),
    ]
    courses = [(c.course.title, c.course.provider, c.course.format) for c in demo.role_courses.all()]
    assert courses == [
        ("AI Engineering Foundations", "DecipherU", "course"),
        ("Full Stack LLM Bootcamp", "The Full Stack", "bootcamp"),
        ("Designing Machine Learning Systems", "Chip Huyen", "book"),
    ]


def test_roles_index_lives_at_slash_roles(demo):
    index = RoleIndexPage.objects.get()
    assert (index.title, index.slug, index.live) == ("Roles", "roles", True)
    assert index.url == "/roles/"
    assert demo.url == "/roles/ai-engineer/"


def test_transition_sources_are_drafts_holding_only_what_the_reference_says(demo):
    sources = {path.from_role.slug: path.from_role for path in demo.transitions.select_related("from_role")}
    assert {slug: page.title for slug, page in sources.items()} == {
        "software-engineer": "Software Engineer",
        "ml-engineer": "ML Engineer",
        "soc-analyst": "SOC Analyst",
    }
    for page in sources.values():
        assert not page.live and page.first_published_at is None
        assert page.get_parent().specific == demo.get_parent().specific
        assert (page.median_salary, page.growth_outlook, page.ai_impact_score, page.entry_level) == (
            None,
            "",
            None,
            None,
        )
        assert page.last_reviewed is None
        assert page.family is None and not page.about and not page.salary_bands.exists()
        assert page.summary
        assert page.latest_revision is not None, "editors find them as drafts with a revision"


def test_draft_sources_are_named_without_links(demo, render):
    _, soup = render(demo)
    titles = soup.select("#transitions .transition__title")
    assert [" ".join(t.get_text(" ").split()) for t in titles] == [
        "From Software Engineer (~6 months)",
        "From ML Engineer (~4 months)",
        "From SOC Analyst (~12 months)",
    ]
    assert not soup.select("#transitions .transition__title a")
    for slug in ("software-engineer", "ml-engineer", "soc-analyst"):
        assert f"/roles/{slug}/" not in str(soup)


def test_a_source_role_is_linked_once_it_is_published(demo, render):
    ml_engineer = RolePage.objects.get(slug="ml-engineer")
    ml_engineer.save_revision().publish()
    _, soup = render(demo)
    links = soup.select("#transitions .transition__title a")
    assert [(a.get_text(), a["href"]) for a in links] == [("ML Engineer", "/roles/ml-engineer/")]


def test_rerun_creates_nothing_and_keeps_editor_changes(demo, tmp_path):
    demo.summary = "An editor rewrote this summary."
    demo.save_revision().publish()
    course = Course.objects.get(title="AI Engineering Foundations")
    Course.objects.filter(pk=course.pk).update(description="<p>Edited by an editor.</p>")
    draft = RolePage.objects.get(slug="soc-analyst")
    draft.summary = "Editor's draft summary."
    draft.save_revision()
    draft.save()
    counts = (RolePage.objects.count(), Course.objects.count(), demo.transitions.count())

    with open(tmp_path / "rerun.log", "w") as log:
        call_command("load_demo", "--reference-only", stdout=log)

    assert (RolePage.objects.count(), Course.objects.count(), demo.transitions.count()) == counts
    assert RolePage.objects.get(slug="ai-engineer").summary == "An editor rewrote this summary."
    assert Course.objects.get(pk=course.pk).description == "<p>Edited by an editor.</p>"
    assert RolePage.objects.get(slug="soc-analyst").summary == "Editor's draft summary."


def test_rerun_recreates_a_deleted_demo_page_and_reuses_existing_snippets(demo, tmp_path):
    courses_before = Course.objects.count()
    PackagedPathPage.objects.all().delete()  # a path protects the roles it contains from deletion
    demo.delete()
    with open(tmp_path / "rerun.log", "w") as log:
        call_command("load_demo", "--reference-only", stdout=log)
    recreated = RolePage.objects.get(slug="ai-engineer")
    assert recreated.live
    assert recreated.role_courses.count() == 3
    assert Course.objects.count() == courses_before
    assert recreated.transitions.count() == 3


def test_draft_source_pages_are_not_served_to_readers(demo, client):
    for slug in ("software-engineer", "ml-engineer", "soc-analyst"):
        assert client.get(f"/roles/{slug}/").status_code == 404
