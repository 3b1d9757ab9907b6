from django import template

from core.seo import json_ld_script, seo_for_context

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_meta(context):
    """`{% seo_meta as seo %}`: title, description, canonical URL and breadcrumbs for this page or view."""
    return seo_for_context(context)


@register.filter
def json_ld(data):
    """`{{ data|json_ld }}`: a safe <script type="application/ld+json"> element, or nothing for empty data."""
    return json_ld_script(data) if data else ""
