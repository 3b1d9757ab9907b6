from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Reviews"

    def ready(self):
        from core.api.registry import register_router

        register_router("/reviews", "reviews.api.router", tags=["reviews"], order=60)
