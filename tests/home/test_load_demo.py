import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in {"home", "roles", "courses", "paths", "reviews", "wagtailcore", "taggit"}
    }


@pytest.mark.django_db
def test_load_demo_is_idempotent(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    first = row_counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert row_counts() == first
    assert HomePage.objects.count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    assert client.get("/").status_code == 200
