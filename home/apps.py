from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from core.api.registry import register_router
        from home.navigation import forget_navigation
        from pagecache.version import content_changed

        register_router("/search", "home.api.router", tags=["search"], order=50)
        content_changed.connect(forget_navigation, dispatch_uid="home-navigation")
