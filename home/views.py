from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from home.health import check_cache, check_database


@never_cache
@require_GET
def healthz(request):
    """200 when the database and cache answer; 503 naming what failed otherwise."""
    checks = {"database": check_database(), "cache": check_cache()}
    body = {"status": "ok" if all(checks.values()) else "error"}
    body.update({name: "ok" if ok else "unreachable" for name, ok in checks.items()})
    return JsonResponse(body, status=200 if all(checks.values()) else 503)


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/v1/docs", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")
