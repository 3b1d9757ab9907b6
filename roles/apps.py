from django.apps import AppConfig


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = "Role guides"

    def ready(self):
        from core import search
        from core.api.registry import register_router
        from courses.listings import register_role_index
        from roles.api.router import ROLE_SEARCH

        register_router("/roles", "roles.api.router.router", tags=["roles"], order=10)
        search.register(ROLE_SEARCH, order=10)
        register_role_index(role_index_url)

        from roles import official_figures, search_sync  # noqa: F401  (connect their receivers)


def role_index_url(request):
    """The readable role index's URL (the course and certification listings link to it, filtered)."""
    from core.visibility import readable_pages
    from roles.models import RoleIndexPage

    index = readable_pages().type(RoleIndexPage).only("url_path").first()
    return index.get_url(request) if index else None
