"""PostgreSQL: the full-text functions name the schema of what they call.

``pg_dump`` writes, and ``pg_restore`` replays, with an empty ``search_path``, and
so does any tool that reads a dump. ``processus_tsvector`` (behind the generated
``tsv`` column) called ``processus_unaccent``, which called ``unaccent``, by bare
name: restoring a dump failed at ``CREATE TABLE search_searchentry`` ("function
processus_unaccent(text) does not exist"), so ``processus restore`` could not
work. The same functions, with every call qualified by its schema, are found
whatever the search path. Folding and ranking do not change, so nothing is
re-indexed. (``translate``, ``to_tsvector`` and the text search configurations
live in ``pg_catalog``, which is always searched.)
"""

import importlib

from django.db import migrations

ranking = importlib.import_module("processus.search.migrations.0004_ranking")


def _schema_of_unaccent(cursor) -> str | None:
    cursor.execute(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'"
    )
    row = cursor.fetchone()
    return row[0] if row else None


def forward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        here = quote(cursor.fetchone()[0])
        extension_schema = _schema_of_unaccent(cursor)
    if extension_schema is not None:
        # Otherwise the translate() fallback of migration 0002 is in place: nothing to name.
        dictionary = f"{extension_schema}.unaccent".replace("'", "''")
        schema_editor.execute(
            f"CREATE OR REPLACE FUNCTION {here}.processus_unaccent(text) RETURNS text "
            "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS "
            f"$b$ SELECT {quote(extension_schema)}.unaccent('{dictionary}'::regdictionary, $1) $b$",
            params=None,
        )
    function = ranking.POSTGRES_FUNCTION.replace(
        "FUNCTION processus_tsvector(", f"FUNCTION {here}.processus_tsvector("
    ).replace("processus_unaccent(", f"{here}.processus_unaccent(")
    schema_editor.execute(function, params=None)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_ranking")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
