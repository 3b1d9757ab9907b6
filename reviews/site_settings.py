"""The site's review defaults (Settings › Review defaults), owned by the reviews app."""

from django.core.validators import MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="date")
class ReviewDefaults(BaseSiteSetting):
    """How often content without a cadence of its own is reviewed, and when a review counts as due soon."""

    default_review_every_days = models.PositiveIntegerField(
        default=180,
        validators=[MinValueValidator(1)],
        help_text="Review cadence, in days, for content that does not set its own.",
    )
    due_soon_days = models.PositiveIntegerField(
        default=30,
        validators=[MinValueValidator(1)],
        help_text="Content whose next review falls within this many days counts as 'due soon'.",
    )

    panels = [FieldPanel("default_review_every_days"), FieldPanel("due_soon_days")]

    class Meta:
        verbose_name = "Review defaults"
        verbose_name_plural = "Review defaults"
