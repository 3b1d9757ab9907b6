"""docs/import-export.md stays true: every schema field is documented and the example imports."""

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from roles.import_export import format as schemas
from roles.import_export.importing import parse_role_guides

DOC = (Path(__file__).resolve().parents[3] / "docs" / "import-export.md").read_text()


def documented_fields(class_name: str) -> list[str]:
    section = DOC.split(f"#### {class_name}\n", 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE)


SCHEMA_CLASSES = [
    cls
    for cls in vars(schemas).values()
    if isinstance(cls, type)
    and issubclass(cls, BaseModel)
    and cls.__module__ == schemas.__name__
    and cls not in (schemas.Schema, schemas.RoleGuideFile)
]


@pytest.mark.parametrize("schema_class", SCHEMA_CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_of_the_format_is_documented_in_order(schema_class):
    assert documented_fields(schema_class.__name__) == list(schema_class.model_fields)


def test_the_documented_example_is_a_valid_file():
    example = DOC.split("### Example\n\n```json\n", 1)[1].split("```", 1)[0]

    guides = parse_role_guides(example.encode())

    assert [guide.slug for guide in guides] == ["data-engineer"]
