"""/courses/ and /certifications/: live snippets only, with the role guides that recommend them."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.coreutils import get_dummy_request
from wagtail.models import PageViewRestriction

from courses.listings import ROLES_SHOWN
from courses.models import Course, CourseFormat
from tests.factories.courses import (
    CertificationFactory,
    CertificationIndexPageFactory,
    CourseFactory,
    CourseIndexPageFactory,
)
from tests.factories.roles import RoleCertificationFactory, RoleCourseFactory, RolePageFactory


@pytest.fixture
def course_index(home_page):
    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def certification_index(home_page):
    return CertificationIndexPageFactory(parent=home_page)


def get_soup(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html5lib")


def titles(soup):
    return [h.get_text(strip=True) for h in soup.select(".learning-item__title")]


def test_courses_list_live_courses_with_description_and_recommending_roles(client, course_index, role_index):
    course = CourseFactory(
        title="AI Engineering Foundations", provider="DecipherU", description="<p>RAG and evals.</p>"
    )
    CourseFactory(title="Unpublished Course", live=False)
    ai = RolePageFactory(parent=role_index, title="AI Engineer")
    RoleCourseFactory(page=ai, course=course)

    soup = get_soup(client, course_index.url)
    assert titles(soup) == ["AI Engineering Foundations"]
    item = soup.select_one(".learning-item")
    assert "RAG and evals." in item.get_text()
    assert "DecipherU" in item.select_one(".learning-item__meta").get_text()
    assert [(a.get_text(strip=True), a["href"]) for a in item.select(".learning-item__roles a")] == [
        ("AI Engineer", "/roles/ai-engineer/")
    ]
    assert len(soup.find_all("h1")) == 1


def test_only_published_public_roles_are_linked(client, course_index, role_index):
    course = CourseFactory(title="Full Stack LLM Bootcamp")
    published = RolePageFactory(parent=role_index, title="AI Engineer")
    draft = RolePageFactory(parent=role_index, title="Draft Role", live=False)
    private = RolePageFactory(parent=role_index, title="Private Role")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for role in (published, draft, private):
        RoleCourseFactory(page=role, course=course)

    soup = get_soup(client, course_index.url)
    assert [a.get_text(strip=True) for a in soup.select(".learning-item__roles a")] == ["AI Engineer"]


def test_a_draft_edit_of_a_live_course_changes_nothing_until_published(client, course_index):
    course = CourseFactory(title="Designing Machine Learning Systems", description="<p>The reference text.</p>")
    course.save_revision().publish()

    course.title = "Renamed In Draft"
    course.description = "<p>Draft wording.</p>"
    course.save_revision()

    soup = get_soup(client, course_index.url)
    assert titles(soup) == ["Designing Machine Learning Systems"]
    assert "Draft wording" not in soup.decode()
    assert Course.objects.get(pk=course.pk).has_unpublished_changes

    course.get_latest_revision().publish()
    assert titles(get_soup(client, course_index.url)) == ["Renamed In Draft"]


def test_unpublishing_a_course_removes_it(client, course_index):
    course = CourseFactory(title="Soon Gone")
    course.save_revision().publish()
    course.unpublish()
    assert titles(get_soup(client, course_index.url)) == []
    assert "No courses are published yet." in get_soup(client, course_index.url).get_text()


def test_filter_by_format_and_provider(client, course_index):
    CourseFactory(title="Book A", provider="Chip Huyen", format=CourseFormat.BOOK)
    CourseFactory(title="Course B", provider="DecipherU", format=CourseFormat.COURSE)
    CourseFactory(title="Course C", provider="Chip Huyen", format=CourseFormat.COURSE)
    CourseFactory(title="Hidden D", provider="Hidden Provider", live=False)

    assert titles(get_soup(client, course_index.url, format="book")) == ["Book A"]
    assert titles(get_soup(client, course_index.url, provider="Chip Huyen")) == ["Book A", "Course C"]
    soup = get_soup(client, course_index.url, format="course", provider="Chip Huyen")
    assert titles(soup) == ["Course C"]
    assert "Showing 1 of 3 courses." in soup.select_one(".listing-count").get_text()
    assert soup.select_one("#filter-format option[selected]")["value"] == "course"
    providers = [o.get_text() for o in soup.select("#filter-provider option")]
    assert providers == ["Any provider", "Chip Huyen", "DecipherU"]


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"format": "podcast"}, "There is no course format called “podcast”"),
        ({"provider": "Hidden Provider"}, "No published course comes from “Hidden Provider”"),
        ({"format": "<script>"}, "There is no course format called “&lt;script&gt;”"),
    ],
)
def test_bad_filter_values_are_ignored_with_a_notice(client, course_index, params, notice):
    CourseFactory(title="Book A", format=CourseFormat.BOOK)
    CourseFactory(title="Hidden", provider="Hidden Provider", live=False)
    response = client.get(course_index.url, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert notice in html
    assert titles(BeautifulSoup(html, "html5lib")) == ["Book A"]


def test_certifications_list_live_ones_with_roles_and_the_issuer_note(client, certification_index, role_index):
    cert = CertificationFactory(name="AWS Certified Machine Learning Engineer Associate", issuer="Amazon Web Services")
    CertificationFactory(name="Draft Certification", live=False)
    role = RolePageFactory(parent=role_index, title="AI Engineer")
    RoleCertificationFactory(page=role, certification=cert)

    soup = get_soup(client, certification_index.url)
    assert titles(soup) == ["AWS Certified Machine Learning Engineer Associate"]
    assert "Issued by Amazon Web Services" in soup.get_text()
    assert [a["href"] for a in soup.select(".learning-item__roles a")] == ["/roles/ai-engineer/"]
    assert "Verify current pricing" in soup.select_one(".notice").get_text()


def test_previews_show_the_item_as_listed(role_index):
    course = CourseFactory(title="Previewed Course", description="<p>Preview text.</p>")
    RoleCourseFactory(page=RolePageFactory(parent=role_index, title="AI Engineer"), course=course)
    course.title = "Previewed Course (edited)"
    response = course.serve_preview(get_dummy_request(), "")
    soup = BeautifulSoup(response.render().content, "html5lib")
    assert titles(soup) == ["Previewed Course (edited)"]
    assert [a.get_text(strip=True) for a in soup.select(".learning-item__roles a")] == ["AI Engineer"]

    cert = CertificationFactory(name="Previewed Cert")
    soup = BeautifulSoup(cert.serve_preview(get_dummy_request(), "").render().content, "html5lib")
    assert titles(soup) == ["Previewed Cert"]


def make_recommended_items(role_index, size):
    roles = [RolePageFactory(parent=role_index) for _ in range(3)]
    for n in range(size):
        course = CourseFactory(provider=f"Provider {n}")
        cert = CertificationFactory()
        for role in roles:
            RoleCourseFactory(page=role, course=course)
            RoleCertificationFactory(page=role, certification=cert)


@pytest.mark.parametrize("size", [2, 20])
@pytest.mark.parametrize("index_fixture", ["course_index", "certification_index"])
def test_listing_query_count_does_not_grow(
    client, role_index, request, django_assert_max_num_queries, size, index_fixture
):
    index = request.getfixturevalue(index_fixture)
    make_recommended_items(role_index, size)
    client.get(index.url)
    with django_assert_max_num_queries(14):
        soup = get_soup(client, index.url)
    assert len(soup.select(".learning-item")) == size
    assert len(soup.select(".learning-item__roles a")) == size * 3


def test_listing_queries_are_the_same_for_2_and_20_courses(client, role_index, course_index):
    make_recommended_items(role_index, 2)
    client.get(course_index.url)
    with CaptureQueriesContext(connection) as small:
        client.get(course_index.url)
    make_recommended_items(role_index, 18)
    with CaptureQueriesContext(connection) as large:
        client.get(course_index.url)
    assert len(small) == len(large)


def test_a_course_names_a_bounded_number_of_guides_and_links_to_the_rest(client, course_index, role_index):
    course = CourseFactory(title="Deep Learning Specialization")
    other = CourseFactory(title="Other Course")
    roles = [RolePageFactory(parent=role_index, title=f"Role {n:02}") for n in range(ROLES_SHOWN + 3)]
    for role in roles:
        RoleCourseFactory(page=role, course=course)
    RoleCourseFactory(page=RolePageFactory(parent=role_index, title="Unrelated Role"), course=other)

    item = get_soup(client, course_index.url).select(".learning-item")[0]
    assert [a.get_text(strip=True) for a in item.select(".learning-item__roles a:not(.learning-item__more)")] == [
        f"Role {n:02}" for n in range(ROLES_SHOWN)
    ]
    more = item.select_one(".learning-item__more")
    assert more.get_text(strip=True) == "3 more"
    assert more["href"] == f"/roles/?course={course.pk}"

    index = get_soup(client, more["href"])
    assert index.select_one("#results-heading").get_text(strip=True) == f"{ROLES_SHOWN + 3} roles match your filters"
    assert "Unrelated Role" not in index.decode()
    assert "Course: Deep Learning Specialization" in index.select_one(".active-filters").get_text()


def test_the_more_count_leaves_out_draft_and_private_guides(client, course_index, role_index):
    course = CourseFactory(title="Deep Learning Specialization")
    for n in range(ROLES_SHOWN + 2):
        RoleCourseFactory(page=RolePageFactory(parent=role_index, title=f"Role {n:02}"), course=course)
    RoleCourseFactory(page=RolePageFactory(parent=role_index, title="A Draft", live=False), course=course)
    private = RolePageFactory(parent=role_index, title="A Private Role")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    RoleCourseFactory(page=private, course=course)

    item = get_soup(client, course_index.url).select(".learning-item")[0]
    assert "A Draft" not in item.decode() and "A Private Role" not in item.decode()
    assert item.select_one(".learning-item__more").get_text(strip=True) == "2 more"


def test_a_certification_links_to_the_guides_that_list_it(client, certification_index, role_index):
    cert = CertificationFactory(name="AWS ML Specialty")
    for n in range(ROLES_SHOWN + 1):
        RoleCertificationFactory(page=RolePageFactory(parent=role_index, title=f"Role {n:02}"), certification=cert)

    more = get_soup(client, certification_index.url).select_one(".learning-item__more")
    assert more.get_text(strip=True) == "1 more"
    assert get_soup(client, more["href"]).select_one("#results-heading").get_text(strip=True) == (
        f"{ROLES_SHOWN + 1} roles match your filters"
    )


@pytest.mark.parametrize("index_fixture", ["course_index", "certification_index"])
def test_listing_queries_do_not_grow_with_the_guides_per_item(client, role_index, request, index_fixture):
    index = request.getfixturevalue(index_fixture)
    course, cert = CourseFactory(), CertificationFactory()

    def add_roles(n):
        for _ in range(n):
            role = RolePageFactory(parent=role_index)
            RoleCourseFactory(page=role, course=course)
            RoleCertificationFactory(page=role, certification=cert)

    add_roles(ROLES_SHOWN + 1)
    client.get(index.url)
    with CaptureQueriesContext(connection) as few:
        client.get(index.url)
    add_roles(ROLES_SHOWN * 3)
    with CaptureQueriesContext(connection) as many:
        soup = get_soup(client, index.url)
    assert len(few) == len(many)
    assert len(soup.select(".learning-item__roles a:not(.learning-item__more)")) == ROLES_SHOWN
    assert soup.select_one(".learning-item__more").get_text(strip=True) == f"{ROLES_SHOWN * 3 + 1} more"


@pytest.mark.parametrize("rename", ["publish", "plain save"])
def test_a_renamed_guide_takes_its_new_place_among_the_guides_named(client, course_index, role_index, rename):
    course = CourseFactory(title="Deep Learning Specialization")
    roles = [RolePageFactory(parent=role_index, title=f"Role {n:02}") for n in range(ROLES_SHOWN + 2)]
    for role in roles:
        RoleCourseFactory(page=role, course=course)
    renamed = roles[-1]
    renamed.title = "Applied Scientist"
    if rename == "publish":  # as the editor does: the guide and its links are saved from the revision
        renamed.save_revision().publish()
    else:  # a title saved alone, as a script might
        renamed.save(update_fields=["title"])

    item = get_soup(client, course_index.url).select(".learning-item")[0]
    assert [a.get_text(strip=True) for a in item.select(".learning-item__roles a:not(.learning-item__more)")] == [
        "Applied Scientist",
        *[f"Role {n:02}" for n in range(ROLES_SHOWN - 1)],
    ]
    assert item.select_one(".learning-item__more").get_text(strip=True) == "2 more"


def test_first_guides_named_skip_unreadable_ones_that_sort_first(client, certification_index, role_index):
    cert = CertificationFactory(name="AWS ML Specialty")
    hidden = [RolePageFactory(parent=role_index, title=f"A Draft {n}", live=False) for n in range(ROLES_SHOWN)]
    shown = [RolePageFactory(parent=role_index, title=f"Role {n:02}") for n in range(ROLES_SHOWN + 1)]
    for role in hidden + shown:
        RoleCertificationFactory(page=role, certification=cert)

    item = get_soup(client, certification_index.url).select(".learning-item")[0]
    assert [a.get_text(strip=True) for a in item.select(".learning-item__roles a:not(.learning-item__more)")] == [
        f"Role {n:02}" for n in range(ROLES_SHOWN)
    ]
    assert item.select_one(".learning-item__more").get_text(strip=True) == "1 more"
