from django import template

from paths.models import PackagedPathPage

register = template.Library()


@register.simple_tag
def paths_containing(role):
    """The published, public packaged paths that include this role guide, by title (two queries)."""
    if role is None or role.pk is None:
        return []
    return list(PackagedPathPage.objects.live().public().filter(path_roles__role=role).order_by("title"))
