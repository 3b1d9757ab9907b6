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


@pytest.mark.django_db
def test_load_demo_links_the_header_to_its_sections_and_keeps_an_editors_navigation(client):
    from bs4 import BeautifulSoup
    from django.core.cache import cache

    from home.models import RoleAtlasSettings
    from roles.models import RoleIndexPage

    def header():
        cache.clear()
        soup = BeautifulSoup(client.get("/").content, "html.parser")
        return [(a.get_text(), a["href"]) for a in soup.select(".site-nav a")]

    call_command("load_demo", stdout=open("/dev/null", "w"))
    sections = [
        ("Roles", "/roles/"),
        ("Paths", "/paths/"),
        ("Courses", "/courses/"),
        ("Certifications", "/certifications/"),
    ]
    assert header() == sections
    settings = RoleAtlasSettings.for_site(Site.objects.get(is_default_site=True))
    settings.main_navigation = [("link", {"page": RoleIndexPage.objects.get(), "label": "Guides"})]
    settings.save()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert header() == [("Guides", "/roles/")]
