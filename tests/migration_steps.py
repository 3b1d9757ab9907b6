"""Running one data migration again on today's database, for tests of what it does to existing rows."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate_back_and_forth(before: tuple[str, str]) -> None:
    """Migrate back to ``before`` (app label, the migration just before the one tested), then forward
    through it to every app's latest migration."""
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
