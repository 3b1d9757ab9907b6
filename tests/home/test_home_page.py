import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from tests.factories.home import HomePageFactory


def test_home_page_renders_title_intro_and_navigation(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Role Atlas</h1>" in html
    assert home_page.intro in html
    assert 'href="/roles/"' in html
    assert 'class="skip-link"' in html


class TestHomePageType(WagtailPageTestCase):
    def test_renders_and_previews(self):
        home = HomePageFactory.as_site_root()
        self.assertPageIsRenderable(home)
        self.assertPageIsPreviewable(home)

    def test_only_one_home_page(self):
        HomePageFactory.as_site_root()
        assert HomePage.can_create_at(HomePage.objects.get().get_parent()) is False


@pytest.mark.django_db
def test_static_stylesheet_is_served_by_whitenoise_path(client, home_page):
    html = client.get("/").content.decode()
    assert "/static/css/site.css" in html
