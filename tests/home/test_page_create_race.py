"""Creating a page never answers 500 when its slug is taken between validation and save
(Wagtail 8.0's create-form autosave racing the editor's Publish or a preview refresh)."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from tests.factories.roles import RolePageFactory

SLUG = "race-condition-engineer"
STREAMS = ("responsibilities", "required_skills", "differentiators", "average_week")


@pytest.fixture
def slug_taken_after_validation(monkeypatch, role_index):
    """The form's own slug check sees the slug free; by the time the page is cleaned and saved a
    sibling has it, as when an autosave of the same form commits in between."""
    RolePageFactory(parent=role_index, title="Saved a moment ago", slug=SLUG)
    real = Page._slug_is_available
    calls = []

    def available(slug, parent_page, page=None):
        if slug == SLUG and not calls:  # the form's check runs first
            calls.append(slug)
            return True
        return real(slug, parent_page, page)

    monkeypatch.setattr(Page, "_slug_is_available", staticmethod(available))


def add_form_data(client, add_url, **fields):
    html = client.get(add_url).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    for key, value in nested_form_data({name: streamfield([]) for name in STREAMS}).items():
        data[key] = value
    for key, value in {"title": "Race Condition Engineer", "slug": SLUG, "summary": "Finds races.", **fields}.items():
        data[key] = value
    return data


@pytest.mark.django_db
def test_the_create_form_does_not_autosave(admin_client, role_index):
    html = admin_client.get(f"/admin/pages/add/roles/rolepage/{role_index.pk}/").content.decode()
    assert 'id="page-edit-form"' in html
    assert "data-w-autosave-interval-value" not in html


@pytest.mark.django_db
def test_publishing_with_a_slug_taken_meanwhile_is_a_form_error_not_a_500(
    admin_client, role_index, slug_taken_after_validation
):
    add_url = f"/admin/pages/add/roles/rolepage/{role_index.pk}/"
    data = add_form_data(admin_client, add_url)
    data["action-publish"] = "action-publish"
    response = admin_client.post(add_url, data)
    assert response.status_code == 200
    assert "is already in use" in response.content.decode()
    assert list(role_index.get_children().values_list("title", flat=True)) == ["Saved a moment ago"]


@pytest.mark.django_db
def test_the_preview_reports_invalid_instead_of_failing(admin_client, role_index, slug_taken_after_validation):
    add_url = f"/admin/pages/add/roles/rolepage/{role_index.pk}/"
    data = add_form_data(admin_client, add_url)
    response = admin_client.post(add_url + "preview/", data)
    assert response.status_code == 200
    assert response.json()["is_valid"] is False
