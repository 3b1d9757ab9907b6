import pytest
from django.core.cache import caches

from tests.factories.roles import RolePageFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The page cache on, in an empty cache (test settings turn it off for the rest of the suite)."""
    settings.PAGE_CACHE_SECONDS = 86400
    caches[settings.PAGE_CACHE_ALIAS].clear()
    yield
    caches[settings.PAGE_CACHE_ALIAS].clear()


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
