"""The roles app's template helpers (Jinja2, the public site's engine): figures written in the house style
(roles.presentation.house_style), the guide's JSON-LD, the transition graph's geometry and related roles.

The admin's one filter for Django templates, ``inline_title``, stays in ``templatetags/role_tags.py``.
"""

import jinja2
from jinja2.ext import Extension
from markupsafe import Markup

from core.seo import json_ld_script
from roles.presentation import house_style
from roles.presentation.figures import format_usd_range, format_usd_short
from roles.presentation.related import related_roles
from roles.presentation.structured_data import faq_page, role_web_page
from roles.presentation.transition_graph import transition_graph as build_transition_graph

PRELOADED_PARTS = ("salary_bands", "certifications", "skill_tags", "official_statistics")


def usd_range(band) -> str:
    """A salary band -> '$110K–$145K'."""
    return format_usd_range(band.min_usd, band.max_usd)


@jinja2.pass_context
def role_json_ld(context, page) -> Markup:
    """``role_json_ld(page)``: the guide's WebPage/Occupation and FAQPage as safe JSON-LD script elements."""
    # On the role page, reuse the lists roles.presentation.page_context already loaded.
    parts = {key: context[key] for key in PRELOADED_PARTS if key in context}
    scripts = [json_ld_script(role_web_page(page, context.get("request"), parts))]
    faq = faq_page(page, context.get("faqs"))
    if faq:
        scripts.append(json_ld_script(faq))
    return Markup("\n".join(scripts))  # noqa: S704 (each element is escaped by json_ld_script)


@jinja2.pass_context
def transition_graph(context, page):
    """``transition_graph(page)``: SVG geometry of the moves into and out of a role, or None.

    On the role page it reuses the ``transitions`` the page context already loaded."""
    return build_transition_graph(page, context.get("transitions"))


class RolesExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals.update(
            {"role_json_ld": role_json_ld, "transition_graph": transition_graph, "related_roles": related_roles}
        )
        environment.filters.update(
            {
                "usd_short": format_usd_short,  # 175000 -> '$175K'
                "usd_range": usd_range,
                "growth": house_style.growth,  # 'very_high' -> 'very high'
                "day": house_style.day,  # a date as 2026-04-26
            }
        )


roles = RolesExtension
