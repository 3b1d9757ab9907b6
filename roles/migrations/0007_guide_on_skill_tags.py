"""Skill tags carry their guide's title and family (``RoleSkillTag``), for ranking related roles from the tag
rows alone; and an index of the pages that are not live, the short list related roles (and the course and
certification listings' counts) exclude instead of joining every readable page. ``wagtailcore_page`` is not
this app's table, so that index is SQL (the same on PostgreSQL and SQLite), as in 0004."""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery

NOT_LIVE_INDEX = "roles_page_not_live"


def copy_guide_title_and_family(apps, schema_editor):
    """Existing tags take their guide's title and family (new ones take them when saved)."""
    role_page = apps.get_model("roles", "RolePage")
    guide = role_page.objects.filter(pk=OuterRef("content_object_id"))
    apps.get_model("roles", "RoleSkillTag").objects.update(
        page_title=Subquery(guide.values("title")[:1]), page_family_id=Subquery(guide.values("family_id")[:1])
    )


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0006_guide_title_on_learning_links"),
    ]

    operations = [
        migrations.AddField(
            model_name="roleskilltag",
            name="page_family",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="roles.rolefamily",
            ),
        ),
        migrations.AddField(
            model_name="roleskilltag",
            name="page_title",
            field=models.CharField(default="", editable=False, max_length=255),
        ),
        migrations.RunPython(copy_guide_title_and_family, migrations.RunPython.noop),
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {NOT_LIVE_INDEX} ON wagtailcore_page (id) WHERE NOT live",
            f"DROP INDEX IF EXISTS {NOT_LIVE_INDEX}",
        ),
    ]
