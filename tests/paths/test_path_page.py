"""What a reader sees on /paths/ and /paths/<slug>/."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories.courses import CourseFactory
from tests.factories.paths import CurriculumStepFactory, PackagedPathPageFactory


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html5lib")


def text_of(soup, selector):
    return [" ".join(element.get_text(" ", strip=True).split()) for element in soup.select(selector)]


def section_text(soup, heading_id):
    return " ".join(soup.find(id=heading_id).find_parent("section").get_text(" ", strip=True).split())


@pytest.fixture
def software(make_role):
    return make_role("Software Engineer", 150_000)


@pytest.fixture
def ai(make_role):
    return make_role("AI Engineer", 175_000)


def test_roles_appear_in_the_editors_order_and_link_to_their_guides(client, path_index, software, ai):
    path = PackagedPathPageFactory(parent=path_index, roles=[ai, software])
    soup = get_soup(client, path.url)
    assert text_of(soup, ".path-roles__name") == ["AI Engineer", "Software Engineer"]
    assert [a["href"] for a in soup.select(".path-roles__name a")] == [
        "/roles/ai-engineer/",
        "/roles/software-engineer/",
    ]
    assert len(soup.find_all("h1")) == 1


def test_a_draft_role_is_named_but_not_linked_and_blocks_the_delta(client, path_index, make_role, ai):
    draft = make_role("Software Engineer", 150_000, live=False)
    path = PackagedPathPageFactory(parent=path_index, roles=[draft, ai])
    soup = get_soup(client, path.url)
    names = soup.select(".path-roles__name")
    assert names[0].find("a") is None
    assert "Software Engineer" in names[0].get_text() and "Guide coming soon" in names[0].get_text()
    assert names[1].find("a")["href"] == "/roles/ai-engineer/"
    delta = section_text(soup, "path-delta-heading")
    assert "cannot be computed yet" in delta
    assert "Software Engineer's guide is not published yet" in delta
    assert "150,000" not in soup.decode() and "$150K" not in soup.decode()


def test_a_private_role_is_treated_like_a_draft(client, path_index, software, ai):
    PageViewRestriction.objects.create(page=ai, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    path = PackagedPathPageFactory(parent=path_index, roles=[software, ai])
    soup = get_soup(client, path.url)
    assert soup.select(".path-roles__name")[1].find("a") is None
    assert "AI Engineer's guide is not published yet" in section_text(soup, "path-delta-heading")


def test_the_delta_is_computed_from_first_to_last_median(client, path_index, software, ai):
    path = PackagedPathPageFactory(parent=path_index, roles=[software, ai])
    delta = section_text(get_soup(client, path.url), "path-delta-heading")
    assert "+$25K (+16.7%)" in delta  # the house style, as on the guides and the role page's path teaser
    assert "rises from Software Engineer's median ($150K) to AI Engineer's median ($175K)" in delta


def test_a_negative_delta_is_shown_as_a_fall(client, path_index, make_role, ai):
    staff = make_role("Staff Engineer", 200_000)
    path = PackagedPathPageFactory(parent=path_index, roles=[staff, ai])
    delta = section_text(get_soup(client, path.url), "path-delta-heading")
    assert "\u2212$25K (\u221212.5%)" in delta
    assert "falls from Staff Engineer's median ($200K)" in delta


def test_a_missing_median_is_explained(client, path_index, make_role, ai):
    unknown = make_role("SOC Analyst", None)
    path = PackagedPathPageFactory(parent=path_index, roles=[unknown, ai])
    delta = section_text(get_soup(client, path.url), "path-delta-heading")
    assert "The compensation delta cannot be computed yet. SOC Analyst has no published median salary yet." in delta


def test_curriculum_in_order_with_weeks_and_total(client, path_index, software, ai):
    course = CourseFactory(title="AI Engineering Foundations", provider="DecipherU")
    steps = [
        CurriculumStepFactory.build(title="Python foundations", weeks=4),
        CurriculumStepFactory.build(course=course, title="", weeks=6),
        CurriculumStepFactory.build(title="Ship a RAG project", weeks=1),
    ]
    path = PackagedPathPageFactory(parent=path_index, roles=[software, ai], steps=steps)
    soup = get_soup(client, path.url)
    assert text_of(soup, ".curriculum__title") == [
        "Python foundations",
        "AI Engineering Foundations",
        "Ship a RAG project",
    ]
    assert text_of(soup, ".curriculum__meta") == ["4 weeks", "DecipherU · Course · 6 weeks", "1 week"]
    assert text_of(soup, ".curriculum__total") == ["Total estimated duration: 11 weeks"]


def test_unknown_durations_are_named_not_summed(client, path_index, software, ai):
    steps = [
        CurriculumStepFactory.build(title="Python", weeks=4),
        CurriculumStepFactory.build(title="Evals", weeks=None),
    ]
    path = PackagedPathPageFactory(parent=path_index, roles=[software, ai], steps=steps)
    soup = get_soup(client, path.url)
    assert text_of(soup, ".curriculum__meta")[1] == "Estimated duration not yet published"
    assert text_of(soup, ".curriculum__total") == [
        "Total estimated duration not yet published : no estimate yet for Evals."
    ]


def test_draft_courses_are_never_shown(client, path_index, software, ai):
    draft_course = CourseFactory(title="Secret Draft Course", live=False)
    live_course = CourseFactory(title="Designing Machine Learning Systems", provider="Chip Huyen")
    steps = [
        CurriculumStepFactory.build(course=draft_course, title="", weeks=2),
        CurriculumStepFactory.build(course=draft_course, title="Read the evaluation chapter", weeks=2),
    ]
    path = PackagedPathPageFactory(
        parent=path_index, roles=[software, ai], steps=steps, courses=[draft_course, live_course]
    )
    soup = get_soup(client, path.url)
    assert "Secret Draft Course" not in soup.decode()
    assert text_of(soup, ".curriculum__title") == ["A course not yet published", "Read the evaluation chapter"]
    assert "Designing Machine Learning Systems" in section_text(soup, "path-courses-heading")


def test_review_date_or_not_yet_reviewed(client, path_index, software, ai):
    unreviewed = PackagedPathPageFactory(parent=path_index, roles=[software, ai])
    reviewed = PackagedPathPageFactory(
        parent=path_index, roles=[software, ai], last_reviewed=datetime.date(2026, 4, 26)
    )
    assert "Not yet reviewed" in get_soup(client, unreviewed.url).select_one(".page-header").get_text()
    assert "Last reviewed 2026-04-26" in get_soup(client, reviewed.url).select_one(".page-header").get_text()


def test_index_lists_only_live_public_paths(client, path_index, software, ai):
    PackagedPathPageFactory(parent=path_index, title="Applied AI", roles=[software, ai])
    PackagedPathPageFactory(parent=path_index, title="Draft Path", roles=[software, ai], live=False)
    private = PackagedPathPageFactory(parent=path_index, title="Private Path", roles=[software, ai])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    soup = get_soup(client, path_index.url)
    assert text_of(soup, ".path-card__title") == ["Applied AI"]
    assert text_of(soup, ".path-card .role-sequence li") == ["Software Engineer", "AI Engineer"]


def build_path(path_index, make_role, size, label):
    roles = [make_role(f"{label} Role {n}", 100_000 + n) for n in range(size)]
    steps = [CurriculumStepFactory.build(course=CourseFactory(), title="", weeks=2) for _ in range(size)]
    return PackagedPathPageFactory(
        parent=path_index,
        title=f"{label} path",
        roles=roles,
        steps=steps,
        courses=[CourseFactory() for _ in range(size)],
    )


PATH_PAGE_QUERY_BUDGET = 15  # 8 are Wagtail routing (site, tree walk, restrictions), 1 the breadcrumbs


@pytest.mark.parametrize("size", [2, 20])
def test_path_page_query_count_does_not_grow_with_its_contents(
    client, path_index, make_role, django_assert_max_num_queries, size
):
    path = build_path(path_index, make_role, size, "Measured")
    client.get(path.url)  # warm-up: site root paths and settings are cached per process
    with django_assert_max_num_queries(PATH_PAGE_QUERY_BUDGET):
        assert client.get(path.url).status_code == 200


def test_path_page_queries_are_the_same_for_small_and_large_paths(client, path_index, make_role):
    small = build_path(path_index, make_role, 2, "Small")
    large = build_path(path_index, make_role, 20, "Large")
    client.get(small.url)
    counts = []
    for path in (small, large):
        with CaptureQueriesContext(connection) as queries:
            client.get(path.url)
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("size", [2, 20])
def test_index_query_count_does_not_grow_with_paths(client, path_index, make_role, django_assert_max_num_queries, size):
    software, ai = make_role("Software Engineer", 1), make_role("AI Engineer", 2)
    for n in range(size):
        PackagedPathPageFactory(parent=path_index, title=f"Path {n}", roles=[software, ai])
    client.get(path_index.url)
    with django_assert_max_num_queries(12):  # includes 1 for the breadcrumbs and 1 for the paginator's count
        assert client.get(path_index.url).status_code == 200
