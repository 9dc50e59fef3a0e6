"""The table of the database cache (settings.CACHES in production), made by `migrate` itself.

Made whatever CACHES says now, so a database migrated under the quick start's settings also
serves production settings; `createcachetable` would leave it to a step someone can forget.
"""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "workbench_cache"


def create(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("annotations", "0005_source_registry")]

    operations = [migrations.RunPython(create, drop)]
