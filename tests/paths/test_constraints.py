"""Rules the database enforces even when code bypasses forms and model validation."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from paths.models import CurriculumStep, PathRole
from tests.factories.courses import CourseFactory
from tests.factories.paths import CurriculumStepFactory, PackagedPathPageFactory


@pytest.fixture
def path(path_index, make_role):
    return PackagedPathPageFactory(parent=path_index, roles=[make_role("A", 1), make_role("B", 2)])


def test_weeks_below_one_are_rejected_by_the_database(path):
    with pytest.raises(IntegrityError, match="curriculumstep_weeks_gte_1"):
        CurriculumStep.objects.create(page=path, title="Zero weeks", weeks=0)


def test_a_step_without_course_or_title_is_rejected_by_the_database(path):
    with pytest.raises(IntegrityError, match="curriculumstep_course_or_title"):
        CurriculumStep.objects.create(page=path, title="", weeks=2)


def test_a_role_twice_in_one_path_is_rejected_by_the_database(path):
    with pytest.raises(IntegrityError, match="pathrole_unique_role_per_path"):
        PathRole.objects.create(page=path, role=path.path_roles.first().role)


def test_step_validation_names_the_field():
    with pytest.raises(ValidationError) as error:
        CurriculumStepFactory.build(title=" ", weeks=0).full_clean(exclude=["page"])
    assert error.value.message_dict == {
        "title": ["Choose a course for this step, or give the step a title."],
        "weeks": ["Estimated weeks must be 1 or more. Leave it empty when there is no estimate yet."],
    }


def test_a_step_with_a_course_needs_no_title(db):
    CurriculumStepFactory.build(course=CourseFactory(), title="").full_clean(exclude=["page"])
