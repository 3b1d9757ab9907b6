"""Listing columns for reviewable snippets: the last review date, or "Never" when there has been none."""

from wagtail.admin.ui.tables import Column


class LastReviewedColumn(Column):
    """'2026-04-26' in the house style, 'Never' for content no one has reviewed yet; sortable."""

    def __init__(self, **kwargs):
        super().__init__(
            "last_reviewed", label=kwargs.pop("label", "Last reviewed"), sort_key="last_reviewed", **kwargs
        )

    def get_value(self, instance):
        return instance.last_reviewed.isoformat() if instance.last_reviewed else "Never"
