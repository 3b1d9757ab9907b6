"""Bad review input is refused on the field, in the page and snippet editors."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StreamValue
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import Course
from roles.models import RolePage
from tests.factories.courses import CourseFactory
from tests.factories.roles import RolePageFactory

FUTURE_MESSAGE = "The last review date cannot be in the future."


def page_form_data(page, user, **overrides):
    """POST data for the page editor: the page's simple fields, empty inlines and lists."""
    form = RolePage.get_edit_handler().get_form_class()(instance=page, for_user=user)
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name)
        if isinstance(value, StreamValue) or name in form.formsets:
            continue
        if "RichText" in type(field.widget).__name__ or "Draftail" in type(field.widget).__name__:
            data[name] = rich_text(value or "")
        elif value is not None:
            data[name] = value if not hasattr(value, "pk") else value.pk
    for name in form.formsets:
        data[name] = inline_formset([])
    for name, value in form.initial.items():
        if isinstance(value, StreamValue):
            data[name] = streamfield([])
    data.update(overrides)
    return nested_form_data(data)


def test_page_editor_rejects_a_future_review_date_on_the_field(client, superuser, role_index, today):
    page = RolePageFactory(parent=role_index, last_reviewed=today - timedelta(days=10))
    client.force_login(superuser)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form_data(page, superuser, last_reviewed=(today + timedelta(days=1)).isoformat()),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["last_reviewed"] == [FUTURE_MESSAGE]
    page.refresh_from_db()
    assert page.last_reviewed == today - timedelta(days=10)
    assert page.get_latest_revision() is None


def test_page_editor_accepts_todays_date(client, superuser, role_index, today):
    page = RolePageFactory(parent=role_index, last_reviewed=None)
    client.force_login(superuser)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form_data(page, superuser, last_reviewed=today.isoformat()),
    )

    assert response.status_code == 302, response.context["form"].errors
    assert RolePage.objects.get(pk=page.pk).get_latest_revision_as_object().last_reviewed == today


def snippet_form_data(course, **overrides):
    data = {
        "title": course.title,
        "provider": course.provider,
        "format": course.format,
        "url": course.url,
        "description": rich_text(course.description),
        "last_reviewed": "",
        "review_every_days": "",
        "review_owner": "",
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"last_reviewed": "2026-06-16"}, "last_reviewed", FUTURE_MESSAGE),
        ({"review_every_days": "0"}, "review_every_days", "Ensure this value is greater than or equal to 1."),
    ],
)
def test_snippet_editor_rejects_bad_review_input_on_the_field(client, superuser, today, overrides, field, message):
    course = CourseFactory(last_reviewed=None)
    client.force_login(superuser)

    response = client.post(
        reverse("wagtailsnippets_courses_course:edit", args=[course.pk]), snippet_form_data(course, **overrides)
    )

    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert Course.objects.get(pk=course.pk).last_reviewed is None


def test_model_validation_names_the_field(home_page, today):
    course = CourseFactory.build(last_reviewed=today + timedelta(days=3), review_every_days=0)

    with pytest.raises(ValidationError) as error:
        course.full_clean()

    assert error.value.message_dict["last_reviewed"] == [FUTURE_MESSAGE]
    assert error.value.message_dict["review_every_days"] == ["Ensure this value is greater than or equal to 1."]
