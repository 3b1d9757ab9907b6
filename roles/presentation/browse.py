"""Filtering, sorting and paging the role guides listed at /roles/.

A plain GET form: every state is a shareable URL, it works without JavaScript,
and a value the form rejects is dropped with a notice instead of failing the page.
Its parameters are the API's (`roles.querysets`); the names the site used before
(`LEGACY_PARAMETERS`) still work, so shared links keep their filters.
"""

from dataclasses import dataclass, field

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import OuterRef, Subquery
from django.http import QueryDict
from taggit.models import Tag

from core.paging import SortedIdsPaginator
from courses.models import Certification, Course
from roles.models.snippets import RoleFamily
from roles.presentation.figures import GrowthOutlook
from roles.presentation.house_style import UsdAmountField, money
from roles.querysets import RoleCriteria

PER_PAGE = 12

SORT_MENU = {
    "title": "Title (A-Z)",
    "-median_salary": "Median salary (highest first)",
    "median_salary": "Median salary (lowest first)",
    "-ai_impact_score": "AI impact (highest first)",
    "ai_impact_score": "AI impact (lowest first)",
    "-last_reviewed": "Last reviewed (newest first)",
}
"""The orderings the form offers (a subset of `roles.querysets.ORDERINGS`), with their labels."""

LEGACY_PARAMETERS = {
    "entry": ("entry_level", {"yes": "true", "no": "false"}),
    "growth": ("growth_outlook", {}),
    "impact_min": ("ai_impact_min", {}),
    "impact_max": ("ai_impact_max", {}),
    "sort": (
        "ordering",
        {
            "salary_desc": "-median_salary",
            "salary_asc": "median_salary",
            "impact_desc": "-ai_impact_score",
            "impact_asc": "ai_impact_score",
            "reviewed": "-last_reviewed",
        },
    ),
}
"""The site's earlier parameter names: name -> (the shared name, earlier value -> shared value)."""


def with_shared_names(query: QueryDict) -> QueryDict:
    """``query`` with every earlier parameter name and value rewritten to the shared ones (a shared name
    given as well wins)."""
    query = query.copy()
    for legacy, (shared, values) in LEGACY_PARAMETERS.items():
        if legacy in query:
            value = query.pop(legacy)[-1]
            query.setdefault(shared, values.get(value, value))
    return query


class RoleFilterForm(forms.Form):
    family = forms.ModelChoiceField(
        queryset=RoleFamily.objects.none(), to_field_name="slug", required=False, empty_label="Any family"
    )
    entry_level = forms.ChoiceField(
        label="Entry level",
        choices=[("", "Any"), ("true", "Open to beginners"), ("false", "Needs prior experience")],
        required=False,
    )
    growth_outlook = forms.ChoiceField(
        label="Growth outlook", choices=[("", "Any outlook"), *GrowthOutlook.choices], required=False
    )
    ai_impact_min = forms.IntegerField(label="AI impact from", min_value=0, max_value=100, required=False)
    ai_impact_max = forms.IntegerField(label="AI impact to", min_value=0, max_value=100, required=False)
    salary_min = UsdAmountField(label="Median salary from (USD)", min_value=0, max_value=10_000_000, required=False)
    salary_max = UsdAmountField(label="Median salary to (USD)", min_value=0, max_value=10_000_000, required=False)
    skill = forms.ModelChoiceField(
        label="Skill",
        queryset=Tag.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label="Any skill",
    )
    # Reached from the course and certification listings ("and 1,240 more"); kept as hidden fields.
    course = forms.ModelChoiceField(queryset=Course.objects.live(), required=False, widget=forms.HiddenInput)
    certification = forms.ModelChoiceField(
        queryset=Certification.objects.live(), required=False, widget=forms.HiddenInput
    )
    ordering = forms.ChoiceField(label="Sort", choices=list(SORT_MENU.items()), required=False)

    def __init__(self, *args, readable_roles, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # The menus offer only families and skills that the readable guides (`readable_roles`) use, so no draft or
        # private name leaks. Set here, not in the field declarations: this module loads while the role models are
        # still being defined.
        self.fields["family"].queryset = used_by(RoleFamily.objects.only("name", "slug"), readable_roles, "family")
        self.fields["skill"].queryset = used_by(Tag.objects.only("name", "slug"), readable_roles, "tags").order_by(
            "name"
        )

    def clean(self):
        cleaned = super().clean()
        for low, high, label in (
            ("ai_impact_min", "ai_impact_max", "AI impact"),
            ("salary_min", "salary_max", "median salary"),
        ):
            if cleaned.get(low) is not None and cleaned.get(high) is not None and cleaned[low] > cleaned[high]:
                self.add_error(high, f"The upper {label} limit must not be below the lower one.")
        return cleaned


def used_by(choices, roles, lookup: str):
    """The ``choices`` (families, tags) that at least one of ``roles`` uses through ``lookup``. Tested per choice with
    a ``LIMIT 1`` subquery: there are few choices, and each test stops at its first guide (a join over every guide
    and a ``DISTINCT`` cost 10 ms each at 10,000 guides)."""
    example = roles.filter(**{lookup: OuterRef("pk")}).order_by().values("pk")[:1]
    return choices.alias(example=Subquery(example)).filter(example__isnull=False)


def criteria_from_form(cleaned: dict) -> RoleCriteria:
    """The form's cleaned values as the criteria the API uses too (missing keys mean 'any')."""
    return RoleCriteria(
        family=cleaned["family"].slug if cleaned.get("family") else None,
        entry_level=(cleaned["entry_level"] == "true") if cleaned.get("entry_level") else None,
        growth_outlook=cleaned.get("growth_outlook") or None,
        ai_impact_min=cleaned.get("ai_impact_min"),
        ai_impact_max=cleaned.get("ai_impact_max"),
        salary_min=cleaned.get("salary_min"),
        salary_max=cleaned.get("salary_max"),
        skill=cleaned["skill"].slug if cleaned.get("skill") else None,
        course=cleaned["course"].pk if cleaned.get("course") else None,
        certification=cleaned["certification"].pk if cleaned.get("certification") else None,
    )


@dataclass
class ActiveFilter:
    label: str
    remove_query: str


@dataclass
class Browse:
    form: RoleFilterForm
    query: QueryDict
    """The request's parameters under their shared names, without the ignored ones: what links keep."""
    results: object  # a paginator page of RolePage
    total: int
    notices: list[str] = field(default_factory=list)
    active_filters: list[ActiveFilter] = field(default_factory=list)

    @property
    def is_filtered(self) -> bool:
        return bool(self.active_filters)


def _ignored_notices(form: RoleFilterForm) -> list[str]:
    notices = []
    for name, errors in form.errors.items():
        label = form.fields[name].label or name.replace("_", " ").capitalize()
        value = form.data.get(name, "")
        notices.append(f"Ignored {label} “{value[:60]}”: {' '.join(errors)}")
    return notices


def _active_filters(form: RoleFilterForm, query) -> list[ActiveFilter]:
    active = []
    for name, value in form.cleaned_data.items():
        if name == "ordering" or value in (None, ""):
            continue
        bound = form[name]
        field_ = form.fields[name]
        if isinstance(field_, forms.ModelChoiceField):
            shown = str(value)
        elif isinstance(field_, forms.ChoiceField):  # plain choices: show the label, not the code
            shown = dict(field_.choices)[value]
        elif name.startswith("salary"):
            shown = money(value)
        else:
            shown = value
        remaining = query.copy()
        remaining.pop(name, None)
        remaining.pop("page", None)
        active.append(ActiveFilter(label=f"{bound.label}: {shown}", remove_query=remaining.urlencode()))
    return active


def browse_roles(request, guides) -> Browse:
    """The filtered, sorted, paginated role guides among ``guides`` (a ``RolePage`` queryset) for this request."""
    query = with_shared_names(request.GET)
    readable_roles = guides.readable()  # the menus offer what this listing can show
    form = RoleFilterForm(data=query, readable_roles=readable_roles)
    notices = []
    if not form.is_valid():
        notices = _ignored_notices(form)
        for name in form.errors:
            query.pop(name, None)
        form = RoleFilterForm(data=query, readable_roles=readable_roles)  # shown without the ignored values
        form.is_valid()

    roles = readable_roles.matching(criteria_from_form(form.cleaned_data))
    roles = (
        roles.ordered(form.cleaned_data.get("ordering") or "title").select_related("family").prefetch_related("tags")
    )

    paginator = SortedIdsPaginator(roles, PER_PAGE)
    try:
        results = paginator.page(query.get("page", 1))
    except PageNotAnInteger:
        notices.append("Ignored the page number: it is not a whole number.")
        results = paginator.page(1)
    except EmptyPage:
        notices.append("That page number is past the last page; showing the first page.")
        results = paginator.page(1)
    return Browse(
        form=form,
        query=query,
        results=results,
        total=paginator.count,
        notices=notices,
        active_filters=_active_filters(form, query),
    )
