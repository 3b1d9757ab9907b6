"""The record that makes review reminders idempotent."""

from django.conf import settings
from django.db import models

from reviews.status import ReviewStatus


class ReminderLog(models.Model):
    """One reminder sent to one person about one object at one stage of its review cycle.

    A reminder is sent once per (recipient, object, status, due date): a second run
    the same day, or any later day at the same stage, sends nothing new. Reviewing
    the object moves its due date and starts a new cycle.
    """

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    status = models.CharField(max_length=20, choices=ReviewStatus.choices)
    due_on = models.DateField(null=True, blank=True)
    sent_on = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["recipient", "content_type", "object_id"], name="reminderlog_recipient_object")]
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.status} reminder to {self.recipient} on {self.sent_on}"
