"""With Redis gone the site and API keep answering (uncached, unthrottled); the cache is used again when it returns."""

import logging
import shutil

import pytest
from wagtail.models import APIToken

from config.settings.base import redis_cache
from pagecache.store import page_store
from tests.core.faults.redis_server import ThrowawayRedis
from tests.factories.paths import PackagedPathPageFactory, PathIndexPageFactory
from tests.factories.reviews import UserFactory
from tests.factories.roles import RolePageFactory
from tests.pagecache.front_client import FrontClient

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs the redis-server binary"),
]


@pytest.fixture
def redis_server():
    server = ThrowawayRedis()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def cache_on_redis(redis_server, settings):
    """The project's Redis cache settings, pointed at the throwaway server, with the page cache on."""
    settings.CACHES = {"default": redis_cache(redis_server.url, timeout=0.5)}
    settings.PAGE_CACHE_SECONDS = 86400
    settings.PAGE_CACHE_LOCAL_BYTES = 0  # every page read goes to Redis
    page_store.clear()
    for log_filter in logging.getLogger("roleatlas.cache").filters:
        log_filter._last_error_at = None  # a fresh outage for this test
    return redis_server


@pytest.fixture
def client():
    """A reader through the page cache's WSGI front, as in production."""
    return FrontClient()


@pytest.fixture
def urls(role_index):
    role = RolePageFactory(parent=role_index, title="Prompt Engineer", slug="prompt-engineer")
    path = PackagedPathPageFactory(parent=PathIndexPageFactory(parent=role_index.get_parent()), roles=[role])
    _, token = APIToken.create_token(user=UserFactory(is_superuser=True), name="Robot")
    pages = ["/", "/roles/", role.url, "/search/?q=prompt", "/sitemap.xml"]
    api = [
        "/api/v1/roles",
        f"/api/v1/roles/{role.slug}",
        "/api/v1/courses",
        "/api/v1/certifications",
        "/api/v1/paths",
        f"/api/v1/paths/{path.slug}",
        "/api/v1/search?q=prompt",
        "/api/v1/reviews/due",
        "/api/v1/tokens/me",
    ]
    return pages + api, {"Authorization": f"Bearer {token}"}


def statuses(client, urls, headers):
    return {url: client.get(url, headers=headers if url.startswith("/api/") else {}).status_code for url in urls}


def test_every_page_and_endpoint_answers_through_a_redis_outage(cache_on_redis, urls, client, settings, caplog):
    urls, headers = urls
    settings.API_ANON_RATE = "2/min"  # low, to prove throttling fails open rather than closed
    assert client.get("/healthz").json()["cache"] == "ok"
    assert set(statuses(client, urls, headers).values()) == {200}
    assert cache_on_redis.client().dbsize() > 0, "the cache was in use before the outage"

    cache_on_redis.stop()
    with caplog.at_level(logging.WARNING):
        during = statuses(client, urls, headers) | statuses(client, urls, headers)
        anonymous = [client.get("/api/v1/roles").status_code for _ in range(5)]
        health = client.get("/healthz")

    assert during == {url: 200 for url in urls}
    assert anonymous == [200] * 5
    assert health.status_code == 503
    assert health.json() == {"status": "error", "database": "ok", "cache": "unreachable", "static": "ok"}
    warnings = [record for record in caplog.records if record.name == "roleatlas.cache"]
    assert len(warnings) == 1, "one warning per outage, not one per request"
    assert warnings[0].levelno == logging.WARNING
    assert "Cache unreachable" in warnings[0].getMessage()

    cache_on_redis.start()
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok", "static": "ok"}
    assert set(statuses(client, urls, headers).values()) == {200}
    assert cache_on_redis.client().dbsize() > 0, "the cache is used again once Redis is back"
    assert [client.get("/api/v1/roles").status_code for _ in range(3)][-1] == 429, "throttling works again"
