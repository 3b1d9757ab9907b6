"""Which models are reviewable, and how the admin names and links them.

Discovery is generic: every concrete model that inherits ``Reviewable`` joins
the report, dashboard, reminders and commands without being listed anywhere.
"""

from django.apps import apps
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from wagtail.models import DraftStateMixin, Page

from reviews.models import Reviewable


def reviewable_models() -> list[type[Reviewable]]:
    """Concrete models that declare the review fields themselves, by verbose name.

    A subclass of a reviewable model (multi-table inheritance) is left out: its
    rows are already rows of its parent.
    """
    found = [
        model
        for model in apps.get_models()
        if issubclass(model, Reviewable) and model._meta.get_field("last_reviewed").model is model
    ]
    return sorted(found, key=lambda model: str(model._meta.verbose_name))


def is_page_model(model) -> bool:
    return issubclass(model, Page)


def live_queryset(model):
    """What readers can see: live pages and live snippets; other rows are not yet due anywhere."""
    queryset = model._default_manager.all()
    if is_page_model(model) or issubclass(model, DraftStateMixin):
        queryset = queryset.filter(live=True)
    return queryset


def type_label(model) -> str:
    return capfirst(model._meta.verbose_name)


def edit_url(model, pk) -> str | None:
    """The admin edit view of a reviewable object (None if it has no admin)."""
    if is_page_model(model):
        return reverse("wagtailadmin_pages:edit", args=[pk])
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is None:
        return None
    try:
        return reverse(viewset.get_url_name("edit"), args=[quote(pk)])
    except NoReverseMatch:
        return None


def mark_reviewed_url(model, pk) -> str:
    meta = model._meta
    return reverse("reviews:mark_reviewed", args=[meta.app_label, meta.model_name, quote(pk)])


def content_types_by_model() -> dict[type, ContentType]:
    """Content types of all reviewable models (cached by Django after the first call)."""
    return ContentType.objects.get_for_models(*reviewable_models(), for_concrete_models=False)
