"""Demo review set-up: the editor who owns the sample guides, and one workflow for the roles section.

Create what is missing, never modify what exists: an existing account keeps its
details, and a roles section that already has a workflow keeps it.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow, WorkflowPage

DEMO_EDITOR = {
    "username": "editor",
    "first_name": "Demo",
    "last_name": "Editor",
    "email": "editor@localhost",
}
EDITOR_GROUPS = ["Editors", "Reviewers"]
FACT_CHECK_WORKFLOW = "Fact-checked publishing"


def ensure_demo_editor():
    """The demo's review owner: a Wagtail editor and Reviewer who cannot log in (no usable password)."""
    User = get_user_model()
    editor = User.objects.filter(username=DEMO_EDITOR["username"]).first()
    if editor is None:
        editor = User(**DEMO_EDITOR)
        editor.set_unusable_password()
        editor.save()
        editor.groups.add(*Group.objects.filter(name__in=EDITOR_GROUPS))
    return editor


def assign_fact_check_to(index: Page | None) -> bool:
    """Put a section (``roles.demo`` passes the Roles index) under the Fact-check workflow,
    unless it already has a workflow of its own."""
    workflow = Workflow.objects.filter(name=FACT_CHECK_WORKFLOW, active=True).first()
    if index is None or workflow is None or WorkflowPage.objects.filter(page=index).exists():
        return False
    WorkflowPage.objects.create(page=index, workflow=workflow)
    return True


def load(stdout, home=None) -> list:
    """The demo editor (``home`` is not needed here; ``roles.demo`` assigns the Fact-check workflow)."""
    ensure_demo_editor()
    stdout.write("Review set-up ready.")
    return []
