"""Search-index updates in bulk, through Wagtail's own index.

Wagtail indexes an object on every save (its ``post_save`` handler, run at once by the task
backend): for a page that is a refetch, an existence check, a query per related field and a
statistics query over the whole index, each time the page is saved. An import saves each page
several times. Inside ``defer_search_index_updates()`` the saves of the current thread are only
noted; when the block ends without an error the objects are indexed in their final state with
``index_objects``: one ``get_indexed_objects()`` query per chunk (it prefetches the related
fields) and one ``INSERT`` per chunk and model (``core.search_rows`` on PostgreSQL, else ``add_items``). Other threads keep indexing at once.
"""

import contextlib
import threading
from collections import defaultdict
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.backends import get_search_backends_with_name
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page

from core.search_rows import index_in_bulk

CHUNK = 100
"""Objects indexed per add_items call: its one INSERT carries about 50 vectors a role guide, so larger
chunks cost memory (500 guides a chunk raised an import's peak by about 150 MB) without saving time."""
_state = threading.local()
_install_lock = threading.Lock()
_installed = False


@contextlib.contextmanager
def defer_search_index_updates():
    """Index what the block saves once, at its end (nothing when it raises). Nested blocks join the outer one."""
    if getattr(_state, "pending", None) is not None:
        yield
        return
    _install()
    _state.pending = pending = defaultdict(set)
    try:
        yield
    finally:
        _state.pending = None
    index_objects((model, pks) for model, pks in pending.items())


def index_objects(groups: Iterable[tuple[type, Iterable]]) -> None:
    """(Re)index the objects of each ``(model, primary keys)`` group as a save would, in bulk.

    Pages are indexed as their specific type; objects outside their model's ``get_indexed_objects()``
    (or deleted since) are skipped, like Wagtail's own update."""
    by_model: dict[type, set] = defaultdict(set)
    page_ids: set = set()
    for model, pks in groups:
        if issubclass(model, Page):
            page_ids.update(pks)
        else:
            by_model[model].update(pks)
    for pk, content_type_id in Page.objects.filter(pk__in=page_ids).values_list("pk", "content_type_id"):
        by_model[_model_of(content_type_id)].add(pk)

    backends = [backend for _, backend in get_search_backends_with_name(with_auto_update=True)]
    for model, pks in by_model.items():
        if model is None or not index.class_is_indexed(model):
            continue
        ordered = sorted(pks)
        if writes_its_own_rows(backends):
            index_in_bulk(model, model.get_indexed_objects().filter(pk__in=ordered))
            continue
        for start in range(0, len(ordered), CHUNK):
            objects = list(model.get_indexed_objects().filter(pk__in=ordered[start : start + CHUNK]))
            if objects:
                for backend in backends:
                    backend.add_bulk(model, objects)


def writes_its_own_rows(backends) -> bool:
    """Whether the one search backend is Wagtail's PostgreSQL index, whose rows ``core.search_rows`` writes
    itself, about five times faster than ``add_items`` and identical to its rows."""
    return len(backends) == 1 and isinstance(backends[0], PostgresSearchBackend)


def _model_of(content_type_id: int):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _on_save(sender, instance, **kwargs):
    pending = getattr(_state, "pending", None)
    if pending is None or kwargs.get("raw", False):
        post_save_signal_handler(instance, **kwargs)
    else:
        pending[type(instance)].add(instance.pk)


def _install() -> None:
    """Put ``_on_save`` in place of Wagtail's handler, once: outside a deferred block it just calls it."""
    global _installed
    with _install_lock:
        if _installed:
            return
        for model in index.get_indexed_models():
            if post_save.disconnect(post_save_signal_handler, sender=model):
                post_save.connect(_on_save, sender=model, weak=False)
        _installed = True
