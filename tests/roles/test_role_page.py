"""What a reader sees on a role page built from factories (the demo has its own tests)."""

from wagtail.models import PageViewRestriction, Site

from home.models import RoleAtlasSettings
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.roles import (
    RoleCertificationFactory,
    RoleCourseFactory,
    RolePageFactory,
    SalaryBandFactory,
    TransitionPathFactory,
    add_role_parts,
)


def squashed(node) -> str:
    return " ".join(node.get_text(" ").split())


def figures(soup) -> dict[str, str]:
    return {squashed(item.dt): squashed(item.dd) for item in soup.select(".figures .figure")}


def test_empty_headline_figures_read_not_yet_published_never_zero(role_index, render):
    page = RolePageFactory(
        parent=role_index, median_salary=None, growth_outlook="", ai_impact_score=None, entry_level=None
    )
    _, soup = render(page)
    assert figures(soup) == {
        "Median salary": "Not yet published",
        "Growth outlook": "Not yet published",
        "AI Impact": "Not yet published",
        "Entry-level": "Not yet published",
    }
    assert "$0" not in soup.get_text() and "0/100" not in soup.get_text()


def test_headline_figures_are_written_like_the_reference(role_index, render):
    page = RolePageFactory(
        parent=role_index, median_salary=175000, growth_outlook="very_high", ai_impact_score=35, entry_level=True
    )
    _, soup = render(page)
    assert figures(soup) == {
        "Median salary": "$175K",
        "Growth outlook": "very high",
        "AI Impact": "35/100 Moderate",
        "Entry-level": "Yes",
    }


def test_zero_is_a_real_score_and_the_meter_reports_it(role_index, render):
    page = RolePageFactory(parent=role_index, ai_impact_score=0)
    _, soup = render(page)
    assert figures(soup)["AI Impact"] == "0/100 Low"
    meter = soup.select_one(".figures .impact-meter")
    assert (meter["role"], meter["aria-label"]) == ("img", "AI impact 0 out of 100, Low")


def test_impact_label_follows_the_score(role_index, render):
    page = RolePageFactory(parent=role_index, ai_impact_score=80, ai_impact_outlook="<p>Changing fast.</p>")
    _, soup = render(page)
    assert squashed(soup.select_one("#ai-impact h2")) == "AI Impact Outlook · Very high (80/100)"
    assert soup.select_one(".figures .impact-meter")["aria-label"] == "AI impact 80 out of 100, Very high"


def test_empty_sections_are_left_out(role_index, render):
    page = RolePageFactory(parent=role_index, about="", last_reviewed=None)
    _, soup = render(page)
    assert [squashed(h) for h in soup.select(".role-body h2")] == []
    assert not soup.select(".section-nav")
    assert squashed(soup.select_one(".role-reviewed")) == "Not yet reviewed"
    assert "Last reviewed" not in soup.get_text()


def test_page_structure_is_accessible(role_index, render):
    page = add_role_parts(RolePageFactory(parent=role_index, ai_impact_outlook="<p>Outlook.</p>"), count=2)
    response, soup = render(page)
    assert response.status_code == 200
    assert len(soup.find_all("h1")) == 1
    levels = [int(h.name[1]) for h in soup.find("main").find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False)), levels
    table = soup.select_one("#salary table")
    assert table.caption and squashed(table.caption)
    assert [th["scope"] for th in table.select("thead th")] == ["col", "col", "col"]
    assert all(th["scope"] == "row" for th in table.select("tbody th"))
    chart = soup.select_one(".salary-chart svg")
    assert chart["role"] == "img"
    labelled_by = [soup.find(id=part) for part in chart["aria-labelledby"].split()]
    assert [node.name for node in labelled_by] == ["title", "desc"]
    assert "$100K to $150K" in labelled_by[1].get_text()
    anchors = {link["href"] for link in soup.select(".section-nav a")}
    assert anchors == {f"#{section['id']}" for section in soup.select(".role-body section.role-section")}


def test_text_from_editors_is_escaped(role_index, render):
    page = RolePageFactory(parent=role_index)
    SalaryBandFactory(page=page, level="<script>alert(1)</script>", notes="<b>bold</b>")
    response, soup = render(page)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not soup.select("#salary b")


def test_only_live_courses_and_certifications_are_shown(role_index, render):
    page = RolePageFactory(parent=role_index)
    RoleCourseFactory(page=page, course=CourseFactory(title="Live course"))
    RoleCourseFactory(page=page, course=CourseFactory(title="Draft course", live=False))
    RoleCertificationFactory(page=page, certification=CertificationFactory(name="Draft cert", live=False))
    _, soup = render(page)
    assert [squashed(h) for h in soup.select("#courses .course__title")] == ["Live course ↗ (external site)"]
    assert "Draft course" not in soup.get_text()
    assert not soup.select("#certifications"), "a section whose only item is not live is left out"
    assert "Draft cert" not in soup.get_text()


def test_transition_links_only_live_public_source_roles(role_index, render):
    page = RolePageFactory(parent=role_index, title="Target Role")
    live = RolePageFactory(parent=role_index, title="Live Role")
    draft = RolePageFactory(parent=role_index, title="Draft Role", live=False)
    private = RolePageFactory(parent=role_index, title="Private Role")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for source in (live, draft, private):
        TransitionPathFactory(page=page, from_role=source, from_role_name="", typical_months=3)
    TransitionPathFactory(page=page, from_role_name="Typed Role", typical_months=1)

    _, soup = render(page)

    titles = [squashed(h) for h in soup.select("#transitions .transition__title")]
    assert titles == [
        "From Live Role (~3 months)",
        "From Draft Role (~3 months)",
        "From Private Role (~3 months)",
        "From Typed Role (~1 month)",
    ]
    links = [(a.get_text(), a["href"]) for a in soup.select("#transitions a")]
    assert links == [("Live Role", live.url)]


def test_a_deleted_source_role_is_still_named(role_index, render):
    page = RolePageFactory(parent=role_index)
    source = RolePageFactory(parent=role_index, title="Gone Role", live=False)
    TransitionPathFactory(page=page, from_role=source, from_role_name="", typical_months=2)
    source.delete()
    _, soup = render(page)
    assert squashed(soup.select_one("#transitions .transition__title")) == "From Gone Role (~2 months)"


def test_disclaimers_come_from_site_settings(role_index, render):
    page = add_role_parts(RolePageFactory(parent=role_index))
    settings = RoleAtlasSettings.for_site(Site.objects.get(is_default_site=True))
    settings.affiliation_disclaimer = "Edited: no affiliation."
    settings.salary_disclaimer = "Edited: salaries vary."
    settings.certification_note = ""
    settings.save()

    _, soup = render(page)

    assert squashed(soup.select_one("#companies .disclaimer")) == "Edited: no affiliation."
    assert squashed(soup.select_one("#salary .disclaimer")) == "Edited: salaries vary."
    assert not soup.select("#certifications .disclaimer"), "an emptied note is not rendered"


def test_default_disclaimers_render_without_any_settings_saved(role_index, render):
    page = add_role_parts(RolePageFactory(parent=role_index))
    _, soup = render(page)
    assert "not affiliated with" in squashed(soup.select_one("#companies .disclaimer"))
    assert "Verify current pricing" in squashed(soup.select_one("#certifications .disclaimer"))
    assert "financial advice" in squashed(soup.select_one("#salary .disclaimer"))


def test_draft_role_pages_are_not_served(role_index, client):
    page = RolePageFactory(parent=role_index, live=False)
    assert client.get(page.url or f"/roles/{page.slug}/").status_code == 404
