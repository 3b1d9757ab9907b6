"""The public "Last reviewed" wording other templates include: a date, never a status."""

from datetime import date

from django.template.loader import render_to_string

from tests.factories.roles import RolePageFactory


def last_reviewed_line(page) -> str:
    return render_to_string("reviews/includes/last_reviewed.html", {"last_reviewed": page.last_reviewed})


def test_shows_the_date_even_when_overdue(role_index, today):
    page = RolePageFactory(parent=role_index, last_reviewed=date(2025, 3, 3))
    assert page.review_status == "overdue"

    html = last_reviewed_line(page)

    assert 'Last reviewed <time datetime="2025-03-03">2025-03-03</time>' in html
    assert "overdue" not in html.lower()


def test_says_not_yet_reviewed_without_a_date(role_index, today):
    page = RolePageFactory(parent=role_index, last_reviewed=None)

    assert "Not yet reviewed" in last_reviewed_line(page)
