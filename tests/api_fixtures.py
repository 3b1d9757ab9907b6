"""Fixtures for the JSON API tests of every app (each tests/<app>/api/conftest.py imports them): a fresh cache, role and path builders, a JSON GET helper."""

import pytest
from django.core.cache import cache

from tests.factories.paths import PackagedPathPageFactory, PathIndexPageFactory
from tests.factories.roles import RolePageFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    """Throttle counters and Wagtail's site-root cache live in the cache; start every test empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_role(role_index):
    """A published role guide under /roles/."""

    def make(**fields):
        return RolePageFactory(parent=role_index, **fields)

    return make


@pytest.fixture
def get_json(client):
    """GET an API path and return (response, parsed JSON)."""

    def get(path, **params):
        response = client.get(path, params)
        return response, response.json()

    return get


@pytest.fixture
def path_index(home_page):
    return PathIndexPageFactory(parent=home_page)


@pytest.fixture
def make_path(path_index):
    """A published packaged path under /paths/: ``roles`` in order, ``steps`` (built CurriculumSteps), ``courses``."""

    def make(**fields):
        return PackagedPathPageFactory(parent=path_index, **fields)

    return make
