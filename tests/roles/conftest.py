import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from roles.models import RolePage


@pytest.fixture
def render(client):
    """GET a page as an anonymous reader and return (response, parsed HTML)."""

    def _render(page_or_url):
        url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
        response = client.get(url)
        return response, BeautifulSoup(response.content, "html.parser")

    return _render


@pytest.fixture
def demo(db, tmp_path):
    """The reference demo as `load_demo --reference-only` builds it; returns the AI Engineer page.
    (The sample catalogue around it is covered in tests/roles/test_demo_catalogue.py.)"""
    with open(tmp_path / "load_demo.log", "w") as log:
        call_command("load_demo", "--reference-only", stdout=log)
    return RolePage.objects.get(slug="ai-engineer")
