"""The home app's template tags: the site header's name and main navigation."""

from django import template

from home.navigation import site_header

register = template.Library()


@register.simple_tag(takes_context=True)
def header_navigation(context):
    """`{% header_navigation as header %}`: `header.site_name` and `header.links` (label, url, current)."""
    return site_header(context.get("request"))
