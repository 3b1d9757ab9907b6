"""Create the Reviewers group and the "Fact-checked publishing" workflow.

Reviewers may use the admin and edit and publish every page and the reviewable
snippets: editing lets them mark content reviewed, and approving the last task
of a workflow publishes, which Wagtail only allows to users who may publish.
The workflow has one Fact-check task approved by Reviewers; assign it to pages
under Settings › Workflows. Permissions are looked up with get_or_create because
Django only creates model permissions after all migrations have run.
"""

from django.db import migrations

REVIEWERS = "Reviewers"
WORKFLOW = "Fact-checked publishing"
TASK = "Fact-check"
SNIPPET_PERMISSIONS = [
    (app_label, model, f"{action}_{model}")
    for app_label, model in [("courses", "course"), ("courses", "certification")]
    for action in ("change", "publish")
]
PAGE_PERMISSIONS = ["change_page", "publish_page"]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return perm


def create_reviewers_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    FactCheckTask = apps.get_model("reviews", "FactCheckTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(
        permission(apps, "wagtailadmin", "admin", "access_admin"),
        *(permission(apps, *spec) for spec in SNIPPET_PERMISSIONS),
    )
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=reviewers, page=root, permission=permission(apps, "wagtailcore", "page", codename)
            )

    task_type, _ = ContentType.objects.get_or_create(app_label="reviews", model="factchecktask")
    task = FactCheckTask.objects.filter(name=TASK).first()
    if task is None:
        task = FactCheckTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(reviewers)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("reviews", "FactCheckTask").objects.filter(name=TASK).delete()
    apps.get_model("auth", "Group").objects.filter(name=REVIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_initial"),
        ("courses", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_reviewers_and_workflow, remove_workflow)]
