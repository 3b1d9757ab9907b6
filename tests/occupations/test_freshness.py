"""A new release flags exactly the guides whose official figures moved."""

import io
from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageLogEntry

from reviews.flags import ReviewFlag
from reviews.queries import due_items
from reviews.reminders import pending_reminders
from reviews.services import mark_reviewed
from reviews.status import ReviewStatus
from roles.models import RoleOccupation
from tests.factories.occupations import OccupationFactory
from tests.factories.reviews import UserFactory
from tests.factories.roles import RolePageFactory


def run(*args):
    call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture
def guides(linked_guide, role_index):
    """The AI Engineer (Software Developers, Data Scientists), a Data Analyst (Data Scientists only), all fresh."""
    owner = UserFactory(username="owner", email="owner@example.com")
    analyst = RolePageFactory(parent=role_index, title="Data Analyst", slug="data-analyst")
    RoleOccupation.objects.create(page=analyst, occupation=OccupationFactory(code="15-2051"), sort_order=0)
    unrelated = RolePageFactory(parent=role_index, title="Recruiter", slug="recruiter")
    for page in (linked_guide, analyst, unrelated):
        page.last_reviewed = date.today()
        page.review_owner = owner
        page.save()
    return linked_guide, analyst, unrelated


def _status(page):
    page = type(page).objects.get(pk=page.pk)
    return page.review_status


@pytest.mark.django_db
def test_median_moving_past_the_threshold_flags_only_the_linked_guides(guides, fixtures_dir, client):
    engineer, analyst, unrelated = guides
    run("import_oews", fixtures_dir / "oews_national_M2023_dl.csv", "--release", "May 2023")
    assert not ReviewFlag.objects.exists()  # a first release moves nothing
    assert _status(engineer) == ReviewStatus.FRESH

    run("import_oews", fixtures_dir / "oews_national_M2024_dl.csv", "--release", "May 2024")

    # Software Developers moved 8 %: the AI Engineer is due at once. Data Scientists moved 2 %: the analyst is not.
    assert _status(engineer) == ReviewStatus.OVERDUE
    assert _status(analyst) == ReviewStatus.FRESH
    assert _status(unrelated) == ReviewStatus.FRESH

    (item,) = due_items()
    assert item.title == "AI Engineer"
    assert item.status == ReviewStatus.OVERDUE
    assert "15-1252 Software Developers, national median annual wage" in item.flag_summary
    assert "$123,200 (May 2023) → $133,080 (May 2024)" in item.flag_summary

    entry = PageLogEntry.objects.get(page=engineer, action="roles.official_figures_moved")
    assert entry.data["release"] == "OEWS wages May 2024"

    (reminder,) = pending_reminders()
    assert "$123,200 (May 2023) → $133,080 (May 2024)" in reminder.body()

    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    report = client.get(reverse("reviews:report")).content.decode()
    assert "Flagged because" in report
    assert "$123,200 (May 2023) → $133,080 (May 2024)" in report

    mark_reviewed(engineer, UserFactory(username="editor"))
    assert _status(engineer) == ReviewStatus.FRESH
    assert not due_items()


@pytest.mark.django_db
def test_a_higher_threshold_setting_flags_nothing(guides, fixtures_dir, settings):
    settings.OFFICIAL_FIGURES_MEDIAN_THRESHOLD_PERCENT = 10
    run("import_oews", fixtures_dir / "oews_national_M2023_dl.csv", "--release", "May 2023")
    run("import_oews", fixtures_dir / "oews_national_M2024_dl.csv", "--release", "May 2024")
    assert not ReviewFlag.objects.exists()


@pytest.mark.django_db
def test_projection_changing_category_flags_the_guide(guides, fixtures_dir):
    engineer, analyst, unrelated = guides
    RoleOccupation.objects.create(
        page=analyst, occupation=OccupationFactory(code="15-1211", title="Computer Systems Analysts"), sort_order=1
    )
    run("import_projections", fixtures_dir / "ep_occupation_2023-33.csv", "--release", "2023-33")
    run("import_projections", fixtures_dir / "ep_occupation_2024-34.xlsx", "--release", "2024-34")
    # Computer Systems Analysts: much faster (9.9 %) → faster (5.3 %); the other categories held.
    assert _status(analyst) == ReviewStatus.OVERDUE
    assert _status(engineer) == ReviewStatus.FRESH
    (item,) = due_items()
    assert "Much faster than average (+9.9%) (2023-33) → Faster than average (+5.3%) (2024-34)" in item.flag_summary


@pytest.mark.django_db
def test_the_same_release_file_again_flags_nothing_new(guides, fixtures_dir):
    run("import_oews", fixtures_dir / "oews_national_M2023_dl.csv", "--release", "May 2023")
    run("import_oews", fixtures_dir / "oews_national_M2024_dl.csv", "--release", "May 2024")
    run("import_oews", fixtures_dir / "oews_national_M2024_dl.csv", "--release", "May 2024")
    assert ReviewFlag.objects.count() == 1
    assert len(mail.outbox) == 0
