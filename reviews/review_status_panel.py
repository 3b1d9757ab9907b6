"""A read-only line in the editor's Review panel: when the next review falls due, and the status now."""

from wagtail.admin.panels import Panel


class ReviewStatusPanel(Panel):
    """Shows the saved object's next due date and review status (fresh, due soon, overdue, never reviewed)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "reviews/panels/review_status.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["next_review_due"] = getattr(instance, "next_review_due", None)
            context["review_status"] = getattr(instance, "review_status", None)
            return context
