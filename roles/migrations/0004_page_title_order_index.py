"""An index on Wagtail's page table for the role guides' default order (title without regard to case, then id).

/roles/ and /api/v1/roles list guides in that order; with the index the first page (and, read in reverse,
the last: ``core.paging.page_of``) costs the same at 10,000 guides as at 100. Wagtail's ``Page`` is not
this app's model, so the index is created with SQL (the same on PostgreSQL and SQLite).
"""

from django.db import migrations

INDEX = "roles_page_title_order"


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0003_role_occupations"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (LOWER(title), id)",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
