"""Admin views: the "Reviews due" report and the "Mark as reviewed" action."""

from django import forms
from django.apps import apps
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.generic import FormView
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from reviews import registry
from reviews.filters import ReviewsDueFilterSet
from reviews.permissions import lock_message, user_can_edit
from reviews.queries import review_rows, to_items
from reviews.services import mark_reviewed
from reviews.status import ReviewSettings, ReviewStatus

NEEDS_ACTION_NOW = (ReviewStatus.OVERDUE, ReviewStatus.NEVER_REVIEWED)


def _format_date(value, empty: str) -> str:
    return date_format(value, "j M Y") if value else empty


class ReviewRowsPaginator(WagtailPaginator):
    """Counts "items": the combined rows belong to several models, not to the first one."""

    model = None


class FlagColumn(Column):
    """Why a reviewer flagged the item; an empty cell when nobody did (hidden on a phone)."""

    cell_template_name = "reviews/tables/flag_cell.html"


class MarkReviewedColumn(Column):
    """A "Mark as reviewed" button that comes back to the report afterwards."""

    cell_template_name = "reviews/tables/mark_reviewed_cell.html"

    def get_value(self, instance):
        return f"{instance.mark_reviewed_url}?{urlencode({'next': reverse('reviews:report')})}"


# On a phone (reviews/static/reviews/report.css) the secondary columns are hidden and each row reads as a
# card: the title, then the due date, status, flag reason and action, each on its own labelled line.
SECONDARY = "reviews-report__secondary"
TITLE, DUE, FLAG, ACTION = (f"reviews-report__{part}" for part in ("title", "due", "flag", "action"))


class ReviewsDueReportView(ReportView):
    """Every live reviewable page and snippet the user may edit, most overdue first."""

    page_title = "Reviews due"
    header_icon = "date"
    index_url_name = "reviews:report"
    index_results_url_name = "reviews:report_results"
    filterset_class = ReviewsDueFilterSet
    export_filename = "reviews-due"
    paginator_class = ReviewRowsPaginator
    columns = [
        TitleColumn("title", label="Title", get_url=lambda item: item.edit_url, classname=TITLE),
        Column("type_label", label="Type", classname=SECONDARY),
        Column(
            "owner_name",
            label="Owner",
            accessor=lambda item: item.owner_name or "Nobody (Reviewers group)",
            classname=SECONDARY,
        ),
        Column(
            "last_reviewed",
            label="Last reviewed",
            accessor=lambda item: _format_date(item.last_reviewed, "Never"),
            classname=SECONDARY,
        ),
        Column(
            "next_review_due",
            label="Next review due",
            accessor=lambda item: _format_date(item.next_review_due, "Now"),
            classname=DUE,
        ),
        StatusTagColumn("status_label", label="Status", primary=lambda item: item.status in NEEDS_ACTION_NOW),
        FlagColumn("flag_summary", label="Flagged because", classname=FLAG),
        MarkReviewedColumn("mark_reviewed", label="Action", classname=ACTION),
    ]
    list_export = [
        "title",
        "type_label",
        "owner_name",
        "last_reviewed",
        "next_review_due",
        "status_label",
        "flag_summary",
        "admin_url",
    ]
    export_headings = {
        "title": "Title",
        "type_label": "Type",
        "owner_name": "Owner",
        "last_reviewed": "Last reviewed",
        "next_review_due": "Next review due",
        "status_label": "Status",
        "flag_summary": "Flagged because",
        "admin_url": "Edit link",
    }

    @cached_property
    def review_settings(self):
        return ReviewSettings.load()

    def get_queryset(self):
        return review_rows(user=self.request.user, settings=self.review_settings, narrow=self.filter_one_model)

    def get_filterset_kwargs(self):
        # The filterset never filters a queryset of its own: filter_one_model hands
        # it each model's queryset in turn. django-filter still wants one.
        return {**super().get_filterset_kwargs(), "queryset": registry.reviewable_models()[0]._default_manager.none()}

    def filter_one_model(self, queryset):
        """The filters run on each model's queryset before the rows are combined."""
        return super().filter_queryset(queryset)

    def filter_queryset(self, queryset):
        return queryset  # already filtered per model in get_queryset

    def paginate_queryset(self, queryset, page_size):
        # Turn the page's rows into ReviewItems before the table is built from them.
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = to_items(rows)
        return paginator, page, page.object_list, is_paginated

    def decorate_paginated_queryset(self, object_list):
        # Exports are not paginated, so their rows are converted here instead.
        return to_items(object_list) if self.is_export else object_list


class MarkReviewedForm(forms.Form):
    note = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Optional: what you checked or changed, e.g. 'Salary bands checked against 2026 survey'. "
        "Shown in the history.",
    )


class MarkReviewedView(WagtailAdminTemplateMixin, FormView):
    """Confirm (GET) and record (POST) that someone has checked an object's facts today."""

    template_name = "reviews/mark_reviewed.html"
    form_class = MarkReviewedForm
    header_icon = "date"

    def dispatch(self, request, app_label, model_name, pk):
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            raise Http404("No such content type.") from None
        if model not in registry.reviewable_models():
            raise Http404("This content type is not reviewable.")
        self.object = get_object_or_404(model._default_manager, pk=unquote(pk))
        if not user_can_edit(request.user, self.object):
            return self.forbidden(f"You can mark {self.object} as reviewed only if you may edit it.")
        if locked := lock_message(request.user, self.object):
            return self.forbidden(locked)
        self.edit_url = registry.edit_url(model, self.object.pk)
        return super().dispatch(request)

    def forbidden(self, reason):
        # A real 403: Wagtail's admin would turn PermissionDenied into a redirect home.
        return TemplateResponse(self.request, "reviews/forbidden.html", {"reason": reason}, status=403)

    def get_page_title(self):
        return f"Mark '{self.object}' as reviewed"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self.edit_url or "", "label": str(self.object)},
            {"url": "", "label": "Mark as reviewed"},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            edit_url=self.edit_url,
            type_label=registry.type_label(type(self.object)),
            next_url=self.request.GET.get("next", ""),
        )
        return context

    def get_success_url(self):
        """Back where the user came from (the report), else the object's editor."""
        next_url = self.request.POST.get("next") or self.request.GET.get("next")
        if next_url and url_has_allowed_host_and_scheme(next_url, {self.request.get_host()}, self.request.is_secure()):
            return next_url
        return self.edit_url or reverse("reviews:report")

    def form_valid(self, form):
        mark_reviewed(self.object, self.request.user, note=form.cleaned_data["note"])
        messages.success(self.request, f"'{self.object}' marked as reviewed today.")
        return redirect(self.get_success_url())
