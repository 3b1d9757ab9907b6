"""The "Your reviews" dashboard panel."""

from datetime import timedelta

import pytest
from django.urls import reverse

from tests.factories.courses import CourseFactory
from tests.factories.reviews import UserFactory
from tests.factories.roles import RolePageFactory

HOME = reverse("wagtailadmin_home")


@pytest.fixture
def content(role_index, owner, today):
    return {
        "own_overdue": RolePageFactory(
            parent=role_index, title="Owned overdue role", last_reviewed=today - timedelta(days=200), review_owner=owner
        ),
        "own_due_soon": CourseFactory(
            title="Owned due-soon course", last_reviewed=today - timedelta(days=160), review_owner=owner
        ),
        "own_fresh": CourseFactory(title="Owned fresh course", last_reviewed=today, review_owner=owner),
        "someone_elses": CourseFactory(
            title="Someone else's course", last_reviewed=None, review_owner=UserFactory(username="colleague")
        ),
        "unowned": RolePageFactory(parent=role_index, title="Unowned role", last_reviewed=None),
    }


def panel(response):
    """The panel's items, or None when the panel is not shown."""
    html = response.content.decode()
    if 'id="your-reviews-section"' not in html:
        return None
    return html[html.index('id="your-reviews-section"') :]


def test_owner_sees_their_overdue_and_due_soon_items_with_counts(client, owner, content):
    client.force_login(owner)

    html = panel(client.get(HOME))

    assert "Owned overdue role" in html and "Owned due-soon course" in html
    assert "<strong>1</strong> overdue" in html and "<strong>1</strong> due soon" in html
    for absent in ("Owned fresh course", "Someone else's course", "Unowned role", "never reviewed"):
        assert absent not in html
    assert html.index("Owned overdue role") < html.index("Owned due-soon course")
    assert reverse("wagtailadmin_pages:edit", args=[content["own_overdue"].pk]) in html


def test_reviewers_member_also_sees_unowned_items(client, reviewer, content):
    client.force_login(reviewer)

    html = panel(client.get(HOME))

    assert "Unowned role" in html
    assert "<strong>1</strong> never reviewed" in html
    assert "Owned overdue role" not in html and "Someone else's course" not in html


def test_no_panel_when_nothing_is_due(client, content):
    client.force_login(UserFactory())

    assert panel(client.get(HOME)) is None
