from django.apps import AppConfig


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = "Role guides"

    def ready(self):
        from roles import official_figures  # noqa: F401  (connects the official-figures receiver)
