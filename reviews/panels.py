"""The "Your reviews" dashboard panel."""

from collections import Counter

from django.urls import reverse
from wagtail.admin.ui.components import Component

from reviews.queries import due_for_user
from reviews.reviewers import is_reviewer
from reviews.status import DUE_STATUSES

PANEL_ITEM_LIMIT = 10


class YourReviewsPanel(Component):
    """What the signed-in user should review now; for Reviewers also unowned content."""

    name = "your_reviews"
    template_name = "reviews/dashboard/your_reviews.html"
    order = 90  # above Wagtail's own panels: what is overdue matters first

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        items = due_for_user(self.user)
        counts = Counter(item.status for item in items)
        report_url = reverse("reviews:report")
        return {
            "items": items[:PANEL_ITEM_LIMIT],
            "total": len(items),
            "counts": [(status.label, counts[status]) for status in DUE_STATUSES if counts[status]],
            "includes_unowned": is_reviewer(self.user),
            "report_url": report_url,
            "user": self.user,
        }
