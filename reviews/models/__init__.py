"""The reviews app's models, one module each: the `Reviewable` mixin, the reminder log, the Fact-check
workflow task, review flags (`reviews.flags`) and the review-defaults setting (`reviews.site_settings`)."""

from reviews.flags import ReviewFlag
from reviews.models.fact_check import FactCheckTask
from reviews.models.reminder_log import ReminderLog
from reviews.models.reviewable import Reviewable, review_panel
from reviews.site_settings import ReviewDefaults

__all__ = ["FactCheckTask", "ReminderLog", "ReviewDefaults", "ReviewFlag", "Reviewable", "review_panel"]
