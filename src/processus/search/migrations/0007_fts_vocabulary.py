"""SQLite: FTS5's vocabulary table, how many entries hold each word.

Search reads it to leave the common words out of its second tier (see
:mod:`processus.search.tiers`); it is a view over the ``search_fts`` index, with no
rows of its own to keep. PostgreSQL counts with its ``tsv`` GIN index instead.
"""

from django.db import migrations

FORWARD = "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_vocab USING fts5vocab(search_fts, 'row')"
BACKWARD = "DROP TABLE IF EXISTS search_fts_vocab"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_statements")]

    operations = [migrations.RunPython(forward, backward)]
