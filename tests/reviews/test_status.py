"""Status boundaries, in Python and in SQL, with a frozen clock."""

from datetime import timedelta

import pytest

from reviews.queries import review_rows, to_items
from reviews.site_settings import ReviewDefaults
from reviews.status import ReviewStatus
from tests.factories.courses import CourseFactory
from tests.factories.roles import RolePageFactory

DEFAULT_CADENCE = 180


def sql_status(obj):
    """The status the database computes for ``obj`` (through the report's query)."""
    [item] = [item for item in to_items(review_rows()) if item.pk == str(obj.pk)]
    return item.status, item.next_review_due


@pytest.mark.parametrize(
    ("days_since_review", "expected"),
    [
        (DEFAULT_CADENCE, ReviewStatus.DUE_SOON),  # due today: not overdue yet
        (DEFAULT_CADENCE - 30, ReviewStatus.DUE_SOON),  # due in 30 days: last day of "due soon"
        (DEFAULT_CADENCE - 31, ReviewStatus.FRESH),  # due in 31 days
        (DEFAULT_CADENCE + 1, ReviewStatus.OVERDUE),  # overdue by a day
        (0, ReviewStatus.FRESH),  # reviewed today
    ],
)
def test_status_boundaries_with_site_default_cadence(role_index, today, days_since_review, expected):
    page = RolePageFactory(parent=role_index, last_reviewed=today - timedelta(days=days_since_review))

    assert page.next_review_due == page.last_reviewed + timedelta(days=DEFAULT_CADENCE)
    assert page.review_status == expected
    assert sql_status(page) == (expected, page.next_review_due)


def test_never_reviewed_has_no_due_date(role_index, today):
    page = RolePageFactory(parent=role_index, last_reviewed=None)

    assert page.next_review_due is None
    assert page.review_status == ReviewStatus.NEVER_REVIEWED
    assert sql_status(page) == (ReviewStatus.NEVER_REVIEWED, None)


def test_own_cadence_overrides_the_site_default(home_page, today):
    course = CourseFactory(last_reviewed=today - timedelta(days=31), review_every_days=30)

    assert course.next_review_due == today - timedelta(days=1)
    assert course.review_status == ReviewStatus.OVERDUE
    assert sql_status(course) == (ReviewStatus.OVERDUE, today - timedelta(days=1))


def test_changing_the_site_settings_moves_every_item_without_its_own_cadence(role_index, today):
    page = RolePageFactory(parent=role_index, last_reviewed=today - timedelta(days=100))
    own = RolePageFactory(parent=role_index, last_reviewed=today - timedelta(days=100), review_every_days=365)
    assert sql_status(page)[0] == ReviewStatus.FRESH

    site_settings = ReviewDefaults.for_site(home_page_site(role_index))
    site_settings.default_review_every_days = 90
    site_settings.due_soon_days = 7
    site_settings.save()

    page.refresh_from_db()
    own.refresh_from_db()
    assert page.review_status == ReviewStatus.OVERDUE
    assert sql_status(page) == (ReviewStatus.OVERDUE, today - timedelta(days=10))
    assert sql_status(own)[0] == ReviewStatus.FRESH


def test_due_soon_window_follows_the_site_setting(role_index, today):
    site_settings = ReviewDefaults.for_site(home_page_site(role_index))
    site_settings.due_soon_days = 7
    site_settings.save()
    page = RolePageFactory(parent=role_index, last_reviewed=today - timedelta(days=DEFAULT_CADENCE - 8))

    assert page.review_status == ReviewStatus.FRESH
    assert sql_status(page)[0] == ReviewStatus.FRESH


def home_page_site(page):
    return page.get_site()
