"""The sample catalogue `load_demo` publishes beside the reference guide: every feature has something to show."""

import io
from collections import Counter
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page, Workflow, WorkflowPage

from paths.models import PackagedPathPage
from reviews.status import ReviewSettings, ReviewStatus, next_review_due, review_status
from roles.demo_catalogue import SAMPLE_SOURCE_TITLE
from roles.models import RoleIndexPage, RolePage


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html5lib")


def text(node):
    return " ".join(node.get_text(" ").split())


def check_about_a_dozen_published_guides_in_at_least_three_families(client):
    guides = RolePage.objects.live().public()
    assert guides.count() == 12
    assert len({page.family_id for page in guides}) >= 3
    samples = guides.exclude(slug="ai-engineer")
    for page in samples:
        assert page.salary_bands.count() >= 2 and page.ladder_steps.count() >= 3, page.slug
        assert page.faqs.exists() and page.role_courses.exists() and page.role_certifications.exists(), page.slug
        assert page.role_companies.exists() and page.transitions.exists(), page.slug
        assert page.median_salary and page.about and page.responsibilities and page.average_week, page.slug
        assert page.review_owner.username == "editor", page.slug
        assert page.role_occupations.exists(), f"{page.slug} links no SOC occupation"


def check_every_sample_guide_says_its_figures_are_illustrative(client):
    for page in RolePage.objects.live().exclude(slug="ai-engineer"):
        assert [s.source.title for s in page.role_sources.all()][0] == SAMPLE_SOURCE_TITLE
        article = text(soup_of(client, page.url).find("article"))
        assert SAMPLE_SOURCE_TITLE in article, page.slug
        assert "not research" in article, page.slug


def check_every_review_state_exists(client):
    settings = ReviewSettings.load()
    states = Counter(
        review_status(next_review_due(page.last_reviewed, page.review_every_days, settings), settings)
        for page in RolePage.objects.live()
    )
    assert set(states) == set(ReviewStatus), states


def check_the_ai_engineer_guide_links_every_transition_source(client):
    soup = soup_of(client, "/roles/ai-engineer/")
    links = soup.select("#transitions .transition__title a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Software Engineer", "/roles/software-engineer/"),
        ("ML Engineer", "/roles/ml-engineer/"),
        ("SOC Analyst", "/roles/soc-analyst/"),
    ]
    for _, href in [(a.get_text(), a["href"]) for a in links]:
        assert client.get(href).status_code == 200


def check_compare_shows_three_demo_guides_side_by_side(client):
    soup = soup_of(client, "/roles/compare/?roles=ai-engineer,ml-engineer,software-engineer")
    page = text(soup.find("main"))
    for title in ("AI Engineer", "ML Engineer", "Software Engineer"):
        assert title in page
    assert "$175K" in page or "$175,000" in page
    assert "$150K" in page or "$150,000" in page


def check_both_paths_show_a_computed_delta_and_a_total_duration(client):
    applied = soup_of(client, "/paths/applied-ai/")
    delta = text(applied.find(id="path-delta-heading").find_parent("section"))
    assert "+$25K" in delta and "cannot be computed" not in delta
    assert "Total estimated duration: 17 weeks" in text(applied.select_one(".curriculum__total"))
    assert [a["href"] for a in applied.select(".path-roles__name a")] == [
        "/roles/software-engineer/",
        "/roles/ai-engineer/",
    ]

    detection = soup_of(client, "/paths/into-detection-engineering/")
    assert "+$78K" in text(detection.find(id="path-delta-heading").find_parent("section"))
    assert "Total estimated duration: 24 weeks" in text(detection.select_one(".curriculum__total"))
    assert PackagedPathPage.objects.live().count() == 2


def check_filters_have_something_to_filter(client):
    everything = soup_of(client, "/roles/")
    entry_level = soup_of(client, "/roles/?entry_level=true")
    assert 0 < len(entry_level.select(".role-card")) < len(everything.select(".role-card")) == 12


def check_role_guides_go_through_the_fact_check_workflow_and_the_default_one_is_disabled(client):
    index = RoleIndexPage.objects.get()
    assert WorkflowPage.objects.get(page=index).workflow.name == "Fact-checked publishing"
    assert list(Workflow.objects.filter(active=True).values_list("name", flat=True)) == ["Fact-checked publishing"]


def internal_links(html, site_hosts):
    """Every link on a page that stays on the site, as a path with its query (fragments dropped)."""
    soup = BeautifulSoup(html, "html5lib")
    for node in soup.select("a[href], link[href], img[src], script[src], form[action]"):
        url = urlsplit(node.get("href") or node.get("src") or node.get("action"))
        if url.scheme in ("", "http", "https") and (url.netloc == "" or url.netloc in site_hosts) and url.path:
            if url.path.startswith("/"):
                yield url.path + (f"?{url.query}" if url.query else "")


def check_every_internal_link_answers(client):
    """A reader who follows any link of the demo, from the home page on, never meets a dead end or an error."""
    site_hosts = {"testserver", "localhost"}
    seen, queue, broken = {"/"}, ["/"], {}
    while queue and len(seen) < 600:
        url = queue.pop(0)
        response = client.get(url, follow=True)
        if response.status_code != 200:
            broken[url] = response.status_code
            continue
        if "html" not in response.get("Content-Type", "") or url.startswith("/static/"):
            continue
        for link in internal_links(response.content, site_hosts):
            if link not in seen and not link.startswith(("/admin/", "/documents/")):
                seen.add(link)
                queue.append(link)
    assert not broken, broken
    every_page = {page.url for page in Page.objects.live().public().specific() if page.url}
    assert every_page <= seen, every_page - seen
    print(f"followed {len(seen)} internal links of the demo")


def check_a_second_run_changes_nothing(client):
    before = {page.slug: (page.latest_revision_id, page.last_reviewed) for page in RolePage.objects.all()}
    assert "Sample catalogue already loaded; left as it is." in load_demo()
    assert {page.slug: (page.latest_revision_id, page.last_reviewed) for page in RolePage.objects.all()} == before


def test_reference_only_loads_no_sample_guide_and_a_later_full_load_publishes_the_untouched_sources(db):
    load_demo("--reference-only")
    assert list(RolePage.objects.live().values_list("slug", flat=True)) == ["ai-engineer"]
    assert not PackagedPathPage.objects.exists()

    edited = RolePage.objects.get(slug="soc-analyst")
    edited.summary = "An editor's own draft of the SOC Analyst guide."
    edited.save_revision()
    edited.save()

    load_demo()
    assert RolePage.objects.get(slug="software-engineer").live
    assert RolePage.objects.get(slug="ml-engineer").live
    kept = RolePage.objects.get(slug="soc-analyst")
    assert not kept.live and kept.summary == "An editor's own draft of the SOC Analyst guide."


def test_the_full_demo_shows_every_feature(client, db):
    """One load (it takes a while) for every read-only check; the rerun check comes last."""
    load_demo()
    check_about_a_dozen_published_guides_in_at_least_three_families(client)
    check_every_sample_guide_says_its_figures_are_illustrative(client)
    check_every_review_state_exists(client)
    check_the_ai_engineer_guide_links_every_transition_source(client)
    check_compare_shows_three_demo_guides_side_by_side(client)
    check_both_paths_show_a_computed_delta_and_a_total_duration(client)
    check_every_internal_link_answers(client)
    check_filters_have_something_to_filter(client)
    check_role_guides_go_through_the_fact_check_workflow_and_the_default_one_is_disabled(client)
    check_a_second_run_changes_nothing(client)
