import pytest
from django.template.backends import jinja2 as jinja2_backend
from django.test import signals

from pagecache import per_version
from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleIndexPageFactory


@pytest.fixture
def home_page(db):
    """A published HomePage served as the default site's root."""
    return HomePageFactory.as_site_root()


@pytest.fixture
def role_index(home_page):
    return RoleIndexPageFactory(parent=home_page)


@pytest.fixture(autouse=True)
def values_held_per_version_start_empty():
    """Each test's database is rolled back, and a frozen clock (time-machine) can give two tests the same
    content version (number and time of change): values held per version (``pagecache.per_version``: view
    restrictions, settings, the routing root) must not carry over from one test to the next."""
    per_version._held.clear()
    yield
    per_version._held.clear()


@pytest.fixture(autouse=True)
def jinja2_templates_report_their_context(monkeypatch):
    """Django's test client learns a response's templates and context (``response.context``) from the
    ``template_rendered`` signal, which only Django's own engine sends; the public site renders with Jinja2."""
    render = jinja2_backend.Template.render

    def render_and_report(self, context=None, request=None):
        signals.template_rendered.send(sender=self, template=self, context=context or {})
        return render(self, context, request)

    monkeypatch.setattr(jinja2_backend.Template, "render", render_and_report)
