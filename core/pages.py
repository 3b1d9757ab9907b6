"""What every public page type shares: routing in fewer queries (``core.routing``) and Wagtail's
view-restriction check answered from the request's one read of the restrictions (``core.visibility``)."""

from core.routing import RouteMixin
from core.visibility import RequestViewRestrictionsMixin


class PublicPageMixin(RouteMixin, RequestViewRestrictionsMixin):
    """Put first in a page model's bases: ``class RolePage(PublicPageMixin, Reviewable, Page)``."""
