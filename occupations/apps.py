from django.apps import AppConfig


class OccupationsConfig(AppConfig):
    name = "occupations"
    verbose_name = "Official labour statistics"

    def ready(self):
        from core.api.registry import register_router

        register_router("/occupations", "occupations.api.router", tags=["occupations"], order=65)
