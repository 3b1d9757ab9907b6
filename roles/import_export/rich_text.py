"""Imported rich text, made safe: only what the field's editor could have produced reaches the database."""

from functools import cache

from django.db import models
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter


@cache
def _converter(model: type[models.Model], field_name: str) -> EditorHTMLConverter:
    return EditorHTMLConverter(features=model._meta.get_field(field_name).features)


def sanitise_rich_text(html: str, model: type[models.Model], field_name: str) -> str:
    """Rich text reduced to the field's editor features (no scripts, event handlers or javascript: links),
    in Wagtail's database format."""
    return _converter(model, field_name).to_database_format(html) if html else ""
