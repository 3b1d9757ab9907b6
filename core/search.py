"""The search registry: one ``SearchSource`` per searchable content type, for the site and the API alike.

Each app describes its own public content and registers it from its
``AppConfig.ready()`` (``register``); the site's grouped search (``home/search.py``)
and the API's mixed search (``home/api.py``) both search ``sources()``, with one
operator (``OPERATOR``: every word must match) and one summary length.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.search.backends import get_search_backend

SUMMARY_LENGTH = 300
OPERATOR = "and"


@dataclass(frozen=True)
class SearchSource:
    type: str
    """The API's name for the type, e.g. 'role'."""
    key: str
    """The site's ``?type=`` value, e.g. 'roles'."""
    heading: str
    """The site's heading for this group of results."""
    public: Callable[[], QuerySet]
    """The live, public objects of this type (pages: ``readable()``; snippets: live=True)."""
    title: Callable[[object], str]
    summary: Callable[[object], str]
    """Plain text of at most SUMMARY_LENGTH characters."""
    url: Callable[[object, HttpRequest], str | None]
    """The API's absolute URL; the site links to the object's own ``url``."""
    meta: Callable[[object], str] = lambda obj: ""
    """The site's line under the title (family, format and provider, issuer)."""


def search_source(source: SearchSource, query: str):
    """The public objects of ``source`` matching ``query``, best first."""
    return get_search_backend().search(query, source.public(), operator=OPERATOR)


def plain_summary(html: str) -> str:
    """Rich text as one plain-text line of at most SUMMARY_LENGTH characters."""
    return Truncator(" ".join(strip_tags(html).split())).chars(SUMMARY_LENGTH)


_sources: dict[str, tuple[int, SearchSource]] = {}


def register(source: SearchSource, *, order: int) -> None:
    """Make ``source`` searchable; ``order`` fixes its place among the types (and breaks score ties)."""
    _sources[source.type] = (order, source)


def sources() -> list[SearchSource]:
    return [source for _, source in sorted(_sources.values(), key=lambda item: item[0])]
