"""The public course and certification listings: live snippets only, each with the
published role guides that recommend it, in a fixed number of queries."""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from core.visibility import readable_pages
from courses.models import Certification, Course, CourseFormat, role_link_model


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
        courses=list(courses.prefetch_related(_public_role_links(Course))),
        total_live=live.count(),
        format=chosen_format,
        provider=chosen_provider,
        providers=providers,
        notices=notices,
    )


def live_certifications() -> list[Certification]:
    return list(Certification.objects.live().prefetch_related(_public_role_links(Certification)))


def recommending_links(item):
    """The public role links of one course or certification (used by snippet previews)."""
    if item.pk is None:
        return []
    return list(_to_public_roles(item.role_links.all()))


def _public_role_links(snippet_model) -> Prefetch:
    """Prefetch ``public_role_links``: the item's links to live, public role guides, by role title."""
    links = role_link_model(snippet_model).objects.all()
    return Prefetch("role_links", queryset=_to_public_roles(links), to_attr="public_role_links")


def _to_public_roles(links):
    return links.filter(page__in=readable_pages()).select_related("page").order_by("page__title")
