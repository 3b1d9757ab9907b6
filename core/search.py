"""The search registry: one ``SearchSource`` per searchable content type.

Each app describes its own public content and registers it from its
``AppConfig.ready()`` (``register``); the API's mixed search (``home/api.py``)
searches ``sources()``, so a new content type is one registration in its own app.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator

SUMMARY_LENGTH = 300


@dataclass(frozen=True)
class SearchSource:
    type: str
    public: Callable[[], QuerySet]
    """The live, public objects of this type (pages: live().public(); snippets: live=True)."""
    title: Callable[[object], str]
    summary: Callable[[object], str]
    url: Callable[[object, HttpRequest], str | None]


def plain_summary(html: str) -> str:
    """Rich text as one plain-text line of at most SUMMARY_LENGTH characters."""
    return Truncator(" ".join(strip_tags(html).split())).chars(SUMMARY_LENGTH)


_sources: dict[str, tuple[int, SearchSource]] = {}


def register(source: SearchSource, *, order: int) -> None:
    """Make ``source`` searchable; ``order`` fixes its place among the types (and breaks score ties)."""
    _sources[source.type] = (order, source)


def sources() -> list[SearchSource]:
    return [source for _, source in sorted(_sources.values(), key=lambda item: item[0])]
