from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from core.api.registry import register_router

        register_router("/search", "home.api.router", tags=["search"], order=50)
