"""What every public template may call beyond Jinja2's own built-ins (templates/, docs/architecture.md).

The public site is rendered by Jinja2 (``config/settings/base.py`` TEMPLATES); each app adds its own helpers in
its ``jinja2tags`` module, as Wagtail does. This one holds Django's helpers the templates use (static files,
URL reversing, the query string, Django's number, date and plural filters), the URL of a page read as a row,
and the SEO helpers every page's ``<head>`` needs.
"""

from functools import lru_cache
from types import SimpleNamespace

import jinja2
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template import defaultfilters, defaulttags
from django.templatetags import static as static_tags
from django.urls import reverse
from django.utils.functional import Promise
from jinja2.ext import Extension
from markupsafe import Markup
from wagtail.rich_text import RichText, expand_db_html

from core.page_urls import url_of
from core.seo import json_ld_script, seo_for_context


@jinja2.pass_context
def querystring(context, query_dict=None, **changes) -> str:
    """``querystring(q=..., page=None)``: Django's ``{% querystring %}`` (the current query, or ``query_dict``,
    with ``changes`` applied; None removes a key), which reads the request as a Django context holds it."""
    return defaulttags.querystring(SimpleNamespace(request=context["request"]), query_dict, **changes)


@lru_cache(maxsize=256)
def static(path: str) -> str:
    """``static('css/site.css')``: Django's ``static()``, worked out once per file and process (a page links a
    dozen files, each a lookup in the storage's manifest; their addresses change only with a deploy)."""
    return static_tags.static(path)


@receiver(setting_changed)
def _forget_static_urls(setting, **kwargs):
    if setting in ("STATIC_URL", "STATIC_ROOT", "STORAGES"):
        static.cache_clear()


def url(name: str, *args, **kwargs) -> str:
    """``url('roles_compare')``: Django's ``{% url %}``."""
    return reverse(name, args=args or None, kwargs=kwargs or None)


@jinja2.pass_context
def page_url(context, url_path: str) -> str | None:
    """``page_url(row.url_path)``: what Wagtail's ``pageurl()`` gives the page at that address, for a page read
    as a row instead of an object (core.page_urls)."""
    return url_of(url_path, context.get("request"))


@jinja2.pass_context
def seo_meta(context):
    """``seo_meta()``: title, description, canonical URL and breadcrumbs for this page or view (core.seo)."""
    return seo_for_context(context)


def richtext(value) -> Markup | RichText:
    """``value|richtext``: Wagtail's filter of that name, without the one-line Django template it renders
    (``{{ html|safe }}``): reaching it from Jinja2 cost more than expanding the rich text itself."""
    if isinstance(value, RichText):
        return value
    if isinstance(value, Promise):
        value = str(value)
    if value is None:
        return Markup("")
    if not isinstance(value, str):
        raise TypeError(f"'richtext' template filter received an invalid value; expected string, got {type(value)}.")
    return Markup(expand_db_html(value))  # noqa: S704 (Wagtail's rich text is stored as sanitised HTML)


def json_ld(data):
    """``data|json_ld``: a safe <script type="application/ld+json"> element, or nothing for empty data."""
    return json_ld_script(data) if data else ""


class CoreExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals.update(
            {"static": static, "url": url, "querystring": querystring, "page_url": page_url, "seo_meta": seo_meta}
        )
        environment.filters.update(
            {
                "date": defaultfilters.date,
                "floatformat": defaultfilters.floatformat,
                "intcomma": intcomma,
                "pluralize": defaultfilters.pluralize,
                "slugify": defaultfilters.slugify,
                "json_ld": json_ld,
                "richtext": richtext,  # after wagtail.jinja2tags.core in TEMPLATES, so this one is used
            }
        )


core = CoreExtension
