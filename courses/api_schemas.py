"""Response and filter shapes of the course and certification endpoints."""

from datetime import date

from ninja import Field, Schema

from core.api.pagination import ListPage, PageParams
from core.api.schemas import SLUG_PATTERN, RoleLink
from courses.models import CourseFormat


class CourseOut(Schema):
    id: int
    title: str
    provider: str
    format: CourseFormat
    url: str | None = Field(description="Where to find the course (the provider's page); null when unknown.")
    description: str = Field(description="HTML.")
    last_reviewed: date | None
    roles: list[RoleLink] = Field(description="Published role guides that recommend this course, by title.")


class CourseList(ListPage):
    results: list[CourseOut]


class CertificationOut(Schema):
    id: int
    name: str
    issuer: str
    url: str | None = Field(description="The issuer's page for the certification; null when unknown.")
    description: str = Field(description="HTML.")
    last_reviewed: date | None
    roles: list[RoleLink] = Field(description="Published role guides that list this certification, by title.")


class CertificationList(ListPage):
    results: list[CertificationOut]


def role_filter():
    return Field(
        None,
        max_length=255,
        pattern=SLUG_PATTERN,
        description="Only those a published role guide links, by the role's slug.",
    )


class CourseFilters(PageParams):
    format: CourseFormat | None = Field(None, description="Only this kind of resource.")
    role: str | None = role_filter()


class CertificationFilters(PageParams):
    role: str | None = role_filter()
