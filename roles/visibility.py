"""Which role guides anonymous readers may open: the one rule every link to a guide follows."""

from wagtail.models import Page


def readable(pages):
    """Narrow a page queryset to what anonymous readers may open: live and not view-restricted."""
    return pages.live().public()


def readable_role_ids(role_ids) -> set[int]:
    """The ids among these role pages that are live and not behind a view restriction (one query)."""
    if not role_ids:
        return set()
    return set(readable(Page.objects.filter(pk__in=role_ids)).values_list("pk", flat=True))
