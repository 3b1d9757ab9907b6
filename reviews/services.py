"""Marking content as reviewed: the one code path the admin action, the
Fact-check workflow task and anything else use."""

from datetime import date

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, Revision, RevisionMixin

from reviews.flags import clear_flags
from reviews.models.reviewable import Reviewable
from reviews.signals import content_reviewed

MARK_REVIEWED_ACTION = "reviews.mark_reviewed"


@transaction.atomic
def mark_reviewed(obj: Reviewable, user, note: str = "", today: date | None = None):
    """Set ``last_reviewed`` to today on the live object without publishing anything.

    Only the review date is written to the database row, so a page or snippet
    with an unpublished draft stays unpublished. That draft (the latest revision,
    when newer than the live version) gets the new date too, so publishing it
    later does not bring back the old date. Records one ``reviews.mark_reviewed``
    audit entry with the user, date and note, shown in the object's history,
    and sends ``reviews.signals.content_reviewed`` (e.g. to purge a page cache:
    no publish signal fires).
    """
    if not isinstance(obj, Reviewable):
        raise TypeError(f"{type(obj).__name__} is not reviewable.")
    today = today or timezone.localdate()
    type(obj)._default_manager.filter(pk=obj.pk).update(last_reviewed=today)
    obj.last_reviewed = today
    clear_flags(obj, today)
    obj.__dict__.pop("review_flag", None)
    _date_pending_draft(obj, today)
    log(
        instance=obj,
        action=MARK_REVIEWED_ACTION,
        user=user,
        data={"date": today.isoformat(), "note": note.strip()},
    )
    content_reviewed.send(sender=type(obj), instance=obj, user=user, note=note.strip())
    return obj


def _date_pending_draft(obj, today: date) -> None:
    """Date the revision the editor opens next, when that is not the live row."""
    if not isinstance(obj, RevisionMixin) or obj.latest_revision_id is None:
        return
    if isinstance(obj, DraftStateMixin) and not obj.has_unpublished_changes:
        return  # the editor opens the live row, which already has the new date
    revision_id = obj.latest_revision_id
    revision = Revision.objects.select_for_update().get(pk=revision_id)
    revision.content["last_reviewed"] = today.isoformat()
    Revision.objects.filter(pk=revision.pk).update(content=revision.content)
