"""Admin panels used by packaged paths."""

from wagtail.admin.panels import InlinePanel


class CheckedInlinePanel(InlinePanel):
    """An InlinePanel whose formset class runs list-wide checks (see ``paths.forms``)."""

    def __init__(self, relation_name, *args, formset_class, **kwargs):
        super().__init__(relation_name, *args, **kwargs)
        self.formset_class = formset_class

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "formset_class": self.formset_class}

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = self.formset_class
        return options
