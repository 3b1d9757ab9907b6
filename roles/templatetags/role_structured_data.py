from django import template
from django.utils.safestring import mark_safe

from home.seo import json_ld_script
from roles.structured_data import faq_page, role_web_page

register = template.Library()

PRELOADED_PARTS = ("salary_bands", "certifications", "skill_tags", "official_statistics")


@register.simple_tag(takes_context=True)
def role_json_ld(context, page):
    """`{% role_json_ld page %}`: the guide's WebPage/Occupation and FAQPage as safe JSON-LD script elements."""
    # On the role page, reuse the lists roles.page_context already loaded.
    parts = {key: context[key] for key in PRELOADED_PARTS if key in context}
    scripts = [json_ld_script(role_web_page(page, context.get("request"), parts))]
    faq = faq_page(page, context.get("faqs"))
    if faq:
        scripts.append(json_ld_script(faq))
    return mark_safe("\n".join(scripts))  # each element is escaped by json_ld_script
