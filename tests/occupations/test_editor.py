"""What editors see: the occupation chooser and the official figures beside the guide's own."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse

from tests.factories.occupations import OccupationFactory
from tests.factories.reviews import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = UserFactory(username="admin", is_superuser=True, is_staff=True)
    client.force_login(user)
    return user


def test_review_tab_shows_official_figures_beside_the_guides_own(client, editor, linked_guide, fixtures_dir):
    call_command(
        "import_oews",
        fixtures_dir / "oews_national_M2024_dl.csv",
        "--release",
        "May 2024",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    response = client.get(reverse("wagtailadmin_pages:edit", args=[linked_guide.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    table = next(t for t in soup.select("table") if t.caption and "official ones" in t.caption.get_text())
    text = " ".join(table.get_text(" ").split())
    assert "$150,000" in text  # the guide's own median (factory default)
    assert "$133,080 (OEWS May 2024)" in text
    assert "15-2051 Data Scientists" in text


def test_without_figures_the_panel_is_not_shown(client, editor, linked_guide):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[linked_guide.pk]))
    assert "official ones" not in response.content.decode()


def test_the_occupation_chooser_searches_code_and_title(client, editor):
    OccupationFactory(code="15-1252", title="Software Developers")
    OccupationFactory(code="15-2051", title="Data Scientists")
    chooser = reverse("wagtailsnippetchoosers_occupations_occupation:choose_results")
    by_code = client.get(chooser, {"q": "15-2051"}).content.decode()
    assert "Data Scientists" in by_code and "Software Developers" not in by_code
    by_title = client.get(chooser, {"q": "software"}).content.decode()
    assert "Software Developers" in by_title and "Data Scientists" not in by_title
