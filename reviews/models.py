"""Review freshness: the fields every reviewable page and snippet carries."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone


class Reviewable(models.Model):
    """Mixin for content whose facts go stale and must be re-checked on a cadence.

    Only the inputs are stored; the due date and status are derived (see
    ``reviews.status``) so they can never disagree with them.
    """

    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text="The day an editor last checked every fact and figure. Readers see this date. "
        "Publishing alone does not change it.",
    )
    review_every_days = models.PositiveIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="How often this content must be re-checked, in days. "
        "Leave empty to use the site default (Settings › Role Atlas).",
    )
    review_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who is reminded when a review is due. Without an owner, the Reviewers group is.",
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            raise ValidationError({"last_reviewed": "The last review date cannot be in the future."})
