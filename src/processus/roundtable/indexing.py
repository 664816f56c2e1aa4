"""Statements in the site's search: one entry per statement, of kind ``statement``.

The entry names its meeting (so the search's meeting filters apply to it) and
carries the statement's id as its number; its title says who spoke on which
question, its body holds the country's words, the speaker and the country's
names in English and French, so "Senegal reintegration" finds Senegal's
position. Written whenever a statement or its question changes
(:mod:`processus.roundtable.operations`), removed with them, and rebuilt by
``processus reindex`` (registered in :data:`processus.search.indexing.EXTRA_INDEXES`).
Statements get no semantic vector: they are found by their words.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import DatabaseError
from django.urls import reverse

from processus.kb.writer_lock import writing
from processus.roundtable.models import Statement
from processus.search.indexing import build_entry
from processus.search.models import EntryKind, SearchEntry
from processus.search.text import guess_language

log = logging.getLogger(__name__)


def _entry(statement: Statement) -> SearchEntry:
    country = statement.country
    names = " · ".join(dict.fromkeys(n for n in (country.name, country.name_fr) if n))
    question = statement.question
    asked = " / ".join(t for t in (question.text, question.text_fr) if t)
    body = "\n".join(p for p in (statement.text, statement.speaker, names) if p)
    return build_entry(
        kind=EntryKind.STATEMENT,
        meeting_id=question.meeting_id,
        number=statement.pk,
        title=f"{country.name} — Q{question.number}. {asked}"[:1000],
        body=body,
        language=guess_language(statement.text, ""),
    )


def index_statements(statements: Iterable[Statement]) -> int:
    """Rewrite the entries of ``statements``; how many were written."""
    rows = list(statements)
    entries = [_entry(s) for s in rows]
    with writing():  # the entries name the meeting: see search.indexing.index_meetings
        forget_statements(s.pk for s in rows)
        SearchEntry.objects.bulk_create(entries, batch_size=500)
    return len(entries)


def forget_statements(ids: Iterable[int]) -> None:
    SearchEntry.objects.filter(kind=EntryKind.STATEMENT, number__in=list(ids)).delete()


def reindex_statements() -> int:
    """Every statement's entry again (``processus reindex`` emptied the index first)."""
    SearchEntry.objects.filter(kind=EntryKind.STATEMENT).delete()
    written = 0
    queryset = Statement.objects.select_related("country", "question").order_by("pk")
    batch: list[Statement] = []
    for statement in queryset.iterator(chunk_size=500):
        batch.append(statement)
        if len(batch) >= 500:
            written += index_statements(batch)
            batch = []
    return written + (index_statements(batch) if batch else 0)


def index_quietly(statements: Iterable[Statement]) -> None:
    """Index, logging instead of raising: an editor's change must not fail on the index."""
    try:
        index_statements(statements)
    except DatabaseError:
        log.exception("could not index round-table statements")


def forget_quietly(ids: Iterable[int]) -> None:
    try:
        forget_statements(ids)
    except DatabaseError:
        log.exception("could not remove round-table statements from the index")


def result_url(entry: SearchEntry) -> str:
    """Where a statement's search result leads: its place on the round-table page."""
    return reverse("roundtable:page", args=[entry.meeting_id]) + f"#statement-{entry.number}"


def register() -> None:
    from processus.search import engine, indexing

    indexing.EXTRA_INDEXES["statements"] = reindex_statements
    engine.RESULT_URLS[EntryKind.STATEMENT] = result_url
