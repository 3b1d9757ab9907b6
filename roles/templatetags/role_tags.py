"""The roles app's template tags: figures written the way the reference guide does, the guide's JSON-LD,
and the transition graph's geometry."""

from django import template
from django.utils.safestring import mark_safe

from core.seo import json_ld_script
from roles.presentation.figures import format_usd_range, format_usd_short
from roles.presentation.structured_data import faq_page, role_web_page
from roles.presentation.transition_graph import transition_graph as build_transition_graph

register = template.Library()

PRELOADED_PARTS = ("salary_bands", "certifications", "skill_tags", "official_statistics")


@register.filter
def usd_short(amount):
    """175000 -> '$175K'."""
    return format_usd_short(amount)


@register.filter
def usd_range(band):
    """A salary band -> '$110K–$145K'."""
    return format_usd_range(band.min_usd, band.max_usd)


@register.filter
def usd(amount):
    """Whole US dollars with thousands separators: 175000 -> '$175,000'; empty for None."""
    if amount in (None, ""):
        return ""
    return f"${int(amount):,}"


@register.simple_tag(takes_context=True)
def role_json_ld(context, page):
    """`{% role_json_ld page %}`: the guide's WebPage/Occupation and FAQPage as safe JSON-LD script elements."""
    # On the role page, reuse the lists roles.presentation.page_context already loaded.
    parts = {key: context[key] for key in PRELOADED_PARTS if key in context}
    scripts = [json_ld_script(role_web_page(page, context.get("request"), parts))]
    faq = faq_page(page, context.get("faqs"))
    if faq:
        scripts.append(json_ld_script(faq))
    return mark_safe("\n".join(scripts))  # each element is escaped by json_ld_script


@register.simple_tag(takes_context=True)
def transition_graph(context, page):
    """`{% transition_graph page as graph %}`: SVG geometry of the moves into and out of a role, or None.

    On the role page it reuses the `transitions` the page context already loaded."""
    return build_transition_graph(page, context.get("transitions"))
