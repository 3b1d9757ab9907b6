"""Which role guides anonymous readers may open: the one rule every link to a guide follows."""

from wagtail.models import Page


def readable_role_ids(role_ids) -> set[int]:
    """The ids among these role pages that are live and not behind a view restriction (one query)."""
    if not role_ids:
        return set()
    return set(Page.objects.filter(pk__in=role_ids).live().public().values_list("pk", flat=True))
