from django import template

from courses.listings import ROLES_SHOWN, more_roles_url, recommending_links, role_total

register = template.Library()


@register.simple_tag
def public_role_links(item):
    """Links from published, public role guides to this course or certification (at most ``ROLES_SHOWN``).

    Listings prefetch them as ``public_role_links``; a snippet preview has only
    the one item, so they are fetched here.
    """
    prefetched = getattr(item, "public_role_links", None)
    return prefetched if prefetched is not None else recommending_links(item)[:ROLES_SHOWN]


@register.simple_tag(takes_context=True)
def more_public_roles(context, item, shown):
    """The guides not named among ``shown``: ``{"count": "1,240", "url": "/roles/?course=7"}``, or None."""
    more = role_total(item) - len(shown)
    if more <= 0:
        return None
    return {"count": f"{more:,}", "url": more_roles_url(context.get("request"), item)}
