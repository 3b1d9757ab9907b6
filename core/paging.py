"""Paging sorted querysets whose rows are wide (role guides carry their prose): sort the ids, then load the page.

``OFFSET`` makes PostgreSQL build and sort every row it skips, in full: at 10,000 guides the last page of
/roles/ sorted about 15 MB of rows (on disk) to show twelve. Sorting only the ids (with the columns the
ordering needs) and then loading the page's rows by id costs a fraction of that. A page nearer the end
than the start is read in the reverse order, so an index on the sort key (e.g. ``roles_page_title_order``
for titles) serves the last page as cheaply as the first.
"""

from django.core.paginator import Paginator
from django.db.models import QuerySet


def page_of(items: QuerySet, offset: int, limit: int, count: int | None = None) -> QuerySet:
    """``items[offset:offset + limit]``, in ``items``' order, as one query whose inner part sorts only the ids.

    ``items`` must be totally ordered (its last key unique, e.g. the id). Given ``count`` (how many ``items``
    there are), a page in the second half of an ordered queryset is taken from the end, in the reverse order.
    """
    if count is not None and items.ordered and offset > count - offset - limit:
        ids = items.reverse().values("pk")[max(count - offset - limit, 0) : max(count - offset, 0)]
    else:
        ids = items.values("pk")[offset : offset + limit]
    return items.filter(pk__in=ids)


class SortedIdsPaginator(Paginator):
    """Django's ``Paginator`` over a sorted queryset, loading each page with ``page_of``."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return self._get_page(page_of(self.object_list, bottom, top - bottom, self.count), number, self)
