"""The cache never serves drafts, private pages or an editor's page; it keeps security headers and answers 304s."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.roles import RolePageFactory

pytestmark = pytest.mark.django_db


def test_a_draft_is_never_served_to_readers(guide, warm, read):
    warm(guide.url)

    guide.title = "Secret Draft Title"
    guide.save_revision()  # saved, not published

    cached, _, body = read(guide.url)
    assert cached == "HIT"
    assert "Secret Draft Title" not in body
    assert "Secret Draft Title" not in read("/roles/")[2]


def test_an_unpublished_page_is_not_stored(role_index, read):
    draft = RolePageFactory(parent=role_index, title="Unreleased Role", live=False)

    assert [read(draft.url or "/roles/unreleased-role/")[:2] for _ in range(2)] == [("MISS", 404)] * 2


def test_a_password_protected_page_is_never_stored(guide, read):
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    first, second = read(guide.url), read(guide.url)

    assert (first[0], second[0]) == ("MISS", "MISS")
    assert "Writes prompts that hold up." not in first[2] + second[2]


def test_a_login_restricted_page_is_never_stored_or_shown(guide, read):
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)

    responses = [read(guide.url) for _ in range(2)]

    assert [(cached, status) for cached, status, _ in responses] == [("MISS", 302)] * 2


def test_an_editors_visit_is_neither_stored_nor_served_from_the_cache(guide, client, admin_client, read):
    editor_page = admin_client.get(guide.url)
    assert editor_page.status_code == 200
    assert "X-Cache" not in editor_page
    assert read(guide.url)[0] == "MISS"  # the editor's page was not stored
    assert read(guide.url)[0] == "HIT"

    guide.title = "Draft For Editors"
    guide.save_revision()
    editor_again = admin_client.get(guide.url)

    assert "X-Cache" not in editor_again  # the anonymous entry is not served to a session
    assert "sessionid" not in client.cookies
    assert admin_client.cookies["sessionid"].value not in read(guide.url)[2]


def test_requests_with_authorization_bypass_the_cache(guide, client, warm):
    warm(guide.url)

    assert "X-Cache" not in client.get(guide.url, headers={"Authorization": "Bearer abc"})


@pytest.mark.parametrize("path", ["/api/v1/roles", "/healthz", "/admin/login/"])
def test_the_api_health_check_and_admin_are_not_page_cached(role_index, client, path):
    assert "X-Cache" not in client.get(path)


def test_a_conditional_get_on_a_hit_gets_304_without_the_body(guide, client, read):
    first = client.get(guide.url)
    assert first["ETag"] and first["Last-Modified"].endswith("GMT")
    assert first["Cache-Control"] == "public, max-age=0, must-revalidate"

    by_etag = client.get(guide.url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(guide.url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert (by_etag.status_code, by_etag.content) == (304, b"")
    assert by_date.status_code == 304

    guide.title = "Prompt Architect"
    guide.save_revision().publish()
    changed = client.get(guide.url, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and "Prompt Architect" in changed.content.decode()


def test_head_is_served_from_the_get_entry(guide, client, warm):
    warm(guide.url)

    assert client.head(guide.url)["X-Cache"] == "HIT"


def test_query_strings_in_another_order_share_an_entry(guide, read):
    assert read("/roles/?entry_level=1&ordering=title")[0] == "MISS"
    assert read("/roles/?ordering=title&entry_level=1")[0] == "HIT"
    assert read("/roles/?ordering=title")[0] == "MISS"


def test_hits_keep_the_security_headers(guide, client, settings, warm):
    settings.SECURE_CONTENT_TYPE_NOSNIFF = True
    settings.SECURE_REFERRER_POLICY = "same-origin"
    warm(guide.url)

    hit = client.get(guide.url)

    assert hit["X-Cache"] == "HIT"
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["Referrer-Policy"] == "same-origin"
    assert hit["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in hit["Content-Security-Policy"]


def test_zero_seconds_turns_the_cache_off(guide, client, settings):
    settings.PAGE_CACHE_SECONDS = 0

    assert "X-Cache" not in client.get(guide.url)
    assert "X-Cache" not in client.get(guide.url)
