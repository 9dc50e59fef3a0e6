"""PostgreSQL extensions for the document search (issue 15): unaccent folds accents, pg_trgm
measures trigram similarity. Nothing happens on SQLite (the quick start searches with icontains).
CREATE EXTENSION needs a superuser, or the extensions installed beforehand (docs/deploying.md)."""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0008_issue13_intake"),
    ]

    operations = [UnaccentExtension(), TrigramExtension()]
