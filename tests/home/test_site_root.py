"""Absolute URLs come from the site's configured root (`set_site_root`, run by `make run`); in-site links are relative."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from wagtail.models import Site

from tests.factories.roles import RolePageFactory

ROOT = "http://127.0.0.1:8105"


@pytest.fixture
def guide(role_index):
    return RolePageFactory(parent=role_index, title="Data Engineer", slug="data-engineer")


def set_root(url):
    out = io.StringIO()
    call_command("set_site_root", url, stdout=out)
    return out.getvalue()


def test_set_site_root_stores_host_and_port_once(home_page):
    assert "now http://127.0.0.1:8105" in set_root(ROOT)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8105, ROOT)
    assert "already http://127.0.0.1:8105" in set_root(ROOT + "/")


@pytest.mark.parametrize(
    "url, message",
    [
        ("127.0.0.1:8000", "must start with http:// or https://"),
        ("http://127.0.0.1:8000/roles/", "no path"),
        ("http://127.0.0.1:99999", "port is not a number"),
        ("http://", "has no host name"),
    ],
)
def test_a_bad_site_root_is_refused_with_the_reason(home_page, url, message):
    with pytest.raises(CommandError, match=message):
        set_root(url)
    assert Site.objects.get(is_default_site=True).port == 80


def test_absolute_urls_name_the_configured_port_and_breadcrumbs_are_relative(client, guide):
    set_root(ROOT)
    soup = BeautifulSoup(client.get("/roles/data-engineer/", HTTP_HOST="127.0.0.1:8105").content, "html5lib")
    assert soup.find("link", rel="canonical")["href"] == f"{ROOT}/roles/data-engineer/"
    assert soup.find("meta", property="og:url")["content"] == f"{ROOT}/roles/data-engineer/"
    assert [a["href"] for a in soup.select("nav.breadcrumbs a")] == ["/", "/roles/", "/roles/data-engineer/"]

    index = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8105").content.decode()
    assert f"<loc>{ROOT}/sitemap-pages.xml</loc>" in index
    sitemap = client.get("/sitemap-pages.xml", HTTP_HOST="127.0.0.1:8105").content.decode()
    assert f"<loc>{ROOT}/roles/data-engineer/</loc>" in sitemap
    assert "http://localhost" not in sitemap

    detail = client.get("/api/v1/roles/data-engineer", HTTP_HOST="127.0.0.1:8105").json()
    assert detail["url"] == f"{ROOT}/roles/data-engineer/"


def test_breadcrumbs_work_whatever_host_name_the_reader_used(client, guide):
    """A reader on localhost:8105 (not the configured host) still gets working in-site breadcrumb links."""
    set_root(ROOT)
    soup = BeautifulSoup(client.get("/roles/data-engineer/", HTTP_HOST="localhost:8105").content, "html5lib")
    assert [a["href"] for a in soup.select("nav.breadcrumbs a")] == ["/", "/roles/", "/roles/data-engineer/"]
