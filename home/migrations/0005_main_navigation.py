import uuid

import wagtail.fields
from django.db import migrations

#: The header's links before they became a setting: (app label, model, label), in that order.
SECTIONS = (
    ("roles", "roleindexpage", "Roles"),
    ("paths", "pathindexpage", "Paths"),
    ("courses", "courseindexpage", "Courses"),
    ("courses", "certificationindexpage", "Certifications"),
)


def fill_navigation(apps, schema_editor):
    """Each site keeps the header it had: its root's section pages, under the labels it showed."""
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    RoleAtlasSettings = apps.get_model("home", "RoleAtlasSettings")
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        children = Page.objects.filter(path__startswith=root.path, depth=root.depth + 1).order_by("path")
        links = []
        for app_label, model, label in SECTIONS:
            page = children.filter(content_type__app_label=app_label, content_type__model=model).first()
            if page is not None:
                links.append({"type": "link", "value": {"page": page.pk, "label": label}, "id": str(uuid.uuid4())})
        settings, _ = RoleAtlasSettings.objects.get_or_create(site_id=site.pk)
        if links and not settings.main_navigation:
            settings.main_navigation = links
            settings.save(update_fields=["main_navigation"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_review_defaults"),
    ]

    operations = [
        migrations.AddField(
            model_name="roleatlassettings",
            name="main_navigation",
            field=wagtail.fields.StreamField(
                [("link", 2)],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {"help_text": "Left out of the menu while it is unpublished or private."},
                    ),
                    1: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The link's text; empty: the page's title.", "max_length": 40, "required": False},
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("page", 0), ("label", 1)]], {}),
                },
                help_text="The links in the site header, in order (home/navigation.py).",
            ),
        ),
        migrations.RunPython(fill_navigation, migrations.RunPython.noop),
    ]
