"""The routers mounted on the API: each app registers its own from ``AppConfig.ready()``.

Routers are registered by dotted path and imported only when ``config/api.py``
builds the API (after every app is ready), so an app's ready() imports nothing
of the API. ``order`` fixes where each router's operations appear in the API and
its OpenAPI document, whatever the order of INSTALLED_APPS.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class RouterEntry:
    prefix: str
    router: str
    tags: tuple[str, ...]
    order: int


_routers: dict[str, RouterEntry] = {}


def register_router(prefix: str, router: str, *, tags: list[str], order: int) -> None:
    """Mount the router at dotted path ``router`` under ``prefix`` (registering a prefix twice keeps the last)."""
    _routers[prefix] = RouterEntry(prefix, router, tuple(tags), order)


def registered_routers() -> list[RouterEntry]:
    return sorted(_routers.values(), key=lambda entry: entry.order)
