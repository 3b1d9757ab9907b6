"""What editors see: the review tab's due date and status, readable labels, inline items titled by their content,
and course/certification listings that say "Never" and show a status tag."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.roles import RoleFAQFactory, RoleIndexPageFactory, RolePageFactory, SalaryBandFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, superuser):
    client.force_login(superuser)
    return client


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html5lib")


@pytest.fixture
def guide(home_page):
    role = RolePageFactory(
        parent=RoleIndexPageFactory(parent=home_page),
        title="AI Engineer",
        last_reviewed=datetime.date.today() - datetime.timedelta(days=400),
        review_every_days=365,
    )
    SalaryBandFactory(page=role, level="Staff", years_min=8, years_max=None, min_usd=260_000, max_usd=420_000)
    RoleFAQFactory(page=role, question="Do I need a PhD?")
    return role


def test_review_panel_shows_the_due_date_and_status_read_only(editor, guide):
    soup = soup_of(editor.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])))
    panel = soup.select_one("[data-review-status]")
    due = guide.last_reviewed + datetime.timedelta(days=365)
    assert due.isoformat() in panel.get_text() and "Overdue" in panel.get_text()
    assert panel.find("input") is None
    assert (
        soup.find("label", attrs={"for": "id_review_every_days"}).get_text(strip=True).startswith("Review every (days)")
    )


def test_a_never_reviewed_course_says_its_review_is_not_scheduled(editor):
    course = CourseFactory(last_reviewed=None)
    soup = soup_of(editor.get(reverse("wagtailsnippets_courses_course:edit", args=[course.pk])))
    text = soup.select_one("[data-review-status]").get_text(" ", strip=True)
    assert "not scheduled" in text and "Never reviewed" in text


def test_inline_items_are_titled_by_their_content(editor, guide):
    soup = soup_of(editor.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])))
    headings = [h.get_text(" ", strip=True) for h in soup.select("[data-inline-panel-child] [data-panel-heading]")]
    assert any(heading.startswith("Staff (8+ yrs)") for heading in headings), headings
    assert any(heading.startswith("Do I need a PhD?") for heading in headings), headings
    assert not any(heading.startswith("Salary band 1") for heading in headings)


@pytest.mark.parametrize(
    "factory,url_name",
    [
        (CourseFactory, "wagtailsnippets_courses_course:list"),
        (CertificationFactory, "wagtailsnippets_courses_certification:list"),
    ],
)
def test_listings_say_never_and_show_a_status_tag(editor, factory, url_name):
    factory(last_reviewed=None)
    factory(last_reviewed=datetime.date(2026, 4, 26))
    html = editor.get(reverse(url_name)).content.decode()
    soup = BeautifulSoup(html, "html5lib")
    cells = [td.get_text(strip=True) for td in soup.select("tbody td")]
    assert "Never" in cells and "2026-04-26" in cells
    assert "Live: True" not in html and "True" not in cells
    assert soup.select("tbody .w-status")


def test_reviews_report_sorts_titles_alike_whatever_their_case(editor):
    for title in ["beta course", "Alpha course", "Gamma course"]:
        CourseFactory(title=title, last_reviewed=None)
    soup = soup_of(editor.get(reverse("reviews:report")))
    titles = [cell.get_text(strip=True) for cell in soup.select("tbody td:first-child")]
    courses = [title for title in titles if title.endswith("course")]
    assert courses == ["Alpha course", "beta course", "Gamma course"]


def test_reviews_report_keeps_the_essentials_on_a_phone(editor):
    CourseFactory(title="Alpha course", last_reviewed=None)
    html = editor.get(reverse("reviews:report")).content.decode()
    soup = BeautifulSoup(html, "html5lib")
    secondary = [th.get_text(strip=True) for th in soup.select("thead th.reviews-report__secondary")]
    assert secondary == ["Type", "Owner", "Last reviewed"]
    assert "reviews/report.css" in html
