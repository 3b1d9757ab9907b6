"""A guide's search entry follows the snippets it names: publish, unpublish, rename or delete one and a
search finds (or stops finding) the guide at once, without `update_index`."""

import pytest
from wagtail.search import index

from roles.models import RolePage
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.factories.roles import (
    CompanyFactory,
    RoleCertificationFactory,
    RoleCompanyFactory,
    RoleCourseFactory,
    RoleFamilyFactory,
    RolePageFactory,
    RoleSourceFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    return [guide.title for guide in RolePage.objects.live().search(query)]


@pytest.fixture
def guide(role_index):
    guide = RolePageFactory(parent=role_index, title="Evaluation Engineer", family=RoleFamilyFactory(name="Quality"))
    RoleCourseFactory(page=guide, course=CourseFactory(title="Zephyr Bootcamp"))
    RoleCertificationFactory(page=guide, certification=CertificationFactory(name="Quokka Certified"))
    RoleCompanyFactory(page=guide, company=CompanyFactory(name="Acme Robotics"))
    RoleSourceFactory(page=guide, source=SourceFactory(title="Wombat Salary Survey"))
    index.insert_or_update_object(guide)
    return guide


def test_unpublishing_a_course_or_certification_drops_it_from_the_guides_entry(
    guide, django_capture_on_commit_callbacks
):
    assert found("zephyr") == found("quokka") == ["Evaluation Engineer"]
    with django_capture_on_commit_callbacks(execute=True):
        guide.role_courses.get().course.unpublish()
        guide.role_certifications.get().certification.unpublish()
    assert found("zephyr") == found("quokka") == []


def test_publishing_a_renamed_course_updates_the_guides_entry(guide, django_capture_on_commit_callbacks):
    course = guide.role_courses.get().course
    course.title = "Yak Masterclass"
    with django_capture_on_commit_callbacks(execute=True):
        course.save_revision().publish()
    assert found("yak") == ["Evaluation Engineer"]
    assert found("zephyr") == []


def test_renaming_a_company_family_or_source_updates_the_guides_entry(guide, django_capture_on_commit_callbacks):
    company, source, family = guide.role_companies.get().company, guide.role_sources.get().source, guide.family
    with django_capture_on_commit_callbacks(execute=True):
        company.name = "Zenith Labs"
        company.save()
        source.title = "Narwhal Pay Report"
        source.save()
        family.name = "Verification"
        family.save()
    assert found("zenith") == found("narwhal") == found("verification") == ["Evaluation Engineer"]
    assert found("acme") == found("wombat") == []


def test_deleting_a_snippet_drops_it_from_the_guides_entry(guide, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guide.role_companies.get().company.delete()
        guide.role_courses.get().course.delete()
    assert found("acme") == found("zephyr") == []
    assert found("quokka") == ["Evaluation Engineer"]
