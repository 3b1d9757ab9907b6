"""A guide's official-occupation links travel through export and import by SOC code."""

import json

import pytest
from django.core.management.base import CommandError

from tests.factories.occupations import OccupationFactory
from tests.roles.import_export.conftest import database_snapshot, export_json, guide_payload, run_import

pytestmark = pytest.mark.django_db


def test_export_lists_the_linked_occupations_in_order_with_their_notes(rich_role):
    guide = json.loads(export_json("--slug", "ai-engineer"))["roles"][0]

    assert guide["occupations"] == [
        {"soc_code": "15-1252", "note": "closest match"},
        {"soc_code": "15-2051", "note": ""},
    ]


def test_import_links_existing_occupations_and_replaces_the_old_links(role_index, tmp_path):
    from roles.models import RolePage

    OccupationFactory(code="15-1252", title="Software Developers")
    OccupationFactory(code="15-2051", title="Data Scientists")
    run_import(
        tmp_path,
        {
            "roles": [
                guide_payload(occupations=[{"soc_code": "15-2051", "note": "research side"}, {"soc_code": "15-1252"}])
            ]
        },
    )
    page = RolePage.objects.get(slug="data-engineer").get_latest_revision_as_object()
    assert [(link.occupation.code, link.note) for link in page.role_occupations.all()] == [
        ("15-2051", "research side"),
        ("15-1252", ""),
    ]

    run_import(tmp_path, {"roles": [guide_payload(occupations=[])]})
    page = RolePage.objects.get(slug="data-engineer").get_latest_revision_as_object()
    assert list(page.role_occupations.all()) == []


def test_an_unknown_or_malformed_soc_code_is_refused_and_nothing_is_written(role_index, tmp_path):
    before = database_snapshot()

    with pytest.raises(CommandError, match=r"roles\[0\]\.occupations\[0\]\.soc_code: no occupation '99-9999'"):
        run_import(tmp_path, {"roles": [guide_payload(occupations=[{"soc_code": "99-9999"}])]})
    with pytest.raises(CommandError, match="soc_code"):
        run_import(tmp_path, {"roles": [guide_payload(occupations=[{"soc_code": "151252"}])]})
    with pytest.raises(CommandError, match="duplicate"):
        run_import(tmp_path, {"roles": [guide_payload(occupations=[{"soc_code": "15-1252"}, {"soc_code": "15-1252"}])]})
    assert database_snapshot() == before
