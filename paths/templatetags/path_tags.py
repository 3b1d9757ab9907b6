from django import template

from paths.queries import public_paths_containing

register = template.Library()


@register.simple_tag
def paths_containing(role):
    """The published, public packaged paths that include this role guide, by title (two queries)."""
    if role is None or role.pk is None:
        return []
    return list(public_paths_containing(role))
