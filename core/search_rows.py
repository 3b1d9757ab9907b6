"""Fill Wagtail's PostgreSQL search index quickly (imports, bench data): the same rows ``add_items`` writes.

modelsearch's ``PostgresIndex.add_items`` spends about 60 ms of Python per role guide: its
``ObjectIndexer`` walks every search field five times (title, body, autocomplete and their plain
texts) and builds one ORM ``SearchVector`` expression per text, about 50 per guide. Here each
object's values come from the same ``ObjectIndexer.prepare_field`` (Wagtail's extraction: weights,
related fields, ``get_value``) walked once, and the vectors are written as the SQL those
expressions compile to, ``setweight(to_tsvector(config, text), weight) || ...``, with the same
``INSERT ... ON CONFLICT`` and title-norm refresh. ``tests/core/test_search_rows.py`` checks the
rows are identical to ``add_items``'s.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from modelsearch.backends.database.postgres.postgres import ObjectIndexer
from modelsearch.index import AutocompleteField, SearchField
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

CHUNK = 100
"""Objects per INSERT: larger chunks raised an import's peak memory (500: +60 MB at 1,000 guides) without saving time."""


def index_in_bulk(model, queryset) -> int:
    """Index (insert or replace) every object of ``queryset`` (``model.get_indexed_objects()`` or a
    part of it) as ``backend.add_bulk(model, objects)`` would; returns how many."""
    backend = get_search_backend()
    index = backend.get_index_for_model(model)
    content_type_id = ContentType.objects.get_for_model(model).pk
    count = 0
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        objects = list(queryset.filter(pk__in=ids[start : start + CHUNK]).order_by("pk"))
        rows, params = [], []
        for obj in objects:
            row_sql, row_params = _row(obj, content_type_id, backend)
            rows.append(row_sql)
            params += row_params
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, autocomplete,"
                f" body, title_norm, title_text, body_text) VALUES {', '.join(rows)}"
                " ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title,"
                " title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,"
                " title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )
        count += len(objects)
    index._refresh_title_norms()
    return count


def _row(obj, content_type_id: int, backend) -> tuple[str, list]:
    indexer = ObjectIndexer(obj, backend)
    values = [prepared for field in indexer.search_fields for prepared in indexer.prepare_field(obj, field)]
    title = [(value, weight) for field, weight, value in values if _is_search(field) and field.field_name == "title"]
    body = [(value, weight) for field, weight, value in values if _is_search(field) and field.field_name != "title"]
    autocomplete = [(value, weight) for field, weight, value in values if isinstance(field, AutocompleteField)]
    sql, params = [], [content_type_id, str(obj.pk)]
    for texts, config in ((title, backend.config), (autocomplete, backend.autocomplete_config), (body, backend.config)):
        vector_sql, vector_params = _vector(texts, config)
        sql.append(vector_sql)
        params += vector_params
    params += [_plain(title), _plain(body)]
    return f"(%s, %s, {sql[0]}, {sql[1]}, {sql[2]}, 1.0, %s, %s)", params


def _is_search(field) -> bool:
    return isinstance(field, SearchField)


def _vector(texts: list[tuple[str, str]], config: str | None) -> tuple[str, list]:
    """What ``ObjectIndexer.as_vector`` compiles to: one weighted ``to_tsvector`` per non-blank text."""
    texts = [(text.strip(), weight) for text, weight in texts]
    texts = [(text, weight) for text, weight in texts if text]
    if not texts:
        return "to_tsvector(COALESCE(%s, %s))", ["", ""]
    if config:
        part, params = "setweight(to_tsvector(%s::regconfig, COALESCE(%s, %s)), %s)", []
        for text, weight in texts:
            params += [config, text, "", weight]
    else:
        part, params = "setweight(to_tsvector(COALESCE(%s, %s)), %s)", []
        for text, weight in texts:
            params += [text, "", weight]
    return "(" + " || ".join([part] * len(texts)) + ")", params


def _plain(texts: list[tuple[str, str]]) -> str:
    return " ".join(text.strip() for text, _ in texts if text.strip())
