from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api, api_not_found
from core import page_view
from core.page_password import authenticate_with_password
from core.sitemaps import SITEMAPS
from home.favicon import favicon
from home.views import healthz, robots_txt, search
from roles.views import compare_roles

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"}, name="sitemap"),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("search/", search, name="search"),
    path("roles/compare/", compare_roles, name="roles_compare"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The JSON API; unknown paths under it answer a JSON 404, not the site's HTML one.
    path("api/v1/", api_not_found),
    path("api/v1/", api.urls),
    re_path(r"^api/", api_not_found),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other path from the page tree; keep this last. Its page-password form goes
# through the login lockout first (same path and name as Wagtail's own, which it shadows).
urlpatterns += [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Wagtail's page view routed from the site and root page held per content version (same name).
    re_path(wagtail_urls.serve_pattern, page_view.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
