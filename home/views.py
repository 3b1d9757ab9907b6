from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from core.search import suggest
from core.seo import Crumb
from home.health import check_cache, check_database, check_static
from home.search import MAX_QUERY_LENGTH, SECTIONS, SECTIONS_BY_KEY, clean_query, search_all, search_section
from roles.models import RolePage


@never_cache
@require_safe
def healthz(request):
    """200 when the database and cache answer and the static files are collected; 503 naming what failed otherwise."""
    checks = {"database": check_database(), "cache": check_cache(), "static": check_static()}
    body = {"status": "ok" if all(checks.values()) else "error"}
    body.update({name: "ok" if ok else "unreachable" for name, ok in checks.items()})
    body["static"] = "ok" if checks["static"] else "missing"
    return JsonResponse(body, status=200 if all(checks.values()) else 503)


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/v1/docs", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


@require_GET
def search(request):
    """/search/?q=…[&type=roles&page=2]: results grouped by type; one type is paged on its own."""
    query, truncated = clean_query(request.GET.get("q", ""))
    section = SECTIONS_BY_KEY.get(request.GET.get("type", ""))
    groups = []
    page_query = request.GET.copy()  # the paged section's links keep the cleaned query and the type
    if section:
        page_query["q"], page_query["type"] = query, section.key
    if query:
        groups = [search_section(section, query, request.GET.get("page", 1))] if section else search_all(query)
    total = sum(group.total for group in groups)
    suggestions = []
    if query and not total:
        suggestions = RolePage.objects.readable().only("title", "url_path").order_by("title")[:8]
    context = {
        "search_query": query,
        "truncated": truncated,
        "max_query_length": MAX_QUERY_LENGTH,
        "groups": groups,
        "selected_section": section,
        "page_query": page_query,
        "sections": SECTIONS,
        "total": total,
        "suggestions": suggestions,
        "did_you_mean": suggest(query) if query else None,
        "seo_title": f"Search results for “{query}”" if query else "Search",
        "seo_description": "Search role guides, courses and certifications on Role Atlas.",
        "canonical_url": reverse("search"),
        "breadcrumbs": [Crumb("Home", "/"), Crumb("Search", reverse("search"))],
    }
    return render(request, "home/search.html", context)
