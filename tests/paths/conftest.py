import pytest

from tests.factories.paths import PathIndexPageFactory
from tests.factories.roles import RolePageFactory


@pytest.fixture
def path_index(home_page):
    return PathIndexPageFactory(parent=home_page)


@pytest.fixture
def make_role(role_index):
    """Create a role guide under /roles/ (published unless live=False)."""

    def make(title, median_salary=None, **kwargs):
        return RolePageFactory(parent=role_index, title=title, median_salary=median_salary, **kwargs)

    return make
