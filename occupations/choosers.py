"""The occupation chooser: search by SOC code (prefix) or by words of the title.

Full-text search splits "15-1252" into numbers, so the chooser filters in the
database instead: a query matches codes that start with it and titles that
contain it.
"""

from django import forms
from django.db.models import Q
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet


class OccupationFilterForm(BaseFilterForm):
    q = forms.CharField(
        label="Search term",
        widget=forms.TextInput(attrs={"placeholder": "SOC code or title"}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = objects.filter(Q(code__startswith=query) | Q(title__icontains=query))
            self.is_searching = True
            self.search_query = query
        return objects


class OccupationChooseView(ChooseView):
    filter_form_class = OccupationFilterForm


class OccupationChooseResultsView(ChooseResultsView):
    filter_form_class = OccupationFilterForm


class OccupationChooserViewSet(SnippetChooserViewSet):
    choose_view_class = OccupationChooseView
    choose_results_view_class = OccupationChooseResultsView
