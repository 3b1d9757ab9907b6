from pathlib import Path

import pytest

from tests.factories.occupations import OccupationFactory
from tests.factories.roles import RolePageFactory

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures_dir():
    return FIXTURES


@pytest.fixture
def linked_guide(role_index):
    """A guide linked to Software Developers and Data Scientists."""
    from roles.models import RoleOccupation

    guide = RolePageFactory(parent=role_index, title="AI Engineer", slug="ai-engineer")
    for order, (code, title) in enumerate((("15-1252", "Software Developers"), ("15-2051", "Data Scientists"))):
        RoleOccupation.objects.create(
            page=guide, occupation=OccupationFactory(code=code, title=title), note="closest match", sort_order=order
        )
    return guide
