"""A reader sees every change on the very next request: no stale page is ever served from the cache."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from home.models import RoleAtlasSettings
from reviews.services import mark_reviewed
from tests.factories.courses import (
    CertificationFactory,
    CertificationIndexPageFactory,
    CourseFactory,
    CourseIndexPageFactory,
)
from tests.factories.roles import RoleCompanyFactory, RoleIndexPageFactory, RoleSourceFactory

pytestmark = pytest.mark.django_db


def test_a_second_read_is_a_hit_costing_one_query(guide, read, django_assert_max_num_queries):
    assert read(guide.url)[0] == "MISS"

    with django_assert_max_num_queries(1):
        cached, status, body = read(guide.url)

    assert (cached, status) == ("HIT", 200)
    assert "Writes prompts that hold up." in body


def test_publishing_a_page_shows_the_new_version_next(guide, warm, read):
    warm(guide.url)
    warm("/roles/")

    guide.title = "Prompt Architect"
    guide.save_revision().publish()

    assert "Prompt Architect" in read(guide.url)[2]
    assert "Prompt Architect" in read("/roles/")[2]


def test_unpublishing_a_page_removes_it_next(guide, warm, read):
    warm(guide.url)
    assert "Prompt Engineer" in warm("/roles/")

    guide.unpublish()

    assert read(guide.url)[1] == 404
    assert "Prompt Engineer" not in read("/roles/")[2]


def test_moving_a_page_sends_its_old_address_to_the_new_one_next(guide, home_page, client, warm, read):
    archive = RoleIndexPageFactory(parent=home_page, title="Archive", slug="archive")
    old_url = guide.url
    warm(old_url)

    guide.move(archive, pos="last-child")

    moved = client.get(old_url)
    assert moved.status_code == 301 and moved["Location"] == "/archive/prompt-engineer/"
    assert read("/archive/prompt-engineer/")[1] == 200


def test_deleting_a_page_removes_it_next(guide, warm, read):
    url = guide.url
    warm(url)
    warm("/roles/")

    guide.delete()

    assert read(url)[1] == 404
    assert "Prompt Engineer" not in read("/roles/")[2]


def test_making_a_page_private_hides_it_next(guide, warm, read):
    warm(guide.url)
    warm("/roles/")

    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    assert "Writes prompts that hold up." not in read(guide.url)[2]
    assert "Prompt Engineer" not in read("/roles/")[2]


@pytest.mark.parametrize(
    "index_factory, item_factory, url, field",
    [
        (CourseIndexPageFactory, CourseFactory, "/courses/", "title"),
        (CertificationIndexPageFactory, CertificationFactory, "/certifications/", "name"),
    ],
)
def test_publishing_and_deleting_a_course_or_certification_show_next(
    home_page, warm, read, index_factory, item_factory, url, field
):
    index_factory(parent=home_page)
    item = item_factory(live=False, **{field: "Evaluating Language Models"})
    assert "Evaluating Language Models" not in warm(url)

    item.save_revision().publish()
    assert "Evaluating Language Models" in read(url)[2]
    assert read(url)[0] == "HIT"

    item.delete()
    assert "Evaluating Language Models" not in read(url)[2]


def test_renaming_or_deleting_a_company_shows_next(guide, warm, read):
    company = RoleCompanyFactory(page=guide, company__name="Acme Robotics").company
    assert "Acme Robotics" in warm(guide.url)

    company.name = "Acme Autonomy"
    company.save()
    assert "Acme Autonomy" in read(guide.url)[2]
    assert read(guide.url)[0] == "HIT"

    company.delete()
    assert "Acme Autonomy" not in read(guide.url)[2]


def test_editing_or_deleting_a_source_shows_next(guide, warm, read):
    source = RoleSourceFactory(page=guide, source__title="Occupational Outlook 2025").source
    assert "Occupational Outlook 2025" in warm(guide.url)

    source.title = "Occupational Outlook 2026"
    source.save()
    assert "Occupational Outlook 2026" in read(guide.url)[2]
    assert read(guide.url)[0] == "HIT"

    source.delete()
    assert "Occupational Outlook 2026" not in read(guide.url)[2]


def test_renaming_a_family_shows_next(guide, warm, read):
    assert "Applied AI" in warm(guide.url)

    guide.family.name = "Applied Intelligence"
    guide.family.save()

    assert "Applied Intelligence" in read(guide.url)[2]


def test_saving_the_site_settings_shows_next(guide, warm, read):
    RoleCompanyFactory(page=guide)
    site_settings = RoleAtlasSettings.for_site(guide.get_site())
    assert site_settings.affiliation_disclaimer in warm(guide.url)

    site_settings.affiliation_disclaimer = "We are independent of every employer named here."
    site_settings.save()

    assert "We are independent of every employer named here." in read(guide.url)[2]


def test_marking_a_guide_reviewed_shows_the_new_date_next(guide, warm, read, admin_user, time_machine):
    time_machine.move_to(datetime.datetime(2026, 11, 20, 12, tzinfo=datetime.UTC))
    warm("/roles/")

    mark_reviewed(guide, admin_user)

    assert 'Reviewed <time datetime="2026-11-20">2026-11-20</time>' in read("/roles/")[2]  # the house style


def test_renaming_the_site_shows_next(guide, warm, read):
    site = guide.get_site()
    warm(guide.url)

    site.site_name = "Career Compass"
    site.save()  # in code, as a management command would: no audit-log entry

    assert "Career Compass" in read(guide.url)[2]
