import pytest

from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleIndexPageFactory


@pytest.fixture
def home_page(db):
    """A published HomePage served as the default site's root."""
    return HomePageFactory.as_site_root()


@pytest.fixture
def role_index(home_page):
    return RoleIndexPageFactory(parent=home_page)
