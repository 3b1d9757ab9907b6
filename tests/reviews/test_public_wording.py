"""The public "Last reviewed" wording other templates include: a date, never a status."""

from datetime import date

from django.template import Context, Template

from tests.factories.roles import RolePageFactory

TAG = Template("{% load reviews_tags %}{% last_reviewed page %}")


def test_shows_the_date_even_when_overdue(role_index, today):
    page = RolePageFactory(parent=role_index, last_reviewed=date(2025, 3, 3))
    assert page.review_status == "overdue"

    html = TAG.render(Context({"page": page}))

    assert 'Last reviewed <time datetime="2025-03-03">2025-03-03</time>' in html
    assert "overdue" not in html.lower()


def test_says_not_yet_reviewed_without_a_date(role_index, today):
    page = RolePageFactory(parent=role_index, last_reviewed=None)

    assert "Not yet reviewed" in TAG.render(Context({"page": page}))
