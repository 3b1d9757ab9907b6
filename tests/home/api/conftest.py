"""The JSON API fixtures (tests/api_fixtures.py) for these endpoint tests."""

from tests.api_fixtures import *  # noqa: F403
