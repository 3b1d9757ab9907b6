"""Bounded search: the same cost with 100 or 10,000 role guides, on PostgreSQL.

Wagtail's PostgreSQL backend matches ``(title || body) @@ query`` with no index able to answer it, ranks
every match and counts them all: at 10,000 bench guides "engineer" (which every guide matches) built
10,000 document vectors, ranked and sorted them, about 480 ms with the count. Here, per type:

- the matches are found through a GIN index on the same document (``core_search_document(title, body)``,
  migration ``core.0002``), entries whose title matches first, and at most ``LISTED`` are read: that
  many is the count, and ``more`` says whether others match;
- the first ``RANKED`` of them are ranked by Wagtail's backend, with its own formula (so scores stay
  comparable across types); any further ones follow unranked, in the order they were found (score 0).

With at most ``RANKED`` matches, which a catalogue of a few hundred guides rarely exceeds, every match is
ranked as before. Other backends (SQLite's, for the zero-setup run) search as Wagtail does, in full.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db.models import BooleanField, ExpressionWrapper, F, Func, Q, QuerySet
from wagtail.search.query import MatchAll, Not

RANKED = 200
"""Matches ranked by relevance, per type: the site's first 20 pages of a type, the API's first 200 results."""
LISTED = 1000
"""Matches counted and listed per type: the API's deepest offset (``home.api.MAX_SEARCH_OFFSET``)."""


class SearchMatches:
    """The matches of one type, best first: sliceable (``Paginator`` pages it) and counted."""

    more = False
    """Whether more match than are counted and listed."""

    def count(self) -> int:
        raise NotImplementedError

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list:
        return [found for _, found in self.scored(window.start or 0, window.stop)]

    def ordered_ids(self) -> list:
        """Every listed match's id, best first."""
        raise NotImplementedError

    def scored(self, start: int, stop: int | None) -> list[tuple[float, object]]:
        """``(score, object)`` for the matches ``start`` to ``stop``, best first."""
        raise NotImplementedError


class BoundedResults(SearchMatches):
    """At most ``LISTED`` matches (``ids``, title matches first), the first ``RANKED`` ranked by Wagtail."""

    def __init__(self, backend, query, public: QuerySet, ids: list, more: bool):
        self.backend, self.query, self.public, self.ids, self.more = backend, query, public, ids, more

    def count(self) -> int:
        return len(self.ids)

    def ordered_ids(self) -> list:
        if not self.ids:
            return []
        return [hit.pk for hit in self._ranking(self.public.only("pk"))] + self.ids[RANKED:]

    def scored(self, start: int, stop: int | None) -> list[tuple[float, object]]:
        stop = len(self.ids) if stop is None else min(stop, len(self.ids))
        found = []
        if start < RANKED and start < stop:
            ranked = self._ranking(self.public).annotate_score("_score")[start : min(stop, RANKED)]
            found += [(hit._score or 0.0, hit) for hit in ranked]
        tail = self.ids[max(start, RANKED) : stop]
        if tail:  # past the ranked ones: in the order found, unscored
            by_id = self.public.in_bulk(tail)
            found += [(0.0, by_id[pk]) for pk in tail if pk in by_id]
        return found

    def _ranking(self, objects: QuerySet):
        """Wagtail's search over the first ``RANKED`` matches only, best first (its own scores)."""
        return self.backend.search(self.query, objects.filter(pk__in=self.ids[:RANKED]))


class FullResults(SearchMatches):
    """Wagtail's own search, every match ranked and counted (backends without the document index)."""

    def __init__(self, results):
        self.results = results
        self.total = results.count()

    def count(self) -> int:
        return self.total

    def ordered_ids(self) -> list:
        return [hit.pk for hit in self.results]

    def scored(self, start: int, stop: int | None) -> list[tuple[float, object]]:
        return [(hit._score or 0.0, hit) for hit in self.results.annotate_score("_score")[start:stop]]


def bounded_search(backend, query, public: QuerySet) -> SearchMatches:
    """``query`` (a Wagtail query) over ``public``: at most ``LISTED`` matches, the first ``RANKED`` ranked."""
    if not _has_document_index(backend) or not _has_words(query):
        return FullResults(backend.search(query, public))
    compiler = backend.query_compiler_class(public, query)
    tsquery = compiler.build_tsquery(query, config=compiler.get_config(backend))
    matches = public.annotate(
        document=Func(
            F("index_entries__title"),
            F("index_entries__body"),
            function="core_search_document",
            output_field=SearchVectorField(),
        ),
        title_matches=ExpressionWrapper(Q(index_entries__title=tsquery), output_field=BooleanField()),
    ).order_by()
    ids = list(matches.filter(title_matches=True).values_list("pk", flat=True)[: LISTED + 1])
    if len(ids) <= LISTED:  # each query stops at LISTED + 1 rows: no more are read than are listed
        in_body = matches.filter(document=tsquery, title_matches=False).values_list("pk", flat=True)
        ids += in_body[: LISTED + 1 - len(ids)]
    return BoundedResults(backend, query, public, ids[:LISTED], more=len(ids) > LISTED)


def _has_words(query) -> bool:
    """False for a query without words (e.g. a lone quote mark), which Wagtail answers itself (everything)."""
    return not isinstance(query, MatchAll | Not)


def _has_document_index(backend) -> bool:
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    return isinstance(backend, PostgresSearchBackend)
