"""Review status, derived from the stored inputs and never stored itself.

The same rules exist twice, once in Python for a single object and once as SQL
expressions for querysets, so listings can filter and sort in the database.
``tests/reviews/test_status.py`` pins both to the same boundaries.

Boundaries, with ``due`` = last reviewed + cadence and ``soon`` = the site's
"due soon" window in days:

* never reviewed: no last-reviewed date;
* overdue: ``due`` is before today;
* due soon: ``due`` is today or within ``soon`` days (inclusive);
* fresh: anything later.

"Overdue" is admin vocabulary: nothing public may show these labels.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import models
from django.db.models import Case, F, Func, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from pagecache import per_version
from reviews.flags import flagged_on_subquery
from reviews.site_settings import ReviewDefaults


class ReviewStatus(models.TextChoices):
    NEVER_REVIEWED = "never_reviewed", "Never reviewed"
    OVERDUE = "overdue", "Overdue"
    DUE_SOON = "due_soon", "Due soon"
    FRESH = "fresh", "Fresh"


#: Statuses that need someone's attention.
DUE_STATUSES = (ReviewStatus.NEVER_REVIEWED, ReviewStatus.OVERDUE, ReviewStatus.DUE_SOON)


@dataclass(frozen=True)
class ReviewSettings:
    """The site-wide defaults the status depends on (Settings › Review defaults)."""

    default_review_every_days: int = 180
    due_soon_days: int = 30

    @classmethod
    def load(cls) -> "ReviewSettings":
        """The default site's settings; model defaults when there is no site or no row yet. One query, or
        none during a reading request once this process has read them at its content version."""
        return per_version.held("review_settings", cls._read)

    @classmethod
    def _read(cls) -> "ReviewSettings":
        # Read, never create: for_site() would insert the row, and two concurrent requests
        # (an editor's preview and publish) could both try to.
        stored = (
            ReviewDefaults.objects.filter(site__is_default_site=True)
            .values_list("default_review_every_days", "due_soon_days")
            .first()
        )
        return cls(*stored) if stored else cls()


def next_review_due(last_reviewed: date | None, review_every_days: int | None, settings: ReviewSettings) -> date | None:
    if last_reviewed is None:
        return None
    return last_reviewed + timedelta(days=review_every_days or settings.default_review_every_days)


def review_status(due: date | None, settings: ReviewSettings, today: date | None = None) -> ReviewStatus:
    today = today or timezone.localdate()
    if due is None:
        return ReviewStatus.NEVER_REVIEWED
    if due < today:
        return ReviewStatus.OVERDUE
    if due <= today + timedelta(days=settings.due_soon_days):
        return ReviewStatus.DUE_SOON
    return ReviewStatus.FRESH


class AddDays(Func):
    """``date + n days`` as a date, on PostgreSQL (tests, production) and SQLite (``make run``)."""

    output_field = models.DateField()
    arity = 2
    template = "(%(expressions)s)"
    arg_joiner = " + "

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, template="date(%(expressions)s || ' days')", arg_joiner=", '+' || ", **extra_context
        )


def next_review_due_expression(settings: ReviewSettings):
    """SQL for ``next_review_due``: NULL when never reviewed."""
    cadence = Coalesce(F("review_every_days"), Value(settings.default_review_every_days))
    return AddDays(F("last_reviewed"), cadence)


def review_status_expression(settings: ReviewSettings, today: date, due_field: str = "review_due"):
    """SQL for the status, reading an already-annotated due date (and ``review_flagged_on``)."""
    return Case(
        When(review_flagged_on__isnull=False, then=Value(ReviewStatus.OVERDUE.value)),
        When(**{f"{due_field}__isnull": True}, then=Value(ReviewStatus.NEVER_REVIEWED.value)),
        When(**{f"{due_field}__lt": today}, then=Value(ReviewStatus.OVERDUE.value)),
        When(
            **{f"{due_field}__lte": today + timedelta(days=settings.due_soon_days)},
            then=Value(ReviewStatus.DUE_SOON.value),
        ),
        default=Value(ReviewStatus.FRESH.value),
        output_field=models.CharField(),
    )


def annotate_review_status(queryset, settings: ReviewSettings, today: date | None = None):
    """Add ``review_due`` (date or NULL) and ``review_state`` (a ReviewStatus value).

    An open review flag (``reviews.flags``) makes the due date the flag's day
    and the status overdue.
    """
    today = today or timezone.localdate()
    due = Case(
        When(review_flagged_on__isnull=False, then=F("review_flagged_on")),
        default=next_review_due_expression(settings),
        output_field=models.DateField(),
    )
    return (
        queryset.annotate(review_flagged_on=flagged_on_subquery(queryset.model))
        .annotate(review_due=due)
        .annotate(review_state=review_status_expression(settings, today))
    )
