from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses and certifications"

    def ready(self):
        from core import search
        from core.api.registry import register_router
        from courses.api import CERTIFICATION_SEARCH, COURSE_SEARCH

        register_router("/courses", "courses.api.courses_router", tags=["courses"], order=20)
        register_router("/certifications", "courses.api.certifications_router", tags=["certifications"], order=30)
        search.register(COURSE_SEARCH, order=30)
        search.register(CERTIFICATION_SEARCH, order=40)
