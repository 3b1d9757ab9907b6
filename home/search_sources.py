"""What the API's mixed search can search: one ``SearchSource`` per content type.

Each app describes its own public content in its ``api.py``; ``home/api.py``
lists the sources, so a new content type is one more line there.
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
