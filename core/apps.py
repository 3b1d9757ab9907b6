from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.backends.signals import connection_created

        from core.api.registry import register_router
        from core.prepared_statements import use_preparing_cursor

        connection_created.connect(use_preparing_cursor, dispatch_uid="core.prepared_statements")

        register_router("/tokens", "core.api.tokens_router.router", tags=["tokens"], order=70)
