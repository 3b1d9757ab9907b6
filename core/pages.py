"""What every public page type shares: routing in fewer queries (``core.routing``), Wagtail's view-restriction
check answered from the request's one read of the restrictions (``core.visibility``) and page URLs worked
out once per content version (``core.page_urls``)."""

from core.page_urls import HeldPageURLsMixin
from core.routing import RouteMixin
from core.visibility import RequestViewRestrictionsMixin


class PublicPageMixin(HeldPageURLsMixin, RouteMixin, RequestViewRestrictionsMixin):
    """Put first in a page model's bases: ``class RolePage(PublicPageMixin, Reviewable, Page)``."""
