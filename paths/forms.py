"""List-wide checks for a path's inline lists, run by the admin's inline formsets.

A single row validates itself (model ``clean()`` and DB constraints); a rule
about the whole list (how many roles, no role twice) needs every submitted row,
which only the formset sees. Errors are attached to the row and field at fault.
"""

from modelcluster.forms import BaseChildFormSet


class NoRepeatsFormSet(BaseChildFormSet):
    """Rejects the same choice (``unique_field``) in two rows, naming the row that repeats it."""

    unique_field: str = ""
    repeat_message = "{item} is already in this list (row {first_row}); each can appear only once."

    def clean(self):
        first_row_of = {}
        for row_number, form in enumerate(self._kept_forms(), start=1):
            item = form.cleaned_data.get(self.unique_field)
            if item is None:
                continue
            if item.pk in first_row_of:
                form.add_error(
                    self.unique_field,
                    self.repeat_message.format(item=item, first_row=first_row_of[item.pk]),
                )
            else:
                first_row_of[item.pk] = row_number
        super().clean()

    def _kept_forms(self):
        """Submitted rows that are valid so far and not marked for deletion, in the editor's order."""
        forms = [form for form in self.forms if form.is_valid() and not self._should_delete_form(form)]
        if self.can_order:
            forms.sort(key=lambda form: form.cleaned_data.get("ORDER") or 0)
        return forms


class PathRoleFormSet(NoRepeatsFormSet):
    unique_field = "role"
    repeat_message = "{item} is already role {first_row} of this path; a role can appear only once."
    default_error_messages = {
        **NoRepeatsFormSet.default_error_messages,
        "too_few_forms": "Roles: a path needs at least %(num)d roles (where people start and the role they move into).",
    }


class PathCourseFormSet(NoRepeatsFormSet):
    unique_field = "course"
    repeat_message = "{item} is already recommended (row {first_row}); recommend a course only once."
