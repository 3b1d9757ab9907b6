from django import template

from paths.queries import public_paths_containing
from paths.teaser import path_teasers as find_path_teasers

register = template.Library()


@register.simple_tag
def paths_containing(role):
    """The published, public packaged paths that include this role guide, by title (two queries)."""
    if role is None or role.pk is None:
        return []
    return list(public_paths_containing(role))


@register.simple_tag
def path_teasers(role):
    """Each published path containing this role guide, with its delta and duration (paths.teaser)."""
    return find_path_teasers(role)
