"""Malformed files: each is refused with an error naming the role's field path, and nothing is written."""

import copy
import datetime
import json

import pytest
from django.core.management.base import CommandError

from roles.models import RolePage
from tests.factories.roles import RolePageFactory, SalaryBandFactory
from tests.roles.import_export.conftest import database_snapshot, guide_payload, run_import


@pytest.fixture
def existing_role(role_index):
    """A published guide the valid half of each file would have changed."""
    role = RolePageFactory(parent=role_index, title="Platform Engineer", slug="platform-engineer")
    SalaryBandFactory(page=role)
    role.save_revision().publish()
    return role


def valid_file() -> dict:
    """A new guide and an update of the existing one: valid as it stands."""
    return {"roles": [guide_payload("data-engineer"), guide_payload("platform-engineer", title="Platform Engineer II")]}


def setting(path: str, value):
    """A file with the value at a dotted path (``roles.0.salary_bands.2.min_usd``) replaced."""

    def make(payload):
        *parents, last = [int(part) if part.isdigit() else part for part in path.split(".")]
        target = payload
        for part in parents:
            target = target[part]
        target[last] = value
        return payload

    return make


def without(path: str):
    def make(payload):
        *parents, last = [int(part) if part.isdigit() else part for part in path.split(".")]
        target = payload
        for part in parents:
            target = target[part]
        del target[last]
        return payload

    return make


def raw(content: bytes):
    return lambda payload: content


def duplicating_key(payload):
    text = json.dumps(payload)
    return text.replace('"summary":', '"summary": "first", "summary":', 1).encode()


def repeating_first_course(payload):
    payload["roles"][0]["courses"].append(copy.deepcopy(payload["roles"][0]["courses"][0]))
    return payload


TOMORROW = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()

CASES = [
    (
        "score as a string",
        setting("roles.0.ai_impact_score", "35"),
        'roles[0].ai_impact_score: Input should be a valid integer (got "35")',
    ),
    (
        "bands as an object",
        setting("roles.0.salary_bands", {"level": "Junior"}),
        "roles[0].salary_bands: Input should be a valid list",
    ),
    (
        "entry level as a word",
        setting("roles.1.entry_level", "yes"),
        'roles[1].entry_level: Input should be a valid boolean (got "yes")',
    ),
    (
        "salary as a float",
        setting("roles.0.median_salary_usd", 140000.5),
        "roles[0].median_salary_usd: Input should be a valid integer (got 140000.5)",
    ),
    ("missing summary", without("roles.0.summary"), "roles[0].summary: required field is missing"),
    (
        "missing band maximum",
        without("roles.1.salary_bands.1.max_usd"),
        "roles[1].salary_bands[1].max_usd: required field is missing",
    ),
    (
        "band min above max",
        setting("roles.0.salary_bands.2.min_usd", 250000),
        "roles[0].salary_bands[2].min_usd: must be <= max_usd (got 250000)",
    ),
    (
        "years min above max",
        setting("roles.0.salary_bands.1.years_min", 9),
        "roles[0].salary_bands[1].years_min: must be <= years_max (got 9)",
    ),
    (
        "score 101",
        setting("roles.0.ai_impact_score", 101),
        "roles[0].ai_impact_score: Input should be less than or equal to 100 (got 101)",
    ),
    (
        "ftp URL",
        setting("roles.0.courses.0.url", "ftp://example.com/course"),
        'roles[0].courses[0].url: must be a full http:// or https:// URL (got "ftp://example.com/course")',
    ),
    (
        "not a URL",
        setting("roles.1.companies.0.url", "not a url"),
        'roles[1].companies[0].url: must be a full http:// or https:// URL (got "not a url")',
    ),
    (
        "unknown growth outlook",
        setting("roles.0.growth_outlook", "booming"),
        "roles[0].growth_outlook: Input should be 'declining', 'stable', 'growing', 'high' or 'very_high'",
    ),
    (
        "unknown course format",
        setting("roles.0.courses.0.format", "podcast"),
        "roles[0].courses[0].format: Input should be 'course', 'book', 'bootcamp' or 'video_series'",
    ),
    ("duplicate slugs", setting("roles.1.slug", "data-engineer"), "roles[1].slug: duplicate slug (same as roles[0])"),
    (
        "the same course twice",
        repeating_first_course,
        "roles[0].courses[1]: duplicate course (title and provider) (same as courses[0])",
    ),
    (
        "negative median salary",
        setting("roles.0.median_salary_usd", -1),
        "roles[0].median_salary_usd: Input should be greater than or equal to 0 (got -1)",
    ),
    (
        "negative band minimum",
        setting("roles.1.salary_bands.0.min_usd", -5000),
        "roles[1].salary_bands[0].min_usd: Input should be greater than or equal to 0 (got -5000)",
    ),
    (
        "transition of 0 months",
        setting("roles.0.transition_paths.0.typical_months", 0),
        "roles[0].transition_paths[0].typical_months: Input should be greater than or equal to 1 (got 0)",
    ),
    (
        "transition with no source",
        without("roles.0.transition_paths.0.from_role_name"),
        "roles[0].transition_paths[0].from_role_name: give from_role_slug or from_role_name",
    ),
    (
        "summary over 300 characters",
        setting("roles.0.summary", "x" * 301),
        "roles[0].summary: String should have at most 300 characters",
    ),
    ("blank title", setting("roles.0.title", "   "), 'roles[0].title: must not be blank (got "   ")'),
    ("slug with spaces", setting("roles.0.slug", "data engineer"), "roles[0].slug: String should match pattern"),
    ("unknown key", setting("roles.0.salary", 140000), "roles[0].salary: unknown field"),
    (
        "unknown key in a band",
        setting("roles.0.salary_bands.0.currency", "EUR"),
        "roles[0].salary_bands[0].currency: unknown field",
    ),
    (
        "date not ISO",
        setting("roles.0.last_reviewed", "26/04/2026"),
        'roles[0].last_reviewed: must be a date written YYYY-MM-DD (got "26/04/2026")',
    ),
    (
        "date in another ISO form",
        setting("roles.0.last_reviewed", "20260426"),
        'roles[0].last_reviewed: must be a date written YYYY-MM-DD (got "20260426")',
    ),
    (
        "impossible date",
        setting("roles.0.last_reviewed", "2026-02-30"),
        'roles[0].last_reviewed: must be a date written YYYY-MM-DD (got "2026-02-30")',
    ),
    (
        "review date in the future",
        setting("roles.1.last_reviewed", TOMORROW),
        "roles[1].last_reviewed: cannot be in the future",
    ),
    (
        "unknown from_role_slug and no name",
        setting(
            "roles.0.transition_paths.0", {"from_role_slug": "ghost-role", "typical_months": 3, "description": "x"}
        ),
        'roles[0].transition_paths[0].from_role_slug: no role page has the slug "ghost-role"',
    ),
    ("no roles", setting("roles", []), "roles: List should have at least 1 item"),
    ("not JSON", raw(b'{"roles": [{"slug": "x",}]}'), "file: is not valid JSON: Expecting property name"),
    ("empty file", raw(b""), "file: is empty"),
    ("whitespace only", raw(b"  \n\t"), "file: is empty"),
    (
        "10 MB file (read whole, not refused for its size)",
        raw(b'{"roles": [' + b" " * (10 * 1024 * 1024) + b"]}"),
        "roles: List should have at least 1 item",
    ),
    ("not UTF-8", raw('{"roles": []}'.encode("utf-16")), "file: is not UTF-8 text"),
    ("a bare number", raw(b"42"), "file: the top level must be"),
    ("a key given twice", duplicating_key, 'file: is not valid JSON: the key "summary" appears twice in one object'),
]


@pytest.mark.parametrize("make_file, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_malformed_file_is_refused_naming_the_field_and_nothing_is_written(
    existing_role, tmp_path, make_file, expected
):
    before = database_snapshot()

    with pytest.raises(CommandError) as refused:
        run_import(tmp_path, make_file(valid_file()), "--publish")

    assert expected in str(refused.value)
    assert "nothing was written" in str(refused.value)
    assert database_snapshot() == before
    assert RolePage.objects.get(slug="platform-engineer").title == "Platform Engineer"


def test_the_valid_file_itself_imports(existing_role, tmp_path):
    """Guards the cases above: each fails for its own reason, not because the base file is broken."""
    run_import(tmp_path, valid_file(), "--publish")
    assert RolePage.objects.get(slug="platform-engineer").title == "Platform Engineer II"
    assert RolePage.objects.get(slug="data-engineer").live


def test_errors_name_the_role_by_slug_and_list_every_problem(existing_role, tmp_path):
    payload = setting("roles.1.ai_impact_score", 101)(setting("roles.1.salary_bands.0.max_usd", "lots")(valid_file()))

    with pytest.raises(CommandError) as refused:
        run_import(tmp_path, payload)

    lines = str(refused.value).splitlines()
    assert lines[0].endswith("was not imported; nothing was written. 2 error(s):")
    assert any(
        line.strip().startswith("roles[1].ai_impact_score:") and line.endswith('[role "platform-engineer"]')
        for line in lines
    )
    assert any(
        line.strip().startswith("roles[1].salary_bands[0].max_usd: Input should be a valid integer") for line in lines
    )


def test_a_long_list_of_errors_is_cut_short(existing_role, tmp_path):
    payload = {"roles": [guide_payload(f"role-{n}", ai_impact_score=200) for n in range(80)]}

    with pytest.raises(CommandError) as refused:
        run_import(tmp_path, payload)

    message = str(refused.value)
    assert "80 error(s)" in message and "... and 30 more." in message
    assert message.count("ai_impact_score: Input should be less than or equal to 100") == 50


def test_a_failure_while_writing_rolls_back_every_role(existing_role, tmp_path, monkeypatch):
    original_save_revision = RolePage.save_revision
    saved = []

    def fail_on_the_second_page(page, *args, **kwargs):
        saved.append(page.slug)
        if len(saved) == 2:
            raise RuntimeError("database went away")
        return original_save_revision(page, *args, **kwargs)

    monkeypatch.setattr(RolePage, "save_revision", fail_on_the_second_page)
    before = database_snapshot()

    with pytest.raises(RuntimeError):
        run_import(tmp_path, valid_file(), "--publish")

    assert saved == ["data-engineer", "platform-engineer"]
    assert database_snapshot() == before


def test_import_without_a_role_index_page_is_refused(db, tmp_path):
    before = database_snapshot()

    with pytest.raises(CommandError, match="there is no role index page"):
        run_import(tmp_path, {"roles": [guide_payload()]})

    assert database_snapshot() == before


def test_a_locked_page_is_not_overwritten(existing_role, tmp_path):
    existing_role.locked = True
    existing_role.save()
    before = database_snapshot()

    with pytest.raises(CommandError) as refused:
        run_import(tmp_path, valid_file(), "--publish")

    assert 'roles[1].slug: the page "platform-engineer" is locked in the admin' in str(refused.value)
    assert database_snapshot() == before
