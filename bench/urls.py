"""The site's URLs plus Wagtail's API v2 (pages endpoint), which production does not expose.

``api_fields`` are set here, for the benchmark only, so that v2 serialises the same data as
/api/v1/roles (the summary fields, for the list) and /api/v1/roles/{slug} (every part of the guide,
for the detail): the roles list asks v2 for the summary fields with ``?fields=``, the detail gets all.
"""

from django.urls import path
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from config.urls import urlpatterns as site_urlpatterns
from courses.models import Certification, Course
from roles.models import (
    Company,
    LadderStep,
    RoleCertification,
    RoleCompany,
    RoleCourse,
    RoleFAQ,
    RolePage,
    RoleSource,
    SalaryBand,
    Source,
    TransitionPath,
)


def snippet_serializer(snippet_model, *field_names):
    """A DRF serializer for a snippet a guide links, with the fields /api/v1/roles/{slug} shows of it."""
    meta = type("Meta", (), {"model": snippet_model, "fields": list(field_names)})
    return type(f"{snippet_model.__name__}Serializer", (serializers.ModelSerializer,), {"Meta": meta})()


V2_ROLE_FIELDS = [
    "family",
    "specialty",
    "summary",
    "median_salary",
    "growth_outlook",
    "ai_impact_score",
    "entry_level",
    "last_reviewed",
]
"""The summary fields /api/v1/roles answers."""
V2_GUIDE_FIELDS = [
    "tags",
    "ai_impact_outlook",
    "ai_impact_methodology",
    "about",
    "responsibilities",
    "average_week",
    "required_skills",
    "differentiators",
    "salary_bands",
    "salary_source_note",
    "ladder_steps",
    "transitions",
    "role_courses",
    "role_certifications",
    "role_companies",
    "faqs",
    "methodology",
    "role_sources",
    "review_every_days",
]
"""The rest of the guide, as /api/v1/roles/{slug} answers it."""

RolePage.api_fields = [APIField(name) for name in V2_ROLE_FIELDS + V2_GUIDE_FIELDS]
SalaryBand.api_fields = [APIField(name) for name in ("level", "years_min", "years_max", "min_usd", "max_usd", "notes")]
LadderStep.api_fields = [APIField(name) for name in ("title", "years_min", "years_max", "description")]
TransitionPath.api_fields = [
    APIField(name) for name in ("from_role", "from_role_name", "typical_months", "description", "key_artifacts")
]
RoleCourse.api_fields = [
    APIField("course", serializer=snippet_serializer(Course, "title", "provider", "format", "url", "description"))
]
RoleCertification.api_fields = [
    APIField("certification", serializer=snippet_serializer(Certification, "name", "issuer", "url", "description"))
]
RoleCompany.api_fields = [APIField("company", serializer=snippet_serializer(Company, "name", "url"))]
RoleSource.api_fields = [
    APIField("source", serializer=snippet_serializer(Source, "title", "publisher", "edition", "url", "supports"))
]
RoleFAQ.api_fields = [APIField(name) for name in ("question", "answer")]

v2_api = WagtailAPIRouter("wagtailapi_v2")
v2_api.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", v2_api.urls), *site_urlpatterns]
