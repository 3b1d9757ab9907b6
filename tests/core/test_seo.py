import json
import re

import pytest

from core.seo import json_ld_script
from tests.site_fixtures import catalogue  # noqa: F401 (fixtures)

HOSTILE = "</script><script>alert(1)</script>"


def head(html: str) -> str:
    return html.split("</head>")[0]


def json_ld(html: str) -> list[dict]:
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def meta(html: str, attribute: str, name: str) -> str:
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    assert match, f"missing <meta {attribute}={name}>"
    return match.group(1)


PUBLIC_URLS = [
    "/",
    "/roles/",
    "/roles/?family=applied-ai",
    "/roles/compare/?roles=ai-engineer,soc-analyst",
    "/search/?q=engineer",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_every_page_has_the_seo_head(client, catalogue, url):
    html = head(client.get(url).content.decode())
    assert re.search(r"<title>[^<]+</title>", html)
    assert meta(html, "name", "description")
    assert re.search(r'<link rel="canonical" href="http://[^"]+">', html)
    for prop in ("og:title", "og:description", "og:url", "og:type", "og:site_name"):
        assert meta(html, "property", prop)
    assert meta(html, "name", "twitter:card") == "summary"
    assert meta(html, "name", "twitter:title") == meta(html, "property", "og:title")
    breadcrumbs = [data for data in json_ld(html) if data["@type"] == "BreadcrumbList"]
    assert len(breadcrumbs) == 1
    assert breadcrumbs[0]["itemListElement"][0] == {
        "@type": "ListItem",
        "position": 1,
        "name": "Home",
        "item": "http://localhost/",
    }


@pytest.mark.django_db
def test_titles_and_descriptions_are_unique(client, catalogue):
    pages = [
        head(client.get(url).content.decode())
        for url in ["/", "/roles/", "/roles/compare/?roles=ai-engineer,soc-analyst", "/search/?q=engineer"]
    ]
    titles = [re.search(r"<title>([^<]+)</title>", html).group(1) for html in pages]
    assert len(set(titles)) == len(titles)
    assert titles[0] == "Role Atlas"
    assert titles[1] == "Roles · Role Atlas"


@pytest.mark.django_db
def test_index_breadcrumbs_and_canonical(client, catalogue):
    html = client.get("/roles/?family=applied-ai").content.decode()
    assert '<link rel="canonical" href="http://localhost/roles/">' in html
    crumbs = next(data for data in json_ld(html) if data["@type"] == "BreadcrumbList")["itemListElement"]
    assert [crumb["name"] for crumb in crumbs] == ["Home", "Roles"]
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">' in html


@pytest.mark.django_db
def test_promote_tab_fields_win(client, role_index):
    role_index.seo_title = "Every role guide, filtered your way"
    role_index.search_description = "Browse career guides by pay, AI impact and growth."
    role_index.save_revision().publish()
    html = head(client.get("/roles/").content.decode())
    assert "<title>Every role guide, filtered your way · Role Atlas</title>" in html
    assert meta(html, "name", "description") == "Browse career guides by pay, AI impact and growth."


def test_json_ld_cannot_be_closed_by_editor_text():
    html = json_ld_script({"name": HOSTILE, "note": "<!-- & -->"})
    assert html.count("</script>") == 1 and html.count("<script") == 1
    assert "<!--" not in html
    payload = re.search(r">(.*)</script>", html, re.S).group(1)
    assert json.loads(payload) == {"name": HOSTILE, "note": "<!-- & -->"}


@pytest.mark.django_db
def test_hostile_page_title_stays_inside_its_script(client, role_index):
    role_index.title = HOSTILE
    role_index.save_revision().publish()
    html = client.get("/roles/").content.decode()
    assert "<script>alert(1)</script>" not in html
    crumbs = next(data for data in json_ld(html) if data["@type"] == "BreadcrumbList")["itemListElement"]
    assert crumbs[1]["name"] == HOSTILE


@pytest.mark.django_db
def test_robots_txt_points_at_the_sitemap(client, home_page):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


@pytest.mark.django_db
def test_sitemap_lists_live_public_pages_with_lastmod_only(client, catalogue):
    for role in (catalogue["ai"], catalogue["software"]):
        role.save_revision().publish()  # sets last_published_at, Wagtail's lastmod
    index = client.get("/sitemap.xml").content.decode()
    (section,) = re.findall(r"<loc>http://testserver(/sitemap-pages\.xml)</loc>", index)
    xml = client.get(section).content.decode()
    assert "<loc>http://localhost/roles/ai-engineer/</loc>" in xml
    entry = xml.split("<loc>http://localhost/roles/ai-engineer/</loc>")[1].split("</url>")[0]
    assert re.search(r"<lastmod>\d{4}-\d{2}-\d{2}</lastmod>", entry)
    assert "<loc>http://localhost/roles/</loc>" in xml
    assert "draft-prompt-wrangler" not in xml
    assert "private-quantum-engineer" not in xml


@pytest.mark.django_db
def test_the_publishers_site_name_names_every_page(client, role_index):
    site = role_index.get_site()
    site.site_name = "Career Compass"
    site.save()

    html = client.get("/roles/").content.decode()

    assert "<title>Roles · Career Compass</title>" in html
    assert meta(head(html), "property", "og:site_name") == "Career Compass"
    assert '<span class="print-header__site">Career Compass</span>' in html
    assert "<strong>Career Compass</strong> · Career guides" in html
    assert "Role Atlas" not in html
    assert "<title>Page not found · Career Compass</title>" in client.get("/no-such-page/").content.decode()
