import pytest
from django.core.cache import caches

from pagecache.store import page_store
from tests.factories.roles import RolePageFactory
from tests.pagecache.front_client import FrontClient


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The page cache on, in an empty cache (test settings turn it off for the rest of the suite)."""
    settings.PAGE_CACHE_SECONDS = 86400

    def empty():
        caches[settings.PAGE_CACHE_ALIAS].clear()
        page_store.clear()  # rolled-back test transactions reuse version numbers

    empty()
    yield
    empty()


@pytest.fixture
def client():
    """An anonymous reader, through the page cache's WSGI front as in production."""
    return FrontClient()


@pytest.fixture
def admin_client(admin_user):
    """An editor with a session, through the same front."""
    client = FrontClient()
    client.force_login(admin_user)
    return client


@pytest.fixture
def guide(role_index):
    return RolePageFactory(parent=role_index, title="Prompt Engineer", summary="Writes prompts that hold up.")


@pytest.fixture
def read(client):
    """An anonymous reader's GET: returns (X-Cache, status, body text)."""

    def get(url, **kwargs):
        response = client.get(url, **kwargs)
        return response.get("X-Cache"), response.status_code, response.content.decode()

    return get


@pytest.fixture
def warm(read):
    """Read ``url`` twice, proving it is now served from the cache; returns the cached body."""

    def warm_up(url):
        first, second = read(url), read(url)
        assert (first[0], second[0]) == ("MISS", "HIT"), url
        assert second[2] == first[2]
        return second[2]

    return warm_up
