"""Reviewable content across every reviewable model, as one database query.

Each model's rows are annotated with the derived status (``reviews.status``),
reduced to the same columns and combined with ``UNION ALL``, so filtering,
ordering and pagination all happen in SQL and the number of queries does not
grow with the number of rows.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Cast, Lower
from django.utils import timezone
from django.utils.functional import cached_property

from reviews import registry
from reviews.flags import ReviewFlag
from reviews.permissions import editable_by
from reviews.reviewers import is_reviewer
from reviews.status import ReviewSettings, ReviewStatus, annotate_review_status

ROW_FIELDS = (
    "review_ct", "review_pk", "review_title", "review_owner_pk", "review_last", "review_due", "review_state",
    "review_flagged_on", "review_sort_title",
)  # fmt: skip

#: Never reviewed first, then the earliest due date: "most overdue first"; titles A-Z whatever their case.
MOST_OVERDUE_FIRST = (F("review_due").asc(nulls_first=True), "review_sort_title", "review_ct", "review_pk")


@dataclass
class ReviewItem:
    """One reviewable object as the admin lists it."""

    model: type
    pk: str
    title: str
    owner: object | None
    last_reviewed: date | None
    next_review_due: date | None
    status: ReviewStatus
    flag: object | None = None  # the open ``reviews.flags.ReviewFlag``, when one made this due

    @property
    def type_label(self) -> str:
        return registry.type_label(self.model)

    @cached_property
    def edit_url(self) -> str | None:
        return registry.edit_url(self.model, self.pk)

    @property
    def mark_reviewed_url(self) -> str:
        return registry.mark_reviewed_url(self.model, self.pk)

    @property
    def admin_url(self) -> str:
        """Absolute link to the edit view, for e-mails and spreadsheets."""
        return f"{django_settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{self.edit_url}" if self.edit_url else ""

    @property
    def owner_name(self) -> str:
        if self.owner is None:
            return ""
        return self.owner.get_full_name().strip() or self.owner.get_username()

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def flag_summary(self) -> str:
        """Why a flag made this due, with each old and new figure, on one line."""
        if self.flag is None:
            return ""
        changes = "; ".join(f"{item['label']}: {item['old']} → {item['new']}" for item in self.flag.details)
        return f"{self.flag.reason}: {changes}" if changes else self.flag.reason


def review_rows(
    *,
    user=None,
    settings: ReviewSettings | None = None,
    today: date | None = None,
    narrow: Callable[[models.QuerySet], models.QuerySet] | None = None,
):
    """A queryset of dict rows (``ROW_FIELDS``) over all live reviewable content, most overdue first.

    ``user``: keep only what that user may edit. ``narrow``: applied to each
    model's annotated queryset (it can filter on ``review_due``/``review_state``).
    """
    settings = settings or ReviewSettings.load()
    today = today or timezone.localdate()
    parts = []
    for model, content_type in registry.content_types_by_model().items():
        queryset = registry.live_queryset(model)
        if user is not None:
            queryset = editable_by(queryset, user)
        queryset = annotate_review_status(queryset, settings, today)
        if narrow is not None:
            queryset = narrow(queryset)
        parts.append(
            queryset.annotate(
                review_ct=Value(content_type.pk),
                review_pk=Cast("pk", models.CharField()),
                review_title=Cast(model.review_title_field(), models.CharField()),
                review_sort_title=Lower(Cast(model.review_title_field(), models.CharField())),
                review_owner_pk=F("review_owner_id"),
                review_last=F("last_reviewed"),
            )
            .values(*ROW_FIELDS)
            .order_by()
        )
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return combined.order_by(*MOST_OVERDUE_FIRST)


def to_items(rows) -> list[ReviewItem]:
    """Turn dict rows into ``ReviewItem``s with one query for all their owners."""
    rows = list(rows)
    models_by_ct = {ct.pk: model for model, ct in registry.content_types_by_model().items()}
    owner_ids = {row["review_owner_pk"] for row in rows if row["review_owner_pk"] is not None}
    owners = get_user_model()._default_manager.in_bulk(owner_ids) if owner_ids else {}
    flags = _open_flags(rows)
    return [
        ReviewItem(
            model=models_by_ct[row["review_ct"]],
            pk=row["review_pk"],
            title=row["review_title"],
            owner=owners.get(row["review_owner_pk"]),
            last_reviewed=row["review_last"],
            next_review_due=row["review_due"],
            status=ReviewStatus(row["review_state"]),
            flag=flags.get((row["review_ct"], row["review_pk"])),
        )
        for row in rows
    ]


def _open_flags(rows) -> dict:
    """Open review flags of the flagged rows by (content type id, pk), in one query."""
    flagged = [row for row in rows if row.get("review_flagged_on") is not None]
    if not flagged:
        return {}
    found = ReviewFlag.objects.filter(
        cleared_on__isnull=True,
        content_type_id__in={row["review_ct"] for row in flagged},
        object_id__in={row["review_pk"] for row in flagged},
    ).order_by("-raised_on", "-pk")
    return {(flag.content_type_id, flag.object_id): flag for flag in found}


def due_within(days: int, today: date) -> Q:
    """Never reviewed, overdue, or falling due within ``days`` days."""
    return Q(review_due__isnull=True) | Q(review_due__lte=today + timedelta(days=days))


def due_items(within_days: int | None = None, today: date | None = None) -> list[ReviewItem]:
    """Everything due (all owners), most overdue first; the window defaults to the site's "due soon" days."""
    settings = ReviewSettings.load()
    today = today or timezone.localdate()
    window = settings.due_soon_days if within_days is None else within_days
    rows = review_rows(settings=settings, today=today, narrow=lambda qs: qs.filter(due_within(window, today)))
    return to_items(rows)


def due_for_user(user, within_days: int | None = None, today: date | None = None) -> list[ReviewItem]:
    """What ``user`` is responsible for reviewing now, most overdue first.

    Responsible means: they are the review owner, or the object has no owner and
    they belong to the Reviewers group. Items are never reviewed, overdue, or due
    within ``within_days`` days (default: the site's "due soon" setting).
    """
    if not user.is_authenticated:
        return []
    settings = ReviewSettings.load()
    today = today or timezone.localdate()
    window = settings.due_soon_days if within_days is None else within_days
    responsible = Q(review_owner=user)
    if is_reviewer(user):
        responsible |= Q(review_owner__isnull=True)
    rows = review_rows(
        settings=settings, today=today, narrow=lambda qs: qs.filter(responsible).filter(due_within(window, today))
    )
    return to_items(rows)
