from django import template

from courses.listings import recommending_links

register = template.Library()


@register.simple_tag
def public_role_links(item):
    """Links from published, public role guides to this course or certification.

    Listings prefetch them as ``public_role_links``; a snippet preview has only
    the one item, so they are fetched here.
    """
    prefetched = getattr(item, "public_role_links", None)
    return prefetched if prefetched is not None else recommending_links(item)
