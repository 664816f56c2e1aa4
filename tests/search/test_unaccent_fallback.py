"""The accent folding PostgreSQL uses when the ``unaccent`` extension cannot be created.

Migration ``search.0002`` defines ``processus_unaccent`` with ``unaccent`` when it
can, else with a ``translate()`` over Latin letters. The second branch never runs
where the extension exists, so these tests make it run: they drop the extension
inside the test's transaction (rolled back afterwards), define the function the
way the migration does, and search through it.
"""

from __future__ import annotations

import importlib

import pytest
from django.db import connection

from processus.search.engine import search
from processus.search.text import fold

fulltext = importlib.import_module("processus.search.migrations.0002_fulltext")
FALLBACK_DEFINITION = fulltext.POSTGRES_FORWARD[1]


def test_the_translate_table_folds_as_the_python_index_does():
    pairs = list(zip(fulltext._ACCENTED, fulltext._PLAIN, strict=True))
    assert len(pairs) > 100
    mismatched = [
        (accented, plain)
        for accented, plain in pairs
        if fold(accented).isascii() and fold(accented) != plain.lower()
    ]
    assert mismatched == []


@pytest.fixture
def without_unaccent(db):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite folds accents in its FTS5 tokenizer")
    with connection.cursor() as cursor:
        cursor.execute("DROP EXTENSION IF EXISTS unaccent")
        cursor.execute(FALLBACK_DEFINITION)
        cursor.execute("SELECT prosrc FROM pg_proc WHERE proname = 'processus_unaccent'")
        (source,) = cursor.fetchone()
    assert "translate(" in source and "unaccent(" not in source
    return connection


def _folded(sql_text: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT processus_unaccent(%s)", [sql_text])
        return cursor.fetchone()[0]


def test_the_fallback_folds_french_spanish_portuguese_and_polish_letters(without_unaccent):
    assert _folded("Frontières, Sénégal, Côte d'Ivoire") == "Frontieres, Senegal, Cote d'Ivoire"
    assert _folded("Cádiz, São Tomé, Łódź, Niño") == "Cadiz, Sao Tome, Lodz, Nino"
    assert _folded("plain text stays") == "plain text stays"


def test_search_finds_accented_text_through_the_fallback(search_world, without_unaccent):
    # The index entries are written at the first search, through the fallback function.
    for query in ("frontieres", "FRONTIÈRES", "etres humains", "Senegal"):
        found = search(query, mode="lexical").results
        assert any(r.document_id == search_world.traite.pk for r in found), query
    assert not any(
        r.document_id == search_world.traite.pk for r in search("walls", mode="lexical").results
    )
