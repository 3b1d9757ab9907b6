"""The file is parsed guide by guide as it is read: the same checks and messages as a whole-file parse."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from roles.import_export.errors import RoleImportError
from roles.import_export.importing import read_role_guides
from roles.models import RolePage
from tests.roles.import_export.conftest import database_snapshot, guide_payload, run_import


def refused(content: bytes) -> list[str]:
    with pytest.raises(RoleImportError) as error:
        read_role_guides(io.BytesIO(content))
    return error.value.errors


def test_a_bad_guide_late_in_a_long_file_is_named_and_nothing_is_written(role_index, tmp_path):
    guides = [guide_payload(f"role-{n}") for n in range(150)]
    guides[149]["salary_bands"][1]["min_usd"] = 999999
    before = database_snapshot()

    with pytest.raises(CommandError) as error:
        run_import(tmp_path, {"roles": guides}, "--publish")

    assert 'roles[149].salary_bands[1].min_usd: must be <= max_usd (got 999999) [role "role-149"]' in str(error.value)
    assert database_snapshot() == before


@pytest.mark.parametrize(
    "content, expected",
    [
        ({"roles": [guide_payload()], "version": 2}, "version: unknown field"),
        ({"version": 2, "roles": [guide_payload()]}, "version: unknown field"),
        ({"roles": {"slug": "x"}}, "roles: Input should be a valid list"),
        ([guide_payload(), 7], "roles[1]: Input should be a valid dictionary or instance of RoleGuide"),
        ([guide_payload(), guide_payload()], "roles[1].slug: duplicate slug (same as roles[0])"),
        ([], "roles: List should have at least 1 item"),
        ({"slug": "x", "title": "X", "summary": "S.", "tags": []}, "roles[0].tags: unknown field"),
        ("data-engineer", "file: the top level must be"),
    ],
)
def test_the_shape_of_the_file_is_checked_as_before(content, expected):
    errors = refused(json.dumps(content).encode())
    assert any(line.startswith(expected) for line in errors), errors


def test_a_key_given_twice_deep_inside_a_guide_is_refused():
    guide = json.dumps(guide_payload()).replace('"level": "Junior"', '"level": "Junior", "level": "Entry"')
    assert refused(f'{{"roles": [{guide}]}}'.encode()) == [
        'file: is not valid JSON: the key "level" appears twice in one object'
    ]


def test_a_syntax_error_after_many_guides_is_reported_with_line_and_column():
    good = ",\n".join(json.dumps(guide_payload(f"role-{n}")) for n in range(20))
    [message] = refused(f'{{"roles": [{good},\n{{"slug": "x",}}]}}'.encode())
    assert message.startswith("file: is not valid JSON: Expecting property name enclosed in double quotes (line 21")


def test_a_byte_order_mark_is_skipped():
    guides = read_role_guides(io.BytesIO(b"\xef\xbb\xbf" + json.dumps([guide_payload()]).encode()))
    assert [guide.slug for guide in guides] == ["data-engineer"]


def test_standard_input_with_a_syntax_error_gets_the_exact_message(role_index, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"roles": [{"slug": "x",}]}')))
    with pytest.raises(CommandError, match="is not valid JSON: Expecting property name"):
        call_command("import_roles", "-", stdout=io.StringIO())
    assert not RolePage.objects.exists()
