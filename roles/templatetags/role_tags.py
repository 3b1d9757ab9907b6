"""The roles app's template tags: figures written in the house style (roles.presentation.house_style), the guide's
JSON-LD, the transition graph's geometry, related roles, and the headings of saved inline items in the editor."""

from django import template
from django.db import models
from django.utils.safestring import mark_safe

from core.seo import json_ld_script
from roles.presentation import house_style
from roles.presentation.figures import format_usd_range, format_usd_short
from roles.presentation.related import related_roles as find_related_roles
from roles.presentation.structured_data import faq_page, role_web_page
from roles.presentation.transition_graph import transition_graph as build_transition_graph

register = template.Library()

PRELOADED_PARTS = ("salary_bands", "certifications", "skill_tags", "official_statistics")
INLINE_TITLE_MAX_LENGTH = 80


@register.filter
def usd_short(amount):
    """175000 -> '$175K'."""
    return format_usd_short(amount)


@register.filter
def usd_range(band):
    """A salary band -> '$110K–$145K'."""
    return format_usd_range(band.min_usd, band.max_usd)


@register.filter
def growth(outlook):
    """'very_high' -> 'very high'."""
    return house_style.growth(outlook)


@register.filter
def day(value):
    """A date as 2026-04-26."""
    return house_style.day(value)


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


@register.simple_tag
def related_roles(page):
    """`{% related_roles page as related %}`: the guides most like this one (roles.presentation.related)."""
    return find_related_roles(page)


@register.filter
def inline_title(instance) -> str:
    """`{{ child.instance|inline_title }}`: the heading an editor sees on a saved inline item ("Junior IC (0-2 yrs)",
    the FAQ's question), or '' when the model has no readable __str__ (then Wagtail's "Salary band 1" stays)."""
    if instance is None or instance.pk is None or type(instance).__str__ is models.Model.__str__:
        return ""
    title = str(instance)
    if len(title) <= INLINE_TITLE_MAX_LENGTH:
        return title
    return title[: INLINE_TITLE_MAX_LENGTH - 1] + "…"
