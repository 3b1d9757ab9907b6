"""Disable Wagtail's default "Moderators approval" workflow when it was never used.

Wagtail creates it on the root page; beside "Fact-checked publishing" it gives
editors two workflows and an approval step nobody is told about. A fresh
installation disables it (it stays listed under Settings › Workflows as
disabled, so an administrator can enable it again). An installation that has
ever run it, renamed it or moved it is left exactly as it is.
"""

from django.db import migrations

DEFAULT_WORKFLOW = "Moderators approval"


def disable_unused_default_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    workflow = Workflow.objects.filter(name=DEFAULT_WORKFLOW, active=True).first()
    if workflow is None or WorkflowState.objects.filter(workflow=workflow).exists():
        return
    assigned_depths = set(WorkflowPage.objects.filter(workflow=workflow).values_list("page__depth", flat=True))
    if not assigned_depths <= {1}:
        return  # someone assigned it to a section: it is in use
    WorkflowPage.objects.filter(workflow=workflow).delete()
    workflow.active = False
    workflow.save(update_fields=["active"])
    for workflow_task in workflow.workflow_tasks.select_related("task"):
        task = workflow_task.task
        if not task.workflow_tasks.exclude(workflow=workflow).exists():
            task.active = False
            task.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0003_review_defaults"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(disable_unused_default_workflow, migrations.RunPython.noop)]
