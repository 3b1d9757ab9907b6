"""Review flags: "check this now", raised by something other than the calendar.

A flag (e.g. official figures moved, ``roles.official_figures``) makes the
object due at once: its due date becomes the day the flag was raised and its
status "overdue", in Python and SQL alike, until the next "Mark as reviewed"
clears it. The flag keeps what triggered it (``details``) for the Reviews due
report and the reminder e-mail.
"""

from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone


class ReviewFlag(models.Model):
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    reason = models.CharField(max_length=255, help_text='Why, e.g. "Official figures moved (OEWS May 2024)".')
    details = models.JSONField(default=list, blank=True, help_text="What changed: a list of {label, old, new} items.")
    raised_on = models.DateField()
    raised_at = models.DateTimeField(auto_now_add=True)
    cleared_on = models.DateField(null=True, blank=True)

    class Meta:
        app_label = "reviews"
        indexes = [models.Index(fields=["content_type", "object_id", "cleared_on"], name="reviewflag_open_by_object")]
        ordering = ["-raised_at"]

    def __str__(self):
        return self.reason


def _content_type(model) -> ContentType:
    return ContentType.objects.get_for_model(model, for_concrete_model=False)


def raise_flag(obj, reason: str, details: list[dict], today: date | None = None) -> ReviewFlag:
    return ReviewFlag.objects.create(
        content_type=_content_type(type(obj)),
        object_id=str(obj.pk),
        reason=reason,
        details=details,
        raised_on=today or timezone.localdate(),
    )


def open_flags(model, object_ids):
    return ReviewFlag.objects.filter(
        content_type=_content_type(model), object_id__in=[str(pk) for pk in object_ids], cleared_on__isnull=True
    )


def earliest_open_flag(obj) -> ReviewFlag | None:
    return open_flags(type(obj), [obj.pk]).order_by("raised_on", "pk").first()


def clear_flags(obj, today: date | None = None) -> int:
    return open_flags(type(obj), [obj.pk]).update(cleared_on=today or timezone.localdate())


def flagged_on_subquery(model):
    """SQL: the day the earliest open flag on each row was raised, or NULL."""
    flags = ReviewFlag.objects.filter(
        content_type=_content_type(model),
        object_id=Cast(OuterRef("pk"), models.CharField()),
        cleared_on__isnull=True,
    ).order_by("raised_on")
    return Subquery(flags.values("raised_on")[:1], output_field=models.DateField())
