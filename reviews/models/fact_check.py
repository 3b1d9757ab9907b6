"""The Fact-check workflow task: approving it marks the content reviewed."""

from django.db import transaction
from wagtail.models import AbstractGroupApprovalTask

from reviews.models.reviewable import Reviewable
from reviews.services import mark_reviewed


class FactCheckTask(AbstractGroupApprovalTask):
    """A workflow step where a member of the chosen groups checks every fact and figure.

    Approving it marks the object reviewed (today's date, the approval comment as
    the note) through ``reviews.services.mark_reviewed``, then continues the
    workflow as a group approval would.
    """

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            content_object = task_state.workflow_state.content_object
            specific = getattr(content_object, "specific", content_object)
            if isinstance(specific, Reviewable):
                mark_reviewed(specific, user, note=kwargs.get("comment", ""))
                # The workflow publishes from this instance next: drop its cached
                # latest revision so the newly dated draft is what goes live.
                content_object.refresh_from_db()
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups check every fact and figure; approving marks the content reviewed today."

    class Meta:
        verbose_name = "Fact-check task"
        verbose_name_plural = "Fact-check tasks"
