"""The home app's template helpers (Jinja2): the site header's name and main navigation."""

import jinja2
from jinja2.ext import Extension

from home.navigation import site_header


@jinja2.pass_context
def header_navigation(context):
    """``header_navigation()``: ``header.site_name`` and ``header.links`` (label, url, current)."""
    return site_header(context.get("request"))


class HomeExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals["header_navigation"] = header_navigation


home = HomeExtension
