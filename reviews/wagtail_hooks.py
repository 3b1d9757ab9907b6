"""Admin wiring: the report, the dashboard panel, "Mark as reviewed" and its audit-log action."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem as PageActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.action_menu import ActionMenuItem as SnippetActionMenuItem

from reviews import registry, urls
from reviews.models import Reviewable
from reviews.panels import YourReviewsPanel
from reviews.permissions import user_can_edit, user_can_review_anything
from reviews.services import MARK_REVIEWED_ACTION


@hooks.register("register_admin_urls")
def register_reviews_urls():
    return [path("reviews/", include(urls, namespace="reviews"))]


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_review_anything(request.user)


@hooks.register("register_reports_menu_item")
def register_reviews_due_report():
    return ReviewsDueMenuItem("Reviews due", reverse("reviews:report"), icon_name="date", order=50)


@hooks.register("construct_homepage_panels")
def add_your_reviews_panel(request, panels):
    panels.append(YourReviewsPanel(request.user))


@hooks.register("register_log_actions")
def register_mark_reviewed_action(actions):
    @actions.register_action(MARK_REVIEWED_ACTION)
    class MarkReviewedFormatter(LogFormatter):
        label = "Mark as reviewed"

        def format_message(self, log_entry):
            reviewed_on = log_entry.data.get("date")
            return f"Marked as reviewed on {reviewed_on}" if reviewed_on else "Marked as reviewed"

        def format_comment(self, log_entry):
            return log_entry.data.get("note", "")


class MarkReviewedPageMenuItem(PageActionMenuItem):
    label = "Mark as reviewed"
    name = "action-mark-reviewed"
    icon_name = "date"

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and not context["locked_for_user"]
            and isinstance(page, Reviewable)
            and self.get_user_page_permissions_tester(context).can_edit()
        )

    def get_url(self, context):
        page = context["page"]
        return registry.mark_reviewed_url(type(page), page.pk)


class MarkReviewedSnippetMenuItem(SnippetActionMenuItem):
    label = "Mark as reviewed"
    name = "action-mark-reviewed"
    icon_name = "date"

    def is_shown(self, context):
        return (
            context["view"] == "edit"
            and not context.get("locked_for_user")
            and user_can_edit(context["request"].user, context["instance"])
        )

    def get_url(self, context):
        instance = context["instance"]
        return registry.mark_reviewed_url(type(instance), instance.pk)


@hooks.register("register_page_action_menu_item")
def register_mark_reviewed_page_action():
    return MarkReviewedPageMenuItem(order=55)


@hooks.register("register_snippet_action_menu_item")
def register_mark_reviewed_snippet_action(model):
    if issubclass(model, Reviewable):
        return MarkReviewedSnippetMenuItem(order=55)
    return None


@hooks.register("insert_global_admin_css")
def reviews_report_css():
    """The reviews report stays usable on a phone (reviews/static/reviews/report.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("reviews/report.css"))
