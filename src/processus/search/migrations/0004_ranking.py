"""Ranking: a prior per entry, and PostgreSQL's full text read in each text's language.

``prior`` (a number in (0, 1], default 1) multiplies an entry's score: background
documents (about pages, job offers, statistics) rank below the documents that
report meetings. It is added with plain ``ALTER TABLE ... ADD COLUMN`` on both
databases: Django would rebuild the table on SQLite, dropping the triggers that
keep the FTS5 table in step.

PostgreSQL: the generated ``tsvector`` column is rebuilt by ``processus_tsvector``,
which reads an entry in its language (``search_searchentry.language``, guessed
from the text by :func:`processus.search.text.guess_language`): English with the
``english`` configuration, French with ``french``; Spanish, Italian and Portuguese
with theirs and with ``simple`` (unstemmed words, which English and French queries
can meet); meetings and entries of no known language with both ``english`` and
``french``. The title weighs A and the body B. Underscores separate words, as on
SQLite (file names such as ``page_som_porto_2025.txt``).

Every document and meeting is queued for indexing again (the priors, the languages
and the meetings' own sentences are written by indexing); the next search, or
``processus reindex``, does it.
"""

from django.db import migrations, models

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION processus_tsvector(language text, title text, body text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT CASE language
        WHEN 'en' THEN setweight(to_tsvector('english', t), 'A')
            || setweight(to_tsvector('english', b), 'B')
        WHEN 'fr' THEN setweight(to_tsvector('french', t), 'A')
            || setweight(to_tsvector('french', b), 'B')
        WHEN 'es' THEN setweight(to_tsvector('spanish', t) || to_tsvector('simple', t), 'A')
            || setweight(to_tsvector('spanish', b) || to_tsvector('simple', b), 'B')
        WHEN 'it' THEN setweight(to_tsvector('italian', t) || to_tsvector('simple', t), 'A')
            || setweight(to_tsvector('italian', b) || to_tsvector('simple', b), 'B')
        WHEN 'pt' THEN setweight(to_tsvector('portuguese', t) || to_tsvector('simple', t), 'A')
            || setweight(to_tsvector('portuguese', b) || to_tsvector('simple', b), 'B')
        ELSE setweight(to_tsvector('english', t) || to_tsvector('french', t), 'A')
            || setweight(to_tsvector('english', b) || to_tsvector('french', b), 'B')
    END
    FROM (
        SELECT processus_unaccent(translate(coalesce(title, ''), '_', ' ')) AS t,
               processus_unaccent(translate(coalesce(body, ''), '_', ' ')) AS b
    ) AS folded
$f$
"""

POSTGRES_FORWARD = [
    POSTGRES_FUNCTION,
    "DROP INDEX IF EXISTS search_entry_tsv",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS tsv",
    """ALTER TABLE search_searchentry ADD COLUMN tsv tsvector
        GENERATED ALWAYS AS (processus_tsvector(language, title, body)) STORED""",
    "CREATE INDEX search_entry_tsv ON search_searchentry USING gin (tsv)",
]
#: Back to the column of migration 0002.
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_tsv",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS tsv",
    """ALTER TABLE search_searchentry ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', processus_unaccent(title)), 'A')
        || setweight(to_tsvector('french', processus_unaccent(title)), 'A')
        || setweight(to_tsvector('english', processus_unaccent(body)), 'B')
        || setweight(to_tsvector('french', processus_unaccent(body)), 'B')
    ) STORED""",
    "CREATE INDEX search_entry_tsv ON search_searchentry USING gin (tsv)",
    "DROP FUNCTION IF EXISTS processus_tsvector(text, text, text)",
]
REQUEUE = [
    "INSERT INTO search_pendingchange (kind, object_id) "
    "SELECT 'document', id FROM kb_document WHERE id NOT IN "
    "(SELECT object_id FROM search_pendingchange WHERE kind = 'document')",
    "INSERT INTO search_pendingchange (kind, object_id) "
    "SELECT 'meeting', id FROM kb_meeting WHERE id NOT IN "
    "(SELECT object_id FROM search_pendingchange WHERE kind = 'meeting')",
]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    schema_editor.execute(
        "ALTER TABLE search_searchentry ADD COLUMN prior double precision NOT NULL DEFAULT 1.0"
        if vendor == "postgresql"
        else "ALTER TABLE search_searchentry ADD COLUMN prior real NOT NULL DEFAULT 1.0"
    )
    if vendor == "postgresql":
        for statement in POSTGRES_FORWARD:
            schema_editor.execute(statement, params=None)
    for statement in REQUEUE:
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for statement in POSTGRES_BACKWARD:
            schema_editor.execute(statement, params=None)
    schema_editor.execute("ALTER TABLE search_searchentry DROP COLUMN prior")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_change_triggers")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forward, backward)],
            state_operations=[
                migrations.AddField(
                    model_name="searchentry",
                    name="prior",
                    field=models.FloatField(default=1.0),
                ),
            ],
        ),
    ]
