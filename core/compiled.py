"""Querysets whose SQL is built once per process and shape, then run with new values.

Django builds a queryset's SQL anew every time it is evaluated. For the heavy queries of a guide and of the
API's detail (annotations, subqueries, joins) building the SQL cost more than PostgreSQL took to answer
(``docs/performance.md``). ``CompiledQuery`` builds it once per *shape* with stand-in values and afterwards
swaps in each call's values, then lets Django turn the rows into results as usual (model instances,
``select_related``, annotations, converters, ``prefetch_related``), on the calling thread's connection; which
converters each column needs is worked out once per shape and connection, not on every run.
On PostgreSQL the SQL also runs as a prepared statement, so it is not planned on every run either
(``core.prepared_statements``).

    def guide_by_slug(sections, slug):
        return RolePage.objects.filter(readable_through("", sections), slug=slug)

    pages = CompiledQuery(guide_by_slug, str).run(restricted_sections(), "ai-engineer")

``shape`` holds everything else the queryset's SQL depends on (the view restrictions, today's date,
settings baked into expressions), and ``build`` takes it as its first argument and reads nothing else, so
two calls with the same shape build the same SQL but for the stand-ins; it must be hashable. The values
are parameters only where they are compared as given (``slug=slug``, ``pk=pk``; ``pk__in=[...]`` is not
supported); building fails loudly if a stand-in is missing from the parameters.
Shapes are kept in a small LRU, so a changing shape (a new day, new restrictions) never grows memory.

It leans on Django internals: the state a compiler keeps after ``as_sql()`` (what turning rows into
results reads), ``Query.get_compiler`` and ``SQLCompiler.get_converters``; ``tests/core/test_compiled.py`` fails if an upgrade changes them.
"""

import threading
from collections.abc import Callable
from weakref import WeakKeyDictionary

from cachetools import LRUCache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet

from core.prepared_statements import PreparedSQL


class CompiledQuery:
    def __init__(self, build: Callable[..., QuerySet], *types: type, shapes: int = 16):
        """``build(shape, *values)`` returns the queryset (sliced if it should be); ``types`` are the values' types."""
        self._build = build
        self._stand_ins = [_stand_in(kind, number) for number, kind in enumerate(types)]
        self._prepared: LRUCache = LRUCache(maxsize=shapes)
        self._lock = threading.Lock()  # an LRU reorders itself on every read

    def run(self, shape, *values) -> list:
        """The results of ``build(shape, *values)``, run on SQL compiled once for this shape."""
        queryset, compiler, sql, params, slots, converters = self._prepared_for(shape)
        if compiler is None:  # empty by construction (``none()``, ``__in=[]``), as Django answers without a query
            return []
        params = list(params)
        for position, number in slots:
            params[position] = values[number]
        # The compiler's own connection belongs to the thread that built it.
        connection = connections[queryset.db]
        runner = _shallow_copy(compiler, connection=connection)
        runner.as_sql = lambda *args, **kwargs: (sql, tuple(params))
        runner.get_converters = _held_converters(runner, converters.setdefault(connection, {}))
        query = _shallow_copy(queryset.query)
        query.get_compiler = lambda *args, **kwargs: runner
        return list(_shallow_copy(queryset, _query=query, _result_cache=None, _prefetch_done=False))

    def _prepared_for(self, shape):
        with self._lock:
            prepared = self._prepared.get(shape)
        if prepared is None:
            prepared = self._prepare(shape)
            with self._lock:
                self._prepared[shape] = prepared
        return prepared

    def _prepare(self, shape) -> tuple:
        """(queryset, compiler, SQL, parameters, where each value goes); no compiler for a queryset empty by
        construction."""
        queryset = self._build(shape, *self._stand_ins)
        compiler = queryset.query.get_compiler(using=queryset.db)
        try:
            sql, params = compiler.as_sql()  # also sets up what turning rows into results reads
        except EmptyResultSet:
            return queryset, None, "", (), [], None
        slots = [
            (position, number)
            for position, param in enumerate(params)
            for number, stand_in in enumerate(self._stand_ins)
            if type(param) is type(stand_in) and param == stand_in
        ]
        missing = set(range(len(self._stand_ins))) - {number for _position, number in slots}
        if missing:
            raise ValueError(f"values {sorted(missing)} do not reach the SQL as parameters of their own")
        return queryset, compiler, PreparedSQL(sql), params, slots, WeakKeyDictionary()


def _held_converters(runner, held: dict) -> Callable[[list], dict]:
    """``runner.get_converters``, worked out once per shape, connection and list of columns (Django works out
    each column's converters on every run; the columns of a shape are the same objects every time)."""
    work_out = runner.get_converters

    def get_converters(expressions):
        key = tuple(map(id, expressions))
        converters = held.get(key)
        if converters is None:
            converters = held[key] = work_out(expressions)
        return converters

    return get_converters


def _shallow_copy(instance, **changes):
    """``instance`` with its attributes shared, some changed (``copy.copy`` would run a queryset: pickling
    support makes a queryset fetch its rows)."""
    duplicate = type(instance).__new__(type(instance))
    duplicate.__dict__ = {**instance.__dict__, **changes}
    return duplicate


def _stand_in(kind: type, number: int):
    """A value no caller passes: a negative id, a text starting with NUL (refused by every form and path)."""
    if kind is int:
        return -7_654_321 - number
    if kind is str:
        return f"\x00stand-in-{number}"
    raise TypeError(f"CompiledQuery takes int and str values, not {kind.__name__}")
