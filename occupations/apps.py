from django.apps import AppConfig


class OccupationsConfig(AppConfig):
    name = "occupations"
    verbose_name = "Official labour statistics"
