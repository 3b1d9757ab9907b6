"""The search registry: one ``SearchSource`` per searchable content type, for the site and the API alike.

Each app describes its own public content and registers it from its
``AppConfig.ready()`` (``register``); the site's grouped search (``home/search.py``)
and the API's mixed search (``home/api.py``) both search ``sources()``, with one
operator (``OPERATOR``: every word must match) and one summary length.

``search_query`` turns the reader's text into one Wagtail query (quoted phrases stay
phrases; an acronym without vowels also matches with a trailing "s" added or removed,
so "llm" finds "LLMs", which English stemming leaves alone). ``suggest`` offers "Did you mean …" on
PostgreSQL: each word of four letters or more that is not a word of a title, specialty,
family or skill (the ``AutocompleteField`` words of public objects of the sources
registered with ``suggests=True``) is replaced by the closest such word by ``pg_trgm``
trigram similarity. On other databases it offers nothing.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, TrigramSimilarity
from django.db import connection
from django.db.models import F, Func, QuerySet, TextField, Value
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, Phrase, PlainText
from wagtail.search.utils import parse_query_string

from core.search_candidates import SearchMatches, bounded_search

SUMMARY_LENGTH = 300
OPERATOR = "and"
SUGGEST_MIN_LENGTH = 4
"""Shorter words are never respelt (too many near neighbours)."""
SUGGEST_SIMILARITY = 0.4
"""pg_trgm similarity a known word needs to be offered ('enginer' / 'engineer' is 0.7)."""
SUGGEST_MAX_WORDS = 6
WORD = re.compile(r"[^\W\d_]+")


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
    suggests: bool = False
    """Whether the words of its autocomplete fields are offered by "Did you mean …"."""


def _word_forms(term: str):
    """A word as typed, or, for a word without vowels (an acronym such as 'LLM', which English
    stemming never singularises), also with a trailing 's' added or removed."""
    if not re.fullmatch(r"[^\W\d_]{2,}", term) or re.search(r"[aeiouy]", term.lower()):
        return PlainText(term)
    other = term[:-1] if term.lower().endswith("s") and len(term) > 3 else term + "s"
    return Or([PlainText(term), PlainText(other)])


def search_query(query: str):
    """The reader's text as one Wagtail query: "quoted phrases" stay phrases, every other word must match."""
    filters, parsed = parse_query_string(query, operator=OPERATOR)
    parts, pending = [], [parsed]
    while pending:
        part = pending.pop(0)
        if isinstance(part, And):
            pending = list(part.subqueries) + pending
        elif isinstance(part, PlainText):
            parts += [_word_forms(term) for term in part.query_string.split()]
        elif isinstance(part, Phrase):
            parts.append(part)
    # 'word:word' is no filter here: search for both words.
    parts += [_word_forms(term) for pair in filters.items() for term in pair if term]
    return And(parts) if parts else parsed


def search_source(source: SearchSource, query: str) -> SearchMatches:
    """The public objects of ``source`` matching ``query``, best first (``core.search_candidates``)."""
    return search_within(source.public(), query)


def search_within(public: QuerySet, query: str) -> SearchMatches:
    """The objects of ``public`` (public ones only) matching ``query``, best first (``core.search_candidates``)."""
    return bounded_search(get_search_backend(), search_query(query), public)


class AutocompleteWords(Func):
    """One row per word of an object's autocomplete index entry ('simple' configuration: lower case, unstemmed)."""

    template = "unnest(tsvector_to_array(%(expressions)s))"
    output_field = TextField()


def suggest(query: str) -> str | None:
    """``query`` with its unknown words respelt as the closest known ones, or None (always None off PostgreSQL)."""
    vocabulary = [source.public() for source in sources() if source.suggests]
    if connection.vendor != "postgresql" or not vocabulary:
        return None
    terms = list(dict.fromkeys(w for w in WORD.findall(query.lower()) if len(w) >= SUGGEST_MIN_LENGTH))
    if not terms:
        return None
    known = _known_words(terms[:SUGGEST_MAX_WORDS], vocabulary)
    terms = [term for term in terms[:SUGGEST_MAX_WORDS] if term not in known]
    if not terms:
        return None
    closest = [
        public.annotate(word=AutocompleteWords(F("index_entries__autocomplete")))
        .annotate(term=Value(term, output_field=TextField()), similarity=TrigramSimilarity("word", term))
        .order_by("-similarity", "word")
        .values_list("term", "word", "similarity")[:1]
        for term in terms
        for public in vocabulary
    ]
    best: dict[str, tuple[str, float]] = {}
    for term, word, similarity in closest[0].union(*closest[1:], all=True):  # one query
        if word and similarity > best.get(term, ("", -1.0))[1]:
            best[term] = (word, similarity)
    respelt = {
        term: word
        for term, (word, similarity) in best.items()
        # a known word, a near miss too far off, or the same word inflected ('engineers'): leave it
        if similarity >= SUGGEST_SIMILARITY and not (word.startswith(term) or term.startswith(word))
    }
    if not respelt:
        return None
    return WORD.sub(lambda match: respelt.get(match.group(0).lower(), match.group(0)), query)


def _known_words(terms: list[str], vocabulary: list[QuerySet]) -> set[str]:
    """The terms that are words of a public object's autocomplete entry: never respelt. One query
    through the entries' GIN index, so a correctly spelt query never reads the whole vocabulary."""
    found = [
        public.filter(index_entries__autocomplete=SearchQuery(term, config="simple"))
        .annotate(term=Value(term, output_field=TextField()))
        .values_list("term", flat=True)[:1]
        for term in terms
        for public in vocabulary
    ]
    return set(found[0].union(*found[1:], all=True))


def plain_summary(html: str) -> str:
    """Rich text as one plain-text line of at most SUMMARY_LENGTH characters."""
    return Truncator(" ".join(strip_tags(html).split())).chars(SUMMARY_LENGTH)


_sources: dict[str, tuple[int, SearchSource]] = {}


def register(source: SearchSource, *, order: int) -> None:
    """Make ``source`` searchable; ``order`` fixes its place among the types (and breaks score ties)."""
    _sources[source.type] = (order, source)


def sources() -> list[SearchSource]:
    return [source for _, source in sorted(_sources.values(), key=lambda item: item[0])]
