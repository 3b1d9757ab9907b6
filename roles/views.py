from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from core.seo import Crumb
from roles.models import RoleIndexPage, RolePage
from roles.presentation.compare import build_comparison, requested_slugs


@require_GET
def compare_roles(request):
    """/roles/compare/?roles=a,b,c: two or three live guides side by side."""
    slugs = requested_slugs(request.GET)
    canonical_query = ",".join(slugs)
    if request.GET.get("roles", "") != canonical_query or len(request.GET.getlist("roles")) > 1:
        url = reverse("roles_compare")
        return HttpResponseRedirect(f"{url}?{urlencode({'roles': canonical_query}, safe=',')}" if slugs else url)

    comparison = build_comparison(slugs)
    index = RoleIndexPage.objects.live().first()
    titles = " vs ".join(role.title for role in comparison.roles)
    breadcrumbs = [Crumb("Home", "/")]
    if index:
        breadcrumbs.append(Crumb(index.title, index.url))
    breadcrumbs.append(Crumb("Compare", request.get_full_path()))
    context = {
        "comparison": comparison,
        "choices": RolePage.objects.readable().only("title", "slug").order_by("title"),
        "picker_slots": [role.slug for role in comparison.roles] + [""] * (3 - len(comparison.roles)),
        "seo_title": f"Compare {titles}" if comparison.is_ready else "Compare roles",
        "seo_description": (
            f"{titles}: median salary, AI impact, growth, salary bands and skills side by side."
            if comparison.is_ready
            else "Pick two or three roles to compare their pay, AI impact, growth outlook and skills side by side."
        ),
        "canonical_url": request.get_full_path(),
        "breadcrumbs": breadcrumbs,
    }
    return render(request, "roles/compare.html", context)
