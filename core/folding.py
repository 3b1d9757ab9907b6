"""Many short child lists of one row, read in one query: a guide shows a dozen of them.

``fold(instance, relations, where)`` reads each listed reverse relation of ``instance`` (its related
name, with the foreign keys to bring along; ``where`` may narrow a relation's rows) and stores the rows where ``prefetch_related`` would
(``_prefetched_objects_cache``), so ``instance.<relation>.all()`` then answers without a query, in
the relation's default order. On PostgreSQL every relation comes as a JSON array in one query; other
databases get one ``prefetch_related`` query per relation. Relations a preview holds in memory
(modelcluster's unsaved rows) are left alone.
"""

import json
from functools import lru_cache

from django.db import connection
from django.db.models import (
    BooleanField,
    CharField,
    DecimalField,
    F,
    ForeignKey,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    TextField,
    prefetch_related_objects,
)
from django.db.models.functions import Cast, JSONObject

from core.prepared_statements import PreparedSQL


def fold(instance, relations: dict[str, tuple[str, ...]], where: dict[str, Q] | None = None) -> None:
    where = where or {}
    held = getattr(instance, "_cluster_related_objects", {})
    wanted = {name: related for name, related in relations.items() if name not in held}
    if instance.pk is None or not wanted:
        return
    if connection.vendor != "postgresql":
        prefetches = [
            Prefetch(name, _children(instance, name, where.get(name)).select_related(*related))
            for name, related in wanted.items()
        ]
        prefetch_related_objects([instance], *prefetches)
        return
    sql, params, position = _compiled(instance, wanted, where)
    with connection.cursor() as cursor:
        cursor.execute(sql, [instance.pk if number == position else param for number, param in enumerate(params)])
        arrays = cursor.fetchone()
    folded = dict(zip(wanted, arrays, strict=True))
    for name, related in wanted.items():
        model = instance._meta.get_field(name).related_model
        # Django has psycopg hand JSON over as text (JSONField decodes it); so does this raw query.
        hold_prefetched(
            instance, name, [_build(model, json.loads(row), related) for row in folded[name]], where.get(name)
        )


def hold_prefetched(instance, name: str, rows: list, condition: Q | None = None) -> None:
    """Store ``rows`` (read by other means) as ``prefetch_related`` would have fetched the reverse relation
    ``name`` of ``instance`` (narrowed by ``condition``): ``instance.<name>.all()`` then answers with them."""
    rel = instance._meta.get_field(name)
    for row in rows:
        rel.field.set_cached_value(row, instance)
    model = rel.related_model
    queryset = model._default_manager.all() if model._meta.ordering else model._default_manager.order_by("pk")
    # Held rows are mostly only read: the filter is left for a later query to apply (Django's deferred filter,
    # as its related managers use) instead of being built for each of a guide's ten lists on every request.
    queryset._defer_next_filter = True
    queryset = queryset.filter(Q(**{rel.field.name: instance.pk}) & (condition or Q()))
    queryset._result_cache, queryset._prefetch_done = rows, True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset


_SENTINEL = -7_654_321  # stands for the instance's primary key in the compiled query
_compiled_queries: dict = {}


def _compiled(instance, wanted: dict, where: dict) -> tuple[str, tuple, int]:
    """The folding query's SQL and parameters, compiled once per process and shape (compiling it
    cost more than running it; on PostgreSQL it runs prepared, see ``core.prepared_statements``),
    and the position of the primary key among the parameters."""
    key = (type(instance), tuple(wanted.items()), tuple((name, str(where.get(name))) for name in wanted))
    if key not in _compiled_queries:
        from django.contrib.postgres.expressions import ArraySubquery

        arrays = {
            f"fold_{name}": ArraySubquery(
                _children(instance, name, where.get(name), OuterRef("pk")).values(
                    row=JSONObject(**_columns(instance, name, related))
                )
            )
            for name, related in wanted.items()
        }
        query = type(instance)._base_manager.filter(pk=_SENTINEL).values(**arrays).query
        sql, params = query.sql_with_params()
        position = next(n for n, param in enumerate(params) if type(param) is int and param == _SENTINEL)
        _compiled_queries[key] = (PreparedSQL(sql), params, position)
    return _compiled_queries[key]


def _children(instance, name, condition=None, parent=None):
    rel = instance._meta.get_field(name)
    model = rel.related_model
    children = model._default_manager.filter(**{rel.field.name: instance.pk if parent is None else parent})
    return children.filter(condition or Q()).order_by(*(model._meta.ordering or ["pk"]))


def _columns(instance, name, related) -> dict:
    model = instance._meta.get_field(name).related_model
    columns = _fields(model, "")
    for key in related:
        columns[key] = JSONObject(**_fields(model._meta.get_field(key).related_model, f"{key}__"))
    return columns


def _fields(model, prefix: str) -> dict:
    # Decimals travel as text: a JSON number would come back as a float.
    return {
        field.attname: Cast(f"{prefix}{field.attname}", TextField())
        if isinstance(field, DecimalField)
        else F(f"{prefix}{field.attname}")
        for field in model._meta.concrete_fields
    }


def _build(model, row: dict, related=()):
    names, converters = _row_converters(model)
    values = [
        value if value is None or convert is None else convert(value)
        for value, convert in zip((row[name] for name in names), converters, strict=True)
    ]
    instance = model.from_db(connection.alias, names, values)
    for key in related:
        target = model._meta.get_field(key)
        data = row[key]
        missing = data[target.related_model._meta.pk.attname] is None
        target.set_cached_value(instance, None if missing else _build(target.related_model, data))
    return instance


#: ``to_python`` methods that give back a JSON value of their column's type unchanged (a string, an integer or a
#: boolean): a field that uses one of these exactly (not a subclass's own) is not called for its value.
_UNCHANGED_BY = {CharField.to_python, TextField.to_python, IntegerField.to_python, BooleanField.to_python}


@lru_cache(maxsize=64)
def _row_converters(model) -> tuple[list[str], list]:
    """The model's column names, and for each the field's ``to_python`` (None where it would change nothing)."""
    fields = model._meta.concrete_fields
    return [field.attname for field in fields], [None if _unchanged(field) else field.to_python for field in fields]


def _unchanged(field) -> bool:
    while isinstance(field, ForeignKey):  # a foreign key converts as the key it points to
        field = field.target_field
    return type(field).to_python in _UNCHANGED_BY
