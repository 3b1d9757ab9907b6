"""Editing and publishing a guide never moves its review date: only a review does."""

from datetime import date

from reviews.status import ReviewStatus
from tests.factories.roles import RolePageFactory
from tests.reviews.conftest import TODAY


def test_publishing_an_edit_keeps_the_last_reviewed_date(role_index, today):
    role = RolePageFactory(parent=role_index, last_reviewed=date(2026, 1, 10))
    role.summary = "A fresher summary, published without a review."
    role.save_revision().publish()
    role.refresh_from_db()
    assert role.last_reviewed == date(2026, 1, 10)
    assert role.last_reviewed != TODAY


def test_publishing_a_never_reviewed_guide_leaves_it_never_reviewed(role_index, today):
    role = RolePageFactory(parent=role_index, last_reviewed=None)
    role.save_revision().publish()
    role.refresh_from_db()
    assert role.last_reviewed is None
    assert role.review_status == ReviewStatus.NEVER_REVIEWED
