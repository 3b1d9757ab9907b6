"""pg_trgm for search's "Did you mean …" (trigram similarity); does nothing on SQLite."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = []

    # CreateExtension skips any database that is not PostgreSQL.
    operations = [TrigramExtension()]
