"""A GIN index on the search index entries' whole document, ``title || body``: the expression Wagtail's
PostgreSQL backend matches every query against, which none of its own indexes (title, body and
autocomplete apart) can answer. ``core.search_candidates`` finds a search's candidates and counts its
matches through it.

The expression is wrapped in a PL/pgSQL function priced as costly (``COST 1000``): priced as the bare
``||`` operator, nearly free, it made PostgreSQL answer a common word by scanning the whole table and
building every entry's vector (about 10 µs each) rather than read the index, which builds none. Wagtail's
``IndexEntry`` is not this app's model, so this is SQL, on PostgreSQL only (SQLite's search backend
keeps its own full-text table).
"""

from django.db import migrations

FUNCTION = "core_search_document"
INDEX = "core_search_entry_document_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) RETURNS tsvector"
        " LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000"
        " AS $$ BEGIN RETURN title || body; END $$"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ({FUNCTION}(title, body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_trigram_extension"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
