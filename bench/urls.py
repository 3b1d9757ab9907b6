"""The site's URLs plus Wagtail's API v2 (pages endpoint), which production does not expose."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api import APIField

from config.urls import urlpatterns as site_urlpatterns
from roles.models import RolePage

# The same summary fields /api/v1/roles answers, so both APIs serialise comparable data.
V2_ROLE_FIELDS = ["family", "specialty", "summary", "median_salary", "growth_outlook", "ai_impact_score", "entry_level", "last_reviewed"]
RolePage.api_fields = [APIField(name) for name in V2_ROLE_FIELDS]

v2_api = WagtailAPIRouter("wagtailapi_v2")
v2_api.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", v2_api.urls), *site_urlpatterns]
