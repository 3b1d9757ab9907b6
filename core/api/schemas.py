"""Schema pieces that several apps' endpoints share."""

from ninja import Field, Schema

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
PAGE_SLUG_PATTERN = r"^[-\w]+$"
"""Any slug a page can have (Wagtail allows Unicode letters); the import/export format uses the same."""


class RoleLink(Schema):
    """A pointer to a published role guide, used inside other objects."""

    slug: str
    title: str
    url: str | None = Field(description="Absolute URL of the public guide.")
