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

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import Count, F, OuterRef, Window
from django.db.models.functions import JSONObject, Lower, RowNumber
from wagtail.models import Page

from core.visibility import ReadablePageQuerySet, readable_through
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

    Two queries whatever the number of items and links, each bounded by the items shown rather than the
    catalogue on PostgreSQL: the first guides of each item are read in title order from the link table's
    index (``first_by_title``: each link carries its guide's title), stopping at ``ROLES_SHOWN`` readable ones;
    the totals count the item's links less those of guides readers may not open (a short list), without
    joining the pages."""
    items = list(items)
    if not items:
        return items
    link_model = role_link_model(snippet_model)
    item_field = snippet_model._meta.get_field("role_links").field.name
    links = link_model.objects.filter(**{f"{item_field}__in": items})
    shown = _first_links(items, link_model, item_field)
    hidden = ReadablePageQuerySet(Page).unreadable().values("pk")
    totals = dict(links.exclude(page_id__in=hidden).order_by().values_list(item_field).annotate(total=Count("pk")))
    for item in items:
        item.public_role_links = shown[item.pk]
        item.public_role_total = totals.get(item.pk, 0)
    return items


def _first_links(items, link_model, item_field) -> dict[int, list]:
    """Each item's first ``ROLES_SHOWN`` links to readable guides, in ``TITLE_ORDER``, by item id."""
    shown = defaultdict(list)
    if connection.vendor != "postgresql":
        # One window over every link of the items (no correlated arrays outside PostgreSQL).
        public = _to_public_roles(link_model.objects.filter(**{f"{item_field}__in": items}))
        first = (
            public.annotate(position=Window(RowNumber(), partition_by=F(item_field), order_by=TITLE_ORDER))
            .filter(position__lte=ROLES_SHOWN)
            .values("pk")
        )
        for link in public.filter(pk__in=first).only(item_field, "page__title", "page__slug", "page__url_path"):
            shown[getattr(link, f"{item_field}_id")].append(link)
        return shown
    first = _to_public_roles(link_model.objects.filter(**{item_field: OuterRef("pk")})).values(
        row=JSONObject(id="pk", page_id="page_id", title="page__title", slug="page__slug", url_path="page__url_path")
    )[:ROLES_SHOWN]
    arrays = (
        type(items[0])._base_manager.filter(pk__in=[item.pk for item in items]).values_list("pk", ArraySubquery(first))
    )
    page_field = link_model._meta.get_field("page")
    for item_id, rows in arrays:
        for row in rows:
            link = _loaded(link_model, id=row["id"], page_id=row["page_id"], **{f"{item_field}_id": item_id})
            page = _loaded(
                page_field.related_model,
                id=row["page_id"],
                page_ptr_id=row["page_id"],
                title=row["title"],
                slug=row["slug"],
                url_path=row["url_path"],
            )
            page_field.set_cached_value(link, page)
            shown[item_id].append(link)
    return shown


def _loaded(model, **values):
    """An instance as the ORM loads one with only these fields (the others deferred)."""
    fields = [field for field in model._meta.concrete_fields if field.attname in values]
    return model.from_db(connection.alias, [field.attname for field in fields], [values[f.attname] for f in fields])


def role_total(item) -> int:
    """How many live, public role guides link to this item: from the listing when it counted them."""
    total = getattr(item, "public_role_total", None)
    return public_role_count(item) if total is None else total


TITLE_ORDER = [Lower("page_title"), "page_id"]
"""Role guides by title regardless of case, as /roles/ lists them (the title each link carries, see
``first_by_title``); ties by id, so the chosen five never depend on the plan."""


def _to_public_roles(links):
    return links.filter(readable_through("page__")).select_related("page").order_by(*TITLE_ORDER)
