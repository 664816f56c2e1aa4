"""The full-text structures, one per database vendor.

SQLite: an FTS5 table over the stemmed shadow columns (external content: the
text lives once, in ``search_searchentry``), tokenizer ``unicode61
remove_diacritics 2``, and triggers that keep it in step with every insert,
update and delete (including cascades from meetings and documents).

PostgreSQL: a generated ``tsvector`` column weighting the title (A) above the
body (B), each read with both the English and the French configuration, over
accent-folded text, with a GIN index. Accents are folded by
``processus_unaccent``: the ``unaccent`` extension when it can be created
(it is a trusted extension since PostgreSQL 13, so the database owner may),
otherwise an immutable ``translate()`` over the Latin-1 and Latin Extended-A
letters, the same folding :func:`processus.search.text.fold` does in Python.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        stem_title, stem_body,
        content='search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_entry_ai AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts(rowid, stem_title, stem_body)
        VALUES (new.id, new.stem_title, new.stem_body);
    END""",
    """CREATE TRIGGER search_entry_ad AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, stem_title, stem_body)
        VALUES ('delete', old.id, old.stem_title, old.stem_body);
    END""",
    """CREATE TRIGGER search_entry_au AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, stem_title, stem_body)
        VALUES ('delete', old.id, old.stem_title, old.stem_body);
        INSERT INTO search_fts(rowid, stem_title, stem_body)
        VALUES (new.id, new.stem_title, new.stem_body);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_entry_au",
    "DROP TRIGGER IF EXISTS search_entry_ad",
    "DROP TRIGGER IF EXISTS search_entry_ai",
    "DROP TABLE IF EXISTS search_fts",
]

_ACCENTED = (
    "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ"
    "ĀāĂăĄąĆćČčĎďĒēĖėĘęĚěĞğĪīĮįİıŁłŃńŇňŌōŐőŘřŚśŞşŠšŢţŤťŪūŮůŰűŹźŻżŽž"
)
_PLAIN = (
    "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy"
    "AaAaAaCcCcDdEeEeEeEeGgIiIiIiLlNnNnOoOoRrSsSsSsTtTtUuUuUuZzZzZz"
)
assert len(_ACCENTED) == len(_PLAIN)

POSTGRES_FORWARD = [
    """DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'unaccent is not available: accents are folded with translate()';
    END $$""",
    f"""DO $do$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
            EXECUTE $f$CREATE OR REPLACE FUNCTION processus_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $b$ SELECT unaccent('unaccent'::regdictionary, $1) $b$ $f$;
        ELSE
            EXECUTE $f$CREATE OR REPLACE FUNCTION processus_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $b$ SELECT translate($1, '{_ACCENTED}', '{_PLAIN}') $b$ $f$;
        END IF;
    END $do$""",
    """ALTER TABLE search_searchentry ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', processus_unaccent(title)), 'A')
        || setweight(to_tsvector('french', processus_unaccent(title)), 'A')
        || setweight(to_tsvector('english', processus_unaccent(body)), 'B')
        || setweight(to_tsvector('french', processus_unaccent(body)), 'B')
    ) STORED""",
    "CREATE INDEX search_entry_tsv ON search_searchentry USING gin (tsv)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_tsv",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS tsv",
    "DROP FUNCTION IF EXISTS processus_unaccent(text)",
]


def _run(statements: list[str]):
    def run(apps, schema_editor):
        for statement in statements:
            schema_editor.execute(statement, params=None)

    return run


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(SQLITE_FORWARD)(apps, schema_editor)
    elif vendor == "postgresql":
        _run(POSTGRES_FORWARD)(apps, schema_editor)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(SQLITE_BACKWARD)(apps, schema_editor)
    elif vendor == "postgresql":
        _run(POSTGRES_BACKWARD)(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index")]

    operations = [migrations.RunPython(forward, backward)]
