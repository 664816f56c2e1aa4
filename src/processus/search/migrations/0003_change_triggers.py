"""Triggers that queue changed documents and meetings in ``search_pendingchange``.

They fire for every writer (the ORM, ingestion's plain SQL, an SQL console), so
the index can never miss a change; :func:`processus.search.indexing.drain`
indexes the queue. One small insert per changed row, ignored when the row is
already queued.
"""

from django.db import migrations

#: (trigger suffix, table, event, kind queued, id expression)
WATCHED = [
    ("doc_ins", "kb_document", "INSERT", "document", "NEW.id"),
    (
        "doc_upd",
        "kb_document",
        "UPDATE OF title, text, kind, original_name, language, document_date",
        "document",
        "NEW.id",
    ),
    ("meet_ins", "kb_meeting", "INSERT", "meeting", "NEW.id"),
    ("meet_upd", "kb_meeting", "UPDATE", "meeting", "NEW.id"),
    ("role_ins", "kb_meetingrole", "INSERT", "meeting", "NEW.meeting_id"),
    ("role_del", "kb_meetingrole", "DELETE", "meeting", "OLD.meeting_id"),
    ("dlg_ins", "kb_meeting_dialogues", "INSERT", "meeting", "NEW.meeting_id"),
    ("dlg_del", "kb_meeting_dialogues", "DELETE", "meeting", "OLD.meeting_id"),
]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for suffix, table, event, kind, expr in WATCHED:
        name = f"search_queue_{suffix}"
        if vendor == "sqlite":
            schema_editor.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
                f"INSERT OR IGNORE INTO search_pendingchange (kind, object_id) "
                f"VALUES ('{kind}', {expr}); END"
            )
        elif vendor == "postgresql":
            schema_editor.execute(
                f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN INSERT INTO search_pendingchange (kind, object_id) "
                f"VALUES ('{kind}', {expr}) ON CONFLICT DO NOTHING; RETURN NULL; END $$"
            )
            schema_editor.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {name}()"
            )


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for suffix, table, _event, _kind, _expr in WATCHED:
        name = f"search_queue_{suffix}"
        if vendor == "sqlite":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext"), ("kb", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
