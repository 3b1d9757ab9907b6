"""Values read once per process and content version during reading requests, and never stale."""

import pytest
from django.test import RequestFactory

from home.models import RoleAtlasSettings
from pagecache import per_version, version
from reviews.site_settings import ReviewDefaults
from reviews.status import ReviewSettings
from tests.factories.roles import RolePageFactory, SalaryBandFactory

pytestmark = pytest.mark.django_db


def reading(view):
    """Run ``view`` inside a GET request, as the middleware does."""
    return per_version.ReadingRequestMiddleware(lambda request: view())(RequestFactory().get("/"))


def test_a_reading_request_reuses_what_was_read_at_its_version():
    reads = []

    def read():
        reads.append(1)
        return len(reads)

    assert [reading(lambda: per_version.held("answer", read)) for _ in range(3)] == [1, 1, 1]
    version.bump()
    assert reading(lambda: per_version.held("answer", read)) == 2


def test_outside_a_reading_request_every_call_reads():
    counter = iter(range(10))

    assert [per_version.held("answer", lambda: next(counter)) for _ in range(2)] == [0, 1]
    assert (
        per_version.ReadingRequestMiddleware(lambda request: per_version.held("answer", lambda: next(counter)))(
            RequestFactory().post("/")
        )
        == 2
    )


def test_a_reused_version_number_with_another_change_time_reads_again(monkeypatch):
    first = version.Version(number=5, changed_at=version.timezone.now())
    later = version.Version(
        number=5, changed_at=first.changed_at.replace(microsecond=(first.changed_at.microsecond + 1) % 10**6)
    )
    seen = iter([first, later])
    monkeypatch.setattr(version, "current", lambda: next(seen))
    values = iter("ab")

    assert [reading(lambda: per_version.held("answer", lambda: next(values))) for _ in range(2)] == ["a", "b"]


def test_new_disclaimers_show_on_the_very_next_guide(client, role_index):
    guide = RolePageFactory(parent=role_index, title="Prompt Engineer")
    SalaryBandFactory(page=guide)
    site_settings = RoleAtlasSettings.for_site(guide.get_site())
    site_settings.salary_disclaimer = "Figures from the first survey."
    site_settings.save()
    assert "Figures from the first survey." in client.get(guide.url).content.decode()

    site_settings.salary_disclaimer = "Figures from the second survey."
    site_settings.save()

    body = client.get(guide.url).content.decode()
    assert "Figures from the second survey." in body and "first survey" not in body


def test_new_review_defaults_apply_on_the_very_next_request(role_index):
    site = role_index.get_site()
    ReviewDefaults.objects.update_or_create(site=site, defaults={"default_review_every_days": 90})
    assert reading(ReviewSettings.load).default_review_every_days == 90

    defaults = ReviewDefaults.objects.get(site=site)
    defaults.default_review_every_days = 30
    defaults.save()

    assert reading(ReviewSettings.load).default_review_every_days == 30
