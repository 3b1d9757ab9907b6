from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.api.registry import register_router

        register_router("/tokens", "core.api.tokens_router.router", tags=["tokens"], order=70)
