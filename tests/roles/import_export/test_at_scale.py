"""Export streams guide by guide and imports again; an import leaves the reference index complete."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import ReferenceIndex

from roles.import_export.exporting import dump_role_guides, export_role_guides, write_role_guides
from roles.import_export.importing import import_roles_file
from roles.models import RolePage
from tests.factories.roles import RolePageFactory, add_role_parts

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides(role_index):
    first = add_role_parts(RolePageFactory(parent=role_index, title="Data Analyst"), count=2)
    for title in ("ML Engineer", "Platform Engineer", "Product Manager", "AI Researcher"):
        add_role_parts(RolePageFactory(parent=role_index, title=title), count=2, transition_from=first)
    return RolePage.objects.all()


def test_streamed_export_is_byte_for_byte_the_export_file(guides):
    chunks = []
    written = write_role_guides(guides, chunks.append, chunk_size=2)
    assert written == 5
    assert "".join(chunks) == dump_role_guides(export_role_guides(guides))
    assert len(chunks) > 3  # written piece by piece, not as one string


def test_export_command_output_imports_again(guides, tmp_path):
    target = tmp_path / "all.json"
    call_command("export_roles", "--out", str(target))
    RolePage.objects.update(title="Changed")
    report = import_roles_file(target.read_bytes(), publish=True)
    assert sorted(report.updated) == sorted(guides.values_list("slug", flat=True))
    assert set(RolePage.objects.values_list("title", flat=True)) >= {"Data Analyst", "ML Engineer"}
    assert not list(tmp_path.glob(".*partial"))


def test_export_to_stdout_streams_the_same_file(guides):
    out = io.StringIO()
    call_command("export_roles", stdout=out)
    assert out.getvalue() == dump_role_guides(export_role_guides(guides))


def test_import_records_what_each_page_references(role_index):
    source = RolePageFactory(parent=role_index, title="Data Analyst")
    add_role_parts(RolePageFactory(parent=role_index, title="ML Engineer"), count=1, transition_from=source)
    raw = io.StringIO()
    call_command("export_roles", stdout=raw)
    ReferenceIndex.objects.all().delete()
    import_roles_file(raw.getvalue().encode(), publish=True)
    engineer = RolePage.objects.get(title="ML Engineer")
    referenced = {ref.to_object_id for ref in ReferenceIndex.get_references_for_object(engineer)}
    assert str(source.pk) in referenced
