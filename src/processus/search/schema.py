"""Keep the database-side structures of the index in place after later migrations.

On SQLite, Django alters a table by rebuilding it, which drops its triggers: a
later migration of ``kb_document`` or ``kb_meeting`` would silently stop the
change queue. After every ``migrate`` this puts back any trigger that is missing
(PostgreSQL keeps triggers through ``ALTER TABLE``, so it needs nothing).
"""

from __future__ import annotations

import importlib
from typing import Any

from django.db import connections


def restore_sqlite_triggers(using: str = "default", **kwargs: Any) -> None:
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    queue = importlib.import_module("processus.search.migrations.0003_change_triggers")
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        present = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_pendingchange'")
        if cursor.fetchone() is None:
            return  # not migrated yet
    missing = [w for w in queue.WATCHED if f"search_queue_{w[0]}" not in present]
    if not missing:
        return
    with connection.schema_editor() as editor:
        for suffix, table, event, kind, expr in missing:
            editor.execute(
                f"CREATE TRIGGER search_queue_{suffix} AFTER {event} ON {table} BEGIN "
                f"INSERT OR IGNORE INTO search_pendingchange (kind, object_id) "
                f"VALUES ('{kind}', {expr}); END"
            )
