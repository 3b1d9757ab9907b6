"""Templates link static files at the address Django gives them, worked out once per file and process."""

from django.template import engines
from django.templatetags import static as static_tags

from core.jinja2tags import static


def render_link() -> str:
    return engines["jinja2"].from_string("{{ static('css/site.css') }}").render()


def test_a_files_address_is_djangos_worked_out_once(monkeypatch):
    static.cache_clear()
    django_static, calls = static_tags.static, []
    monkeypatch.setattr(static_tags, "static", lambda path: calls.append(path) or django_static(path))

    assert [render_link(), render_link()] == [django_static("css/site.css")] * 2
    assert calls == ["css/site.css"]


def test_a_changed_static_url_shows_at_once(settings):
    render_link()

    settings.STATIC_URL = "/assets/"

    assert render_link() == "/assets/css/site.css"
