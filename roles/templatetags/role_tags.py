"""The roles app's one Django template filter, for the admin (the public site's helpers are in roles/jinja2tags.py):
the headings of saved inline items in the editor."""

from django import template
from django.db import models

register = template.Library()

INLINE_TITLE_MAX_LENGTH = 80


@register.filter
def inline_title(instance) -> str:
    """`{{ child.instance|inline_title }}`: the heading an editor sees on a saved inline item ("Junior IC (0-2 yrs)",
    the FAQ's question), or '' when the model has no readable __str__ (then Wagtail's "Salary band 1" stays)."""
    if instance is None or instance.pk is None or type(instance).__str__ is models.Model.__str__:
        return ""
    title = str(instance)
    if len(title) <= INLINE_TITLE_MAX_LENGTH:
        return title
    return title[: INLINE_TITLE_MAX_LENGTH - 1] + "…"
