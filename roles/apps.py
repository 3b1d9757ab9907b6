from django.apps import AppConfig


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = "Role guides"

    def ready(self):
        from core import search
        from core.api.registry import register_router
        from roles.api.router import ROLE_SEARCH

        register_router("/roles", "roles.api.router.router", tags=["roles"], order=10)
        search.register(ROLE_SEARCH, order=10)
