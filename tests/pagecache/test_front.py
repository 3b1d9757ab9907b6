"""The page cache answers hits in front of Django: one query, no view, no middleware, same headers."""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from core import content_version_read
from core.page_cache_front import PageCacheFront
from pagecache import version
from pagecache.entries import Entry
from pagecache.store import PageStore, page_store

pytestmark = pytest.mark.django_db


def test_the_deployment_serves_django_behind_the_front():
    from config.wsgi import application

    assert isinstance(application, PageCacheFront)


def test_a_hit_costs_the_version_query_only(guide, client, warm, django_assert_num_queries):
    warm(guide.url)

    with django_assert_num_queries(1):
        hit = client.get(guide.url)

    assert hit["X-Cache"] == "HIT"


@pytest.mark.skipif(not settings.USING_POSTGRES, reason="the direct read is PostgreSQL's")
def test_a_hits_one_query_is_the_version_read_straight_through_libpq(guide, client, warm):
    warm(guide.url)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(guide.url)["X-Cache"] == "HIT"

    assert [query["sql"] for query in queries] == [content_version_read.SQL]


def test_a_hit_is_the_stored_answer_with_its_own_request_id(guide, client):
    miss, hit, again = (client.get(guide.url) for _ in range(3))

    assert (miss["X-Cache"], hit["X-Cache"], again["X-Cache"]) == ("MISS", "HIT", "HIT")
    assert len({miss["X-Request-ID"], hit["X-Request-ID"], again["X-Request-ID"]}) == 3
    for name in ("Content-Security-Policy", "Content-Type", "Content-Length", "ETag", "Last-Modified"):
        assert hit[name] == miss[name], name
    assert hit.content == miss.content


def test_hits_come_from_the_workers_memory_then_from_the_shared_cache(guide, client, settings, warm):
    warm(guide.url)

    caches[settings.PAGE_CACHE_ALIAS].clear()
    assert client.get(guide.url)["X-Cache"] == "HIT"  # this worker's memory

    warm(guide.url + "?ordering=title")
    page_store.clear()
    assert client.get(guide.url + "?ordering=title")["X-Cache"] == "HIT"  # the shared cache, for any worker

    page_store.clear()
    caches[settings.PAGE_CACHE_ALIAS].clear()
    assert client.get(guide.url)["X-Cache"] == "MISS"


def test_a_database_the_front_cannot_read_gets_the_503_page_at_once(guide, client, monkeypatch):
    reads = []

    def unreachable(environ):
        reads.append(environ)
        raise OperationalError("connection refused")

    monkeypatch.setattr(PageCacheFront, "read_version", staticmethod(unreachable))
    monkeypatch.setattr(version, "current", lambda: pytest.fail("Django must not wait for the database again"))

    response = client.get(guide.url)

    assert (response.status_code, response["Retry-After"]) == (503, "30")
    assert "We’ll be right back" in response.content.decode()
    assert "Content-Security-Policy" in response and "X-Cache" not in response
    assert len(reads) == 1


def entry(size: int) -> Entry:
    return Entry(headers=(), body=b"x" * size, etag='"e"', last_modified=0)


def test_the_workers_memory_keeps_the_most_recent_pages_within_its_bytes(settings):
    settings.PAGE_CACHE_LOCAL_BYTES = 2500
    store = PageStore()
    for name in ("a", "b", "c"):
        store.set(name, entry(1000), version_number=7)
    caches[settings.PAGE_CACHE_ALIAS].clear()  # what is left comes from memory only

    assert [store.get(name, 7) is not None for name in ("a", "b", "c")] == [False, True, True]


def test_the_workers_memory_forgets_everything_when_the_version_moves_on(settings):
    store = PageStore()
    store.set("page", entry(10), version_number=7)
    caches[settings.PAGE_CACHE_ALIAS].clear()

    assert store.get("page", 8) is None
    assert store.get("page", 7) is None  # emptied, not kept beside the newer version


def test_a_page_larger_than_the_workers_memory_is_kept_in_the_shared_cache_only(settings):
    settings.PAGE_CACHE_LOCAL_BYTES = 100
    store = PageStore()
    store.set("big", entry(1000), version_number=7)

    assert store.get("big", 7).body == b"x" * 1000
    caches[settings.PAGE_CACHE_ALIAS].clear()
    assert store.get("big", 7) is None
