"""Response and filter shapes of the course and certification endpoints."""

from datetime import date

from ninja import Field, Schema

from core.api.pagination import ListPage, PageParams
from core.api.schemas import SLUG_PATTERN, RoleLink
from courses.listings import ROLES_SHOWN
from courses.models import CourseFormat


class CourseOut(Schema):
    id: int
    title: str
    provider: str
    format: CourseFormat
    url: str | None = Field(description="Where to find the course (the provider's page); null when unknown.")
    description: str = Field(description="HTML.")
    last_reviewed: date | None
    roles: list[RoleLink] = Field(
        description=f"The first {ROLES_SHOWN} published role guides that recommend this course, by title."
    )
    role_count: int = Field(description="How many published role guides recommend it.")
    all_roles_url: str | None = Field(
        description="The role list filtered on this course (/api/v1/roles?course=<id>), which lists them all; "
        "null when roles already holds every one."
    )


class CourseList(ListPage):
    results: list[CourseOut]


class CertificationOut(Schema):
    id: int
    name: str
    issuer: str
    url: str | None = Field(description="The issuer's page for the certification; null when unknown.")
    description: str = Field(description="HTML.")
    last_reviewed: date | None
    roles: list[RoleLink] = Field(
        description=f"The first {ROLES_SHOWN} published role guides that list this certification, by title."
    )
    role_count: int = Field(description="How many published role guides list it.")
    all_roles_url: str | None = Field(
        description="The role list filtered on this certification (/api/v1/roles?certification=<id>), which "
        "lists them all; null when roles already holds every one."
    )


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
