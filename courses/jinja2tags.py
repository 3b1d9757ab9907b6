"""The courses app's template helpers (Jinja2): the guides that recommend a course or certification."""

import jinja2
from jinja2.ext import Extension

from courses.listings import ROLES_SHOWN, more_roles_url, recommending_links, role_total


def public_role_links(item):
    """Links from published, public role guides to this course or certification (at most ``ROLES_SHOWN``).

    Listings prefetch them as ``public_role_links``; a snippet preview has only the one item, so they are
    fetched here.
    """
    prefetched = getattr(item, "public_role_links", None)
    return prefetched if prefetched is not None else recommending_links(item)[:ROLES_SHOWN]


@jinja2.pass_context
def more_public_roles(context, item, shown):
    """The guides not named among ``shown``: ``{"count": "1,240", "url": "/roles/?course=7"}``, or None."""
    more = role_total(item) - len(shown)
    if more <= 0:
        return None
    return {"count": f"{more:,}", "url": more_roles_url(context.get("request"), item)}


class CoursesExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals.update({"public_role_links": public_role_links, "more_public_roles": more_public_roles})


courses = CoursesExtension
