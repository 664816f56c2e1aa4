"""Round-table statements become a kind of search entry (``statement``).

Only the check constraint changes: a statement entry names its meeting and no
document. PostgreSQL alters the constraint in place. SQLite rebuilds the table
to change a constraint, which drops the triggers that keep the FTS5 index in
step (migration ``0002``); they are put back, and the index rebuilt from the
table (same rows, same ids), so nothing needs re-indexing.
"""

import importlib

from django.db import migrations, models

fulltext = importlib.import_module("processus.search.migrations.0002_fulltext")

KINDS = [
    ("meeting", "meeting"),
    ("document", "document"),
    ("passage", "passage"),
    ("statement", "position"),
]


def restore_fts_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in fulltext.SQLITE_BACKWARD[:3]:  # the triggers, if any survived
        schema_editor.execute(statement)
    for statement in fulltext.SQLITE_FORWARD[1:]:  # the triggers, not the table
        schema_editor.execute(statement)
    schema_editor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_schema_qualified_functions"),
    ]

    operations = [
        # Backwards, this runs last: after the table was rebuilt again.
        migrations.RunPython(migrations.RunPython.noop, restore_fts_triggers),
        migrations.RemoveConstraint(
            model_name="searchentry",
            name="search_entry_target",
        ),
        migrations.AlterField(
            model_name="pendingchange",
            name="kind",
            field=models.CharField(choices=KINDS, max_length=10),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="kind",
            field=models.CharField(choices=KINDS, max_length=10, verbose_name="kind"),
        ),
        migrations.AddConstraint(
            model_name="searchentry",
            constraint=models.CheckConstraint(
                condition=models.Q(kind="meeting", meeting__isnull=False, document__isnull=True)
                | models.Q(kind__in=["document", "passage"], document__isnull=False)
                | models.Q(kind="statement", meeting__isnull=False, document__isnull=True),
                name="search_entry_target",
            ),
        ),
        migrations.RunPython(restore_fts_triggers, migrations.RunPython.noop),
    ]
