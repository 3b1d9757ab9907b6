"""The packaged paths a query asks for."""

from core.visibility import ReadablePageQuerySet


class PackagedPathPageQuerySet(ReadablePageQuerySet):
    def containing(self, role):
        """The paths that include this role guide, by title."""
        return self.filter(path_roles__role=role).order_by("title", "pk")
