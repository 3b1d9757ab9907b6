"""{% related_roles page as related %}: the guides most like this one (roles.related)."""

from django import template

from roles.related import related_roles as find_related_roles

register = template.Library()


@register.simple_tag
def related_roles(page):
    return find_related_roles(page)
