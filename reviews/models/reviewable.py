"""Review freshness: the fields every reviewable page and snippet carries, and their admin panel."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from reviews.flags import earliest_open_flag
from reviews.review_status_panel import ReviewStatusPanel
from reviews.status import ReviewSettings, ReviewStatus, next_review_due, review_status


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

    @cached_property
    def review_settings(self) -> ReviewSettings:
        return ReviewSettings.load()

    @cached_property
    def review_flag(self):
        """The earliest open review flag (``reviews.flags``), which makes this due at once."""
        return earliest_open_flag(self) if self.pk else None

    @property
    def next_review_due(self):
        """The day the next review falls due; None when never reviewed; the flag's day when flagged."""
        if self.review_flag is not None:
            return self.review_flag.raised_on
        return next_review_due(self.last_reviewed, self.review_every_days, self.review_settings)

    @property
    def review_status(self) -> ReviewStatus:
        """Admin-only wording ("overdue"): never render this on a public page."""
        if self.review_flag is not None:
            return ReviewStatus.OVERDUE
        return review_status(self.next_review_due, self.review_settings)

    @classmethod
    def review_title_field(cls) -> str:
        """The field that names an object in review listings ("title", else "name")."""
        field_names = {field.name for field in cls._meta.get_fields()}
        return next(name for name in ("title", "name") if name in field_names)


def review_panel() -> MultiFieldPanel:
    """The admin panel for a Reviewable's fields, the same on every page and snippet editor."""
    return MultiFieldPanel(
        [
            FieldPanel("last_reviewed"),
            FieldRowPanel([FieldPanel("review_every_days", heading="Review every (days)"), FieldPanel("review_owner")]),
            ReviewStatusPanel(),
        ],
        heading="Review",
    )
