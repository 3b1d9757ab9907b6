"""GET /api/v1/reviews/due: what the token's user is responsible for reviewing now.

Token-only and for users with admin access, so unlike every public endpoint it shows the review
status ("overdue" is admin vocabulary; see docs/reviews.md). The items are ``due_for_user``'s: the
same list as the user's dashboard panel.
"""

from datetime import date

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import AuthorizationError

from core.api.errors import error_responses
from core.api.pagination import ListPage, PageParams, paginate
from core.api.tokens import APITokenAuth
from reviews.queries import ReviewItem, due_for_user
from reviews.status import ReviewStatus

router = Router(auth=APITokenAuth())

MAX_WITHIN_DAYS = 3650
NO_ADMIN_ACCESS = "The token's user has no access to the Role Atlas admin, so has no reviews to see."


class ReviewsDueParams(PageParams):
    within: int | None = Field(
        None,
        ge=0,
        le=MAX_WITHIN_DAYS,
        description=f"Also list what falls due within this many days (0-{MAX_WITHIN_DAYS}). "
        "Default: the site's 'due soon' setting (Settings › Review defaults).",
    )


class ReviewOwner(Schema):
    username: str
    name: str = Field(description="Full name, else the username.")


class ReviewDueItem(Schema):
    type: str = Field(description="The content type as 'app_label.model', e.g. 'roles.rolepage'.")
    type_label: str = Field(description="The content type in words, e.g. 'Role page'.")
    id: str = Field(description="The object's primary key.")
    title: str
    status: ReviewStatus = Field(description="Derived from next_review_due and the site's 'due soon' window.")
    status_label: str
    last_reviewed: date | None
    next_review_due: date | None = Field(description="Null when never reviewed.")
    owner: ReviewOwner | None = Field(description="Who is reminded; null means the Reviewers group.")
    edit_url: str | None = Field(description="Absolute URL of the object's edit view in the admin.")


class ReviewsDueList(ListPage):
    results: list[ReviewDueItem]


def review_item_out(item: ReviewItem) -> dict:
    return {
        "type": item.model._meta.label_lower,
        "type_label": item.type_label,
        "id": item.pk,
        "title": item.title,
        "status": item.status,
        "status_label": item.status_label,
        "last_reviewed": item.last_reviewed,
        "next_review_due": item.next_review_due,
        "owner": {"username": item.owner.get_username(), "name": item.owner_name} if item.owner else None,
        "edit_url": item.admin_url or None,
    }


@router.get(
    "/due",
    response={200: ReviewsDueList, **error_responses(401, 403)},
    summary="List what the token's user must review",
    operation_id="reviews_due",
)
def reviews_due(request: HttpRequest, params: Query[ReviewsDueParams]):
    """Live content the user owns (or, as a Reviewer, that has no owner) that was never reviewed, is overdue,
    or falls due within ``within`` days; most overdue first. 401 without a valid token, 403 without admin access."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise AuthorizationError(message=NO_ADMIN_ACCESS)
    items = due_for_user(request.user, within_days=params.within)
    page = paginate(request, items, params)
    page["results"] = [review_item_out(item) for item in page["results"]]
    return page
