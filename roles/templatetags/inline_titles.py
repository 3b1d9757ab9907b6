"""{{ child.instance|inline_title }}: the heading an editor sees on a saved inline item ("Junior IC (0-2 yrs)", the
FAQ's question), or '' when the model has no readable __str__ (then Wagtail's "Salary band 1" stays)."""

from django import template
from django.db import models

register = template.Library()

MAX_LENGTH = 80


@register.filter
def inline_title(instance) -> str:
    if instance is None or instance.pk is None or type(instance).__str__ is models.Model.__str__:
        return ""
    title = str(instance)
    return title if len(title) <= MAX_LENGTH else title[: MAX_LENGTH - 1] + "…"
