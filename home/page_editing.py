"""Creating a page in the admin never answers 500, however slow the server.

Wagtail 8.0's create view autosaves: the first autosave POST creates the page while the editor's own
Publish or a preview refresh may already be on its way to the *create* URL with the same slug. Each
of those requests validated the slug before the autosave committed, then ``Page.minimal_clean`` /
``full_clean`` (called from ``add_child``) finds it taken and raises ``ValidationError``, which
Wagtail does not catch: "Server Error (500)". (The race is in Wagtail's views; the project's page
models and forms do nothing unusual.) So, for every page type:

- the create form does not autosave (autosave still runs once the page exists, on the edit form);
- a slug taken between validation and save becomes a form error, and nothing is written;
- the preview on the create form reports "invalid" instead of failing.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.preview import PreviewOnCreateView, PreviewOnEditView
from wagtail.admin.viewsets.pages import PageViewSet


class CreatePageView(CreateView):
    # Wagtail sets this in dispatch() from WAGTAIL_AUTOSAVE_INTERVAL; on the create form it stays off.
    autosave_enabled = property(lambda self: False, lambda self, value: None)

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ValidationError as error:  # e.g. the slug was taken a moment after the form checked it
            form.add_error(None, error)
            return self.form_invalid(form)


class PreviewOnCreatePageView(PreviewOnCreateView):
    def get_form(self, query_dict):
        form = PreviewOnEditView.get_form(self, query_dict)
        if self.validate_form(form):
            form.instance.set_url_path(form.parent_page)
            try:
                form.instance.minimal_clean()
            except ValidationError as error:
                form.add_error(None, error)  # the preview says "invalid" until the editor fixes it
        return form


class SafeCreatePageViewSet(PageViewSet):
    """Wagtail's page views, with the two create-form views above; registered for ``Page``, so for every type."""

    add_view_class = CreatePageView
    preview_on_add_view_class = PreviewOnCreatePageView
