"""The "Reviews due" report: rows, filters, ordering, export, visibility and query budget."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from openpyxl import load_workbook

from courses.models import Course
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.reviews import UserFactory
from tests.factories.roles import RolePageFactory
from tests.reviews.conftest import grant_model_permission, grant_page_permission

REPORT = reverse("reviews:report")


def titles(response):
    return [item.title for item in response.context["object_list"]]


@pytest.fixture
def content(role_index, owner, today):
    """One item per status, of three types, most overdue first in this order."""
    return {
        "never": CourseFactory(title="Never checked course", last_reviewed=None),
        "overdue": RolePageFactory(
            parent=role_index, title="Overdue role", last_reviewed=today - timedelta(days=200), review_owner=owner
        ),
        "overdue_by_a_day": CertificationFactory(name="Lapsed cert", last_reviewed=today - timedelta(days=181)),
        "due_soon": RolePageFactory(
            parent=role_index, title="Due soon role", last_reviewed=today - timedelta(days=170)
        ),
        "fresh": CourseFactory(title="Fresh course", last_reviewed=today, review_owner=owner),
    }


def test_lists_every_live_reviewable_item_most_overdue_first(client, superuser, content):
    CourseFactory(title="Unpublished course", live=False, last_reviewed=None)
    client.force_login(superuser)

    response = client.get(REPORT)

    assert response.status_code == 200
    assert titles(response) == ["Never checked course", "Overdue role", "Lapsed cert", "Due soon role", "Fresh course"]
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[content["overdue"].pk]) in html
    assert reverse("wagtailsnippets_courses_course:edit", args=[content["never"].pk]) in html
    assert "Nobody (Reviewers group)" in html
    assert "5 items" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "overdue"}, ["Overdue role", "Lapsed cert"]),
        ({"status": "due_soon"}, ["Due soon role"]),
        ({"status": "never_reviewed"}, ["Never checked course"]),
        ({"status": "fresh"}, ["Fresh course"]),
    ],
)
def test_filters_by_status(client, superuser, content, query, expected):
    client.force_login(superuser)
    assert titles(client.get(REPORT, query)) == expected


def test_filters_by_type(client, superuser, content):
    client.force_login(superuser)
    response = client.get(REPORT, {"content_type": ContentType.objects.get_for_model(Course).pk})

    assert titles(response) == ["Never checked course", "Fresh course"]


def test_filters_by_owner_and_by_no_owner(client, superuser, owner, content):
    client.force_login(superuser)

    assert titles(client.get(REPORT, {"owner": owner.pk})) == ["Overdue role", "Fresh course"]
    assert titles(client.get(REPORT, {"owner": "null"})) == ["Never checked course", "Lapsed cert", "Due soon role"]


def test_csv_export_has_one_row_per_item_with_status_and_absolute_edit_link(client, superuser, owner, content, today):
    client.force_login(superuser)

    response = client.get(REPORT, {"export": "csv", "status": "overdue"})

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["Title"] for row in rows] == ["Overdue role", "Lapsed cert"]
    first = rows[0]
    assert first["Type"] == "Role page"
    assert first["Owner"] == owner.get_full_name()
    assert rows[1]["Owner"] == ""
    assert first["Status"] == "Overdue"
    assert first["Last reviewed"] == (today - timedelta(days=200)).isoformat()
    assert first["Next review due"] == (today - timedelta(days=20)).isoformat()
    assert first["Edit link"] == "http://testserver" + reverse("wagtailadmin_pages:edit", args=[content["overdue"].pk])


def test_xlsx_export(client, superuser, content, today):
    client.force_login(superuser)

    response = client.get(REPORT, {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Title",
        "Type",
        "Owner",
        "Last reviewed",
        "Next review due",
        "Status",
        "Flagged because",
        "Edit link",
    )
    assert [row[0] for row in rows[1:]] == [
        "Never checked course",
        "Overdue role",
        "Lapsed cert",
        "Due soon role",
        "Fresh course",
    ]
    assert rows[2][5] == "Overdue"
    assert rows[2][3] == today - timedelta(days=200)


def test_each_user_sees_only_what_they_may_edit(client, role_index, content):
    page_editor = UserFactory()
    grant_page_permission(page_editor, content["due_soon"])
    client.force_login(page_editor)
    assert titles(client.get(REPORT)) == ["Due soon role"]

    course_editor = UserFactory()
    grant_model_permission(course_editor, "change_course")
    client.force_login(course_editor)
    assert titles(client.get(REPORT)) == ["Never checked course", "Fresh course"]


def test_report_is_in_the_reports_menu_only_for_users_who_can_review(client, content):
    nobody = UserFactory()
    client.force_login(nobody)
    assert REPORT not in client.get(reverse("wagtailadmin_home")).content.decode()

    course_editor = UserFactory()
    grant_model_permission(course_editor, "change_course")
    client.force_login(course_editor)
    assert REPORT in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("per_type", [1, 10])
def test_query_count_does_not_grow_with_rows(
    client, superuser, role_index, today, per_type, django_assert_max_num_queries
):
    for n in range(per_type):
        RolePageFactory(parent=role_index, last_reviewed=today - timedelta(days=n), review_owner=superuser)
        CourseFactory(last_reviewed=None, review_owner=superuser)
        CertificationFactory(last_reviewed=today - timedelta(days=300))
    client.force_login(superuser)
    client.get(REPORT)  # warm-up: sessions, content types, settings

    with django_assert_max_num_queries(13):
        response = client.get(REPORT)
    assert len(response.context["object_list"]) == 3 * per_type


def test_each_row_offers_mark_as_reviewed_and_comes_back_to_the_report(client, superuser, content, today):
    client.force_login(superuser)
    course = content["never"]
    mark_url = reverse("reviews:mark_reviewed", args=["courses", "course", course.pk])

    html = client.get(REPORT).content.decode()
    assert f'href="{mark_url}?next=%2Fadmin%2Freviews%2F"' in html

    response = client.post(mark_url, {"note": "", "next": REPORT})

    assert response["Location"] == REPORT
    course.refresh_from_db()
    assert course.last_reviewed == today


def test_mark_as_reviewed_ignores_a_next_url_on_another_site(client, superuser, content):
    client.force_login(superuser)
    course = content["never"]
    mark_url = reverse("reviews:mark_reviewed", args=["courses", "course", course.pk])

    response = client.post(mark_url, {"next": "https://evil.example.com/"})

    assert response["Location"] == reverse("wagtailsnippets_courses_course:edit", args=[course.pk])
