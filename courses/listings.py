"""The public course and certification listings: live snippets only, each with the
published role guides that recommend it, in a fixed number of queries.

Each item shows at most ``ROLES_SHOWN`` guides and how many more there are, linked to
the role index filtered on it (``/roles/?course=<id>``): a course recommended by
thousands of guides costs the same page as one recommended by three. The roles app (a
layer above) registers that index's URL with ``register_role_index``.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, F, Window
from django.db.models.functions import Lower, RowNumber

from core.visibility import readable_through
from courses.models.resources import Certification, Course, CourseFormat, role_link_model


@dataclass
class CourseListing:
    courses: list[Course]
    total_live: int
    format: str = ""
    provider: str = ""
    providers: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    formats = CourseFormat.choices

    @property
    def is_filtered(self) -> bool:
        return bool(self.format or self.provider)


ROLES_SHOWN = 5
"""Role guides named per course or certification; the rest are counted and linked."""


def _no_role_index(request) -> str | None:
    return None


_role_index_url: Callable[[object], str | None] = _no_role_index


def register_role_index(url: Callable[[object], str | None]) -> None:
    """``url(request)``: the role index's URL (or None), which takes ``?course=`` and ``?certification=``."""
    global _role_index_url
    _role_index_url = url


def more_roles_url(request, item) -> str | None:
    """The role index filtered on this course or certification."""
    if request is None:
        base = _role_index_url(request)
    elif not hasattr(request, "_role_index_url"):
        base = request._role_index_url = _role_index_url(request)  # once per request, whatever the items
    else:
        base = request._role_index_url
    return f"{base}?{item._meta.model_name}={item.pk}" if base else None


def course_listing(query) -> CourseListing:
    """Live courses filtered by the GET parameters ``format`` and ``provider``.

    A value that matches nothing we publish is ignored and explained in
    ``notices`` rather than answered with an error or an empty page.
    """
    live = Course.objects.live()
    providers = list(live.exclude(provider="").order_by("provider").values_list("provider", flat=True).distinct())
    notices = []

    chosen_format = query.get("format", "").strip()
    if chosen_format and chosen_format not in CourseFormat.values:
        notices.append(f"There is no course format called “{chosen_format}”, so courses of every format are shown.")
        chosen_format = ""
    chosen_provider = query.get("provider", "").strip()
    if chosen_provider and chosen_provider not in providers:
        notices.append(f"No published course comes from “{chosen_provider}”, so courses from every provider are shown.")
        chosen_provider = ""

    courses = live
    if chosen_format:
        courses = courses.filter(format=chosen_format)
    if chosen_provider:
        courses = courses.filter(provider=chosen_provider)
    return CourseListing(
        courses=with_public_roles(courses, Course),
        total_live=live.count(),
        format=chosen_format,
        provider=chosen_provider,
        providers=providers,
        notices=notices,
    )


def live_certifications() -> list[Certification]:
    return with_public_roles(Certification.objects.live(), Certification)


def recommending_links(item):
    """The public role links of one course or certification (used by snippet previews)."""
    if item.pk is None:
        return []
    return list(_to_public_roles(item.role_links.all()))


def public_role_count(item) -> int:
    """How many live, public role guides link to this one item (used by snippet previews)."""
    return 0 if item.pk is None else _to_public_roles(item.role_links.all()).count()


def with_public_roles(items, snippet_model) -> list:
    """``items``, each with ``public_role_links`` (its first ``ROLES_SHOWN`` links to live, public role guides,
    by role title: titles, slugs and URL paths only) and ``public_role_total`` (how many such links it has in all).

    Three queries whatever the number of items and links: the items; every shown link, chosen by a window
    over the links' ids and titles alone (sorting whole rows spilled to disk at 10,000 guides); and the
    totals, one grouped count."""
    items = list(items)
    link_model = role_link_model(snippet_model)
    item_field = snippet_model._meta.get_field("role_links").field.name
    public = _to_public_roles(link_model.objects.filter(**{f"{item_field}__in": items}))
    first = (
        public.annotate(position=Window(RowNumber(), partition_by=F(item_field), order_by=TITLE_ORDER))
        .filter(position__lte=ROLES_SHOWN)
        .values("pk")
    )
    shown = defaultdict(list)
    for link in public.filter(pk__in=first).only(item_field, "page__title", "page__slug", "page__url_path"):
        shown[getattr(link, f"{item_field}_id")].append(link)
    totals = dict(public.order_by().values_list(item_field).annotate(total=Count("pk")))
    for item in items:
        item.public_role_links = shown[item.pk]
        item.public_role_total = totals.get(item.pk, 0)
    return items


def role_total(item) -> int:
    """How many live, public role guides link to this item: from the listing when it counted them."""
    total = getattr(item, "public_role_total", None)
    return public_role_count(item) if total is None else total


TITLE_ORDER = [Lower("page__title"), "page_id"]
"""Role guides by title regardless of case, as /roles/ lists them; ties by id, so the chosen five never depend
on the plan."""


def _to_public_roles(links):
    return links.filter(readable_through("page__")).select_related("page").order_by(*TITLE_ORDER)
