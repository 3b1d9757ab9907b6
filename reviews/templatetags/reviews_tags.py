"""Public-facing review wording. Only the date is shown: never a status such as "overdue"."""

from django import template

register = template.Library()


@register.inclusion_tag("reviews/includes/last_reviewed.html")
def last_reviewed(obj):
    """``{% last_reviewed page %}``: "Last reviewed 3 March 2026" or "Not yet reviewed"."""
    return {"last_reviewed": getattr(obj, "last_reviewed", None)}
