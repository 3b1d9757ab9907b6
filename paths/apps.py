from django.apps import AppConfig


class PathsConfig(AppConfig):
    name = "paths"
    verbose_name = "Packaged paths"

    def ready(self):
        from core import search
        from core.api.registry import register_router
        from paths.api import PATH_SEARCH

        register_router("/paths", "paths.api.router", tags=["paths"], order=40)
        search.register(PATH_SEARCH, order=20)
