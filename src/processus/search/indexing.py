"""Keep the search index in step with the knowledge base.

``index_document`` and ``index_meeting`` rewrite the entries of one object;
``reindex`` rebuilds everything.

What changed is known from the database itself: triggers queue every inserted or
updated document and meeting (and every role or dialogue change of a meeting) in
:class:`~processus.search.models.PendingChange`, whoever wrote it — ingestion
writes with plain SQL and sends no model signals. :func:`drain` indexes the
queue, always on the writer's side and under the writer lock
(:mod:`processus.kb.writer_lock`): right after the commit when the change came
through the ORM (the signal receivers connected in the app's ``ready()`` only
schedule a drain, nothing more), and at the end of an ingestion run (its
``ingested`` signal) for what ingestion wrote in plain SQL. A search never
writes: it answers from the index as it stands. Indexing at commit sees a
finished meeting (ingestion writes its roles and dialogues after the meeting
row), and the meetings a document describes are re-indexed with it. Deletions
need nothing: entries cascade with their meeting or document, and on SQLite
triggers keep the FTS5 table in step. A failure to index is logged and never
breaks the write or the search that triggered it; ``processus reindex`` rebuilds
everything.

A meeting's entry holds its facts (kind in English and French, dates, place,
dialogues, roles) and the sentences of its sources that name it and say what,
when and where it was (:func:`meeting_sentences`): the words the documents use
for it ("a two-hour webinar on preventing trafficking for labour exploitation"),
which its own row does not hold. Each entry has a prior that multiplies its score
(:func:`document_prior`): below 1 for background pages, pages that report no
meeting and meetings without a date. Documents and passages carry the language
their text is written in (:func:`processus.search.text.guess_language`), which
PostgreSQL reads them in.

With the semantic extra, passages and meetings also get a vector. A meeting's is
computed from its title and the passages of its sources that hold its evidence
(:func:`meeting_sources`): what the documents say about it, not only the facts
its own row lists. It is refreshed whenever the meeting is indexed, which
includes every change to a document that describes it.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation

from processus.kb.models import Document, Evidence, Meeting, MeetingMention, MeetingRole
from processus.kb.writer_lock import writing
from processus.search.models import EntryKind, PendingChange, SearchEntry, SearchState
from processus.search.passages import split_passages
from processus.search.text import guess_language, index_text

log = logging.getLogger(__name__)

_ROLE_WORDS: dict[str, str] = {
    MeetingRole.Role.HOST: "hosted by · accueilli par",
    MeetingRole.Role.CHAIR: "chaired, co-chaired by · présidé, coprésidé par",
    MeetingRole.Role.ORGANISER: "organised, co-organised by · organisé par",
}


def uses_shadow_columns() -> bool:
    """Whether the stemmed shadow columns are needed (SQLite FTS5) on this database."""
    return connection.vendor == "sqlite"


def _entry(**fields: Any) -> SearchEntry:
    entry = SearchEntry(**fields)
    if uses_shadow_columns():
        entry.stem_title = index_text(entry.title)
        entry.stem_body = index_text(entry.body)
    return entry


def _both_languages(label: Callable[[], str]) -> str:
    out = []
    for code in ("en", "fr"):
        with translation.override(code):
            out.append(str(label()))
    return " · ".join(dict.fromkeys(out))


def _actor_names(actor: Any) -> str:
    return " ".join(dict.fromkeys(n for n in (actor.name, actor.name_fr) if n))


def meeting_description(meeting: Meeting) -> tuple[str, str]:
    """The title and the text a meeting is found by: its kind in English and French,
    dates, place, dialogues, hosts, chairs and organisers, themes."""
    kind = _both_languages(meeting.get_kind_display)
    title = meeting.title or kind
    lines = [kind]
    if meeting.start:
        when = meeting.start_label or ""
        lines.append(f"{when} {meeting.start.year}".strip())
    if meeting.format:
        lines.append(_both_languages(meeting.get_format_display))
    place = [meeting.city]
    if meeting.country is not None:
        place.append(_actor_names(meeting.country))
    if any(place):
        lines.append(" ".join(p for p in place if p))
    dialogues = [
        " ".join(dict.fromkeys(n for n in (d.name, d.name_fr) if n))
        for d in meeting.dialogues.all()
    ]
    if dialogues:
        lines.append(" · ".join(dialogues))
    by_role: dict[str, list[str]] = {}
    for meeting_role in meeting.roles.all():
        by_role.setdefault(meeting_role.role, []).append(_actor_names(meeting_role.actor))
    for role_name, names in by_role.items():
        lines.append(f"{_ROLE_WORDS.get(role_name, role_name)}: {', '.join(names)}")
    if meeting.themes:
        lines.append(" · ".join(str(t).replace("_", " ") for t in meeting.themes))
    return title, "\n".join(lines)


#: The prior of a background document (kind ``other``: about pages, job offers,
#: statistics, member lists) and of a document that reports no meeting; both multiply.
BACKGROUND_PRIOR = 0.8
NO_MEETING_PRIOR = 0.8
#: The prior of a meeting with no date: an incomplete record, often a passing mention.
UNDATED_PRIOR = 0.8


#: The evidence whose sentence tells what a meeting is: its name, kind, subject, date, place.
CONTEXT_FIELDS = ("title", "kind", "themes", "start", "city", "format")
#: At most this many characters of one sentence, and of all of a meeting's sentences.
SENTENCE_CHARS = 300
CONTEXT_CHARS = 1500
_SENTENCE_BREAK = re.compile(r"\n|(?<=[.!?;])\s")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) of ``text`` around ``start:end``."""
    low = max(0, start - SENTENCE_CHARS)
    before = [m.end() for m in _SENTENCE_BREAK.finditer(text, low, start)]
    begin = before[-1] if before else low
    after = _SENTENCE_BREAK.search(text, end, min(len(text), end + SENTENCE_CHARS))
    finish = after.start() if after else min(len(text), end + SENTENCE_CHARS)
    return begin, max(finish, end)


def meeting_sentences(meeting_ids: Iterable[int]) -> dict[int, str]:
    """For each meeting, the sentences of its sources that name it, say what it is and
    when and where it met (the lines of a list, the sentences of a page): the words the
    documents use for it, which its own row (kind, dates, place, roles) does not hold."""
    spans: dict[int, set[tuple[int, int, int]]] = {}
    rows = Evidence.objects.filter(
        meeting_id__in=list(meeting_ids),
        field__in=CONTEXT_FIELDS,
        document__isnull=False,
        start__isnull=False,
    ).values_list("meeting_id", "document_id", "start", "end")
    for meeting_id, document_id, start, end in rows:
        if document_id is not None and start is not None:
            spans.setdefault(meeting_id, set()).add((document_id, start, end or start))
    documents = {d for found in spans.values() for d, _, _ in found}
    texts = dict(Document.objects.filter(pk__in=documents).values_list("pk", "text"))
    out: dict[int, str] = {}
    for meeting_id, found in spans.items():
        chosen: dict[tuple[int, int], str] = {}
        for document_id, start, end in sorted(found):
            text = (texts.get(document_id) or "").replace("\x00", " ")
            if start >= len(text):
                continue
            begin, finish = _sentence(text, start, min(end, len(text)))
            chosen.setdefault((document_id, begin), " ".join(text[begin:finish].split()))
        sentences = list(dict.fromkeys(chosen[k] for k in sorted(chosen)))
        out[meeting_id] = "\n".join(sentences)[:CONTEXT_CHARS]
    return out


def _meetings(ids: Iterable[int]) -> Iterator[Meeting]:
    queryset = (
        Meeting.objects.filter(pk__in=list(ids))
        .select_related("country")
        .prefetch_related("dialogues", "roles__actor")
    )
    yield from queryset


def _meeting_entries(meetings: Iterable[Meeting]) -> list[SearchEntry]:
    meetings = list(meetings)
    context = meeting_sentences(m.pk for m in meetings)
    entries = []
    for meeting in meetings:
        title, body = meeting_description(meeting)
        if context.get(meeting.pk):
            body = f"{body}\n{context[meeting.pk]}"
        prior = UNDATED_PRIOR if meeting.start is None else 1.0
        entries.append(
            _entry(kind=EntryKind.MEETING, meeting=meeting, title=title, body=body, prior=prior)
        )
    return entries


def document_prior(document: Document, meetings: int) -> float:
    """How much a document's entries count, from what it is: the site records meetings, so
    a page that reports none, or one of no meeting kind, ranks below those that do."""
    prior = 1.0
    if document.kind == Document.Kind.OTHER:
        prior *= BACKGROUND_PRIOR
    if not meetings:
        prior *= NO_MEETING_PRIOR
    return prior


def _document_entries(document: Document, meetings: int) -> list[SearchEntry]:
    text = (document.text or "").replace("\x00", " ")
    kind = _both_languages(document.get_kind_display)
    details = [kind, document.original_name]
    if document.document_date:
        details.append(str(document.document_date.year))
    language = guess_language(text, document.language)
    prior = document_prior(document, meetings)
    entries = [
        _entry(
            kind=EntryKind.DOCUMENT,
            document=document,
            title=str(document)[:1000],
            body=" · ".join(d for d in details if d),
            language=language,
            end=len(text),
            prior=prior,
        )
    ]
    for passage in split_passages(text):
        body = text[passage.start : passage.end]
        entries.append(
            _entry(
                kind=EntryKind.PASSAGE,
                document=document,
                number=passage.number,
                start=passage.start,
                end=passage.end,
                body=body,
                language=guess_language(body, language),
                prior=prior,
            )
        )
    return entries


def meeting_sources(meeting_ids: Iterable[int]) -> dict[int, list[str]]:
    """For each meeting, the passages of its source documents that hold its evidence.

    What the sources say about a meeting (its subject, who took part, what came
    out of it) is in these passages, not in the meeting's own index row, which
    lists facts (kind, dates, place, roles). Passages come in document and passage
    order, each once.
    """
    spans: dict[int, set[tuple[int, int]]] = {}
    rows = Evidence.objects.filter(
        meeting_id__in=list(meeting_ids), document__isnull=False, start__isnull=False
    ).values_list("meeting_id", "document_id", "start")
    for meeting_id, document_id, start in rows:
        if document_id is not None and start is not None:
            spans.setdefault(meeting_id, set()).add((document_id, start))
    document_ids = {d for found in spans.values() for d, _ in found}
    passages: dict[int, tuple[str, list[int], list[tuple[int, int]]]] = {}
    for pk, text in Document.objects.filter(pk__in=document_ids).values_list("pk", "text"):
        text = (text or "").replace("\x00", " ")
        bounds = [(p.start, p.end) for p in split_passages(text)]
        passages[pk] = (text, [a for a, _ in bounds], bounds)
    out: dict[int, list[str]] = {}
    for meeting_id, found in spans.items():
        chosen: dict[tuple[int, int], str] = {}
        for document_id, start in sorted(found):
            if document_id not in passages:
                continue
            text, starts, bounds = passages[document_id]
            n = bisect.bisect_right(starts, start) - 1
            if n >= 0 and start < bounds[n][1]:
                chosen.setdefault((document_id, n), text[bounds[n][0] : bounds[n][1]])
        if chosen:
            out[meeting_id] = [chosen[k] for k in sorted(chosen)]
    return out


def semantic_texts(entries: list[SearchEntry]) -> list[str]:
    """What is embedded for each entry: a passage's text; for a meeting, its title and the
    passages of its sources that describe it (its own row when it has no evidence)."""
    from processus.search import semantic

    sources = meeting_sources(e.meeting_id for e in entries if e.meeting_id is not None)
    texts = []
    for entry in entries:
        found = sources.get(entry.meeting_id or 0) if entry.kind == EntryKind.MEETING else None
        body = "\n".join(found) if found else entry.body
        texts.append(semantic.entry_text(entry.title, body))
    return texts


def _embed(entries: list[SearchEntry]) -> None:
    from processus.search import semantic

    embedder = semantic.index_embedder()
    if embedder is None:
        return
    passages = [e for e in entries if e.kind != EntryKind.DOCUMENT]
    if not passages:
        return
    vectors = embedder.encode(semantic_texts(passages))
    for entry, vector in zip(passages, vectors, strict=True):
        entry.vector = semantic.to_bytes(vector)


def _bump() -> None:
    updated = SearchState.objects.filter(pk=1).update(generation=F("generation") + 1)
    if not updated:
        SearchState.objects.get_or_create(pk=1)


def index_documents(documents: Iterable[Document]) -> int:
    """Rewrite the entries of ``documents`` (their own row and their passages)."""
    documents = list(documents)
    meetings = dict.fromkeys((d.pk for d in documents), 0)
    mentions = MeetingMention.objects.filter(document_id__in=list(meetings))
    for document_id in mentions.values_list("document_id", flat=True):
        meetings[document_id] += 1
    entries: list[SearchEntry] = []
    for document in documents:
        entries.extend(_document_entries(document, meetings[document.pk]))
    _embed(entries)
    with transaction.atomic():
        SearchEntry.objects.filter(document_id__in=[d.pk for d in documents]).delete()
        SearchEntry.objects.bulk_create(entries, batch_size=500)
        _bump()
    return len(entries)


def index_meetings(meeting_ids: Iterable[int]) -> int:
    """Rewrite the entries of the meetings ``meeting_ids``; gone ones get none.

    Meetings are read and their entries written under the writer lock: a writer
    that merges or settles a meeting away deletes it under the same lock, so an
    entry can never be written for a meeting deleted meanwhile (its foreign key
    would fail the deleting writer's commit).
    """
    ids = list(meeting_ids)
    with writing():
        entries = _meeting_entries(_meetings(ids))
        _embed(entries)
        SearchEntry.objects.filter(kind=EntryKind.MEETING, meeting_id__in=ids).delete()
        SearchEntry.objects.bulk_create(entries, batch_size=500)
        _bump()
    return len(entries)


def index_document(document: Document) -> int:
    return index_documents([document])


def index_meeting(meeting: Meeting) -> int:
    return index_meetings([meeting.pk])


#: Other apps' entries, rebuilt by :func:`reindex` after meetings and documents: name ->
#: a function that writes them all and returns how many (``roundtable`` registers its
#: statements in its ``ready()``).
EXTRA_INDEXES: dict[str, Callable[[], int]] = {}


def build_entry(**fields: Any) -> SearchEntry:
    """An unsaved entry with its stemmed shadow columns filled where the database needs them."""
    return _entry(**fields)


def reindex(batch: int = 200, progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Rebuild the whole index; returns how many entries of each kind were written."""
    counts = {"meetings": 0, "documents": 0, "passages": 0}
    PendingChange.objects.all().delete()
    SearchEntry.objects.all().delete()
    meeting_ids = list(Meeting.objects.order_by("pk").values_list("pk", flat=True))
    document_ids = list(Document.objects.order_by("pk").values_list("pk", flat=True))
    total = len(meeting_ids) + len(document_ids)
    done = 0
    for i in range(0, len(meeting_ids), batch):
        chunk = meeting_ids[i : i + batch]
        counts["meetings"] += index_meetings(chunk)
        done += len(chunk)
        if progress:
            progress(done, total)
    for i in range(0, len(document_ids), batch):
        chunk = document_ids[i : i + batch]
        written = index_documents(Document.objects.filter(pk__in=chunk).order_by("pk"))
        counts["documents"] += len(chunk)
        counts["passages"] += written - len(chunk)
        done += len(chunk)
        if progress:
            progress(done, total)
    for name, rebuild in EXTRA_INDEXES.items():
        counts[name] = rebuild()
    return counts


# --- keeping up -------------------------------------------------------------------------

#: How many queued changes one transaction of :func:`drain` indexes.
DRAIN_BATCH = 200


def pending_count() -> int:
    return PendingChange.objects.count()


def drain(limit: int | None = None) -> int:
    """Index the queued changes (see :class:`PendingChange`); returns how many were done.

    Several processes may drain at once: on PostgreSQL each takes rows the others
    have not locked (``SKIP LOCKED``); SQLite runs one writer at a time anyway.
    Each batch holds the writer lock (:func:`index_meetings` says why), taken
    before any row lock, as every writer does.
    """
    done = 0
    while limit is None or done < limit:
        batch = DRAIN_BATCH if limit is None else min(DRAIN_BATCH, limit - done)
        with writing():
            queue = PendingChange.objects.order_by("pk")
            if connection.features.has_select_for_update_skip_locked:
                queue = queue.select_for_update(skip_locked=True)
            rows = list(queue.values_list("pk", "kind", "object_id")[:batch])
            if not rows:
                break
            documents = {i for _, kind, i in rows if kind == EntryKind.DOCUMENT}
            meetings = {i for _, kind, i in rows if kind == EntryKind.MEETING}
            if documents:
                meetings |= set(
                    MeetingMention.objects.filter(document_id__in=documents).values_list(
                        "meeting_id", flat=True
                    )
                )
                SearchEntry.objects.filter(document_id__in=documents).delete()
                index_documents(Document.objects.filter(pk__in=documents))
            if meetings:
                index_meetings(meetings)
            PendingChange.objects.filter(pk__in=[pk for pk, _, _ in rows]).delete()
        done += len(rows)
    return done


def drain_quietly(limit: int | None = None) -> None:
    """Drain, logging instead of raising: a search must answer even if indexing fails."""
    try:
        if PendingChange.objects.exists():
            drain(limit)
    except DatabaseError:
        log.exception("could not index the pending changes")


def _schedule() -> None:
    """Drain after the current transaction commits (the triggers queued the change).

    Every save registers its own callback (deduplicating would miss a savepoint's
    rollback); once the first has drained the queue, the others find it empty in
    one query.
    """
    transaction.on_commit(drain_quietly, robust=True)


def _changed(sender: Any, raw: bool = False, **kwargs: Any) -> None:
    if not raw:
        _schedule()


def _ingested(sender: Any, **kwargs: Any) -> None:
    """Index everything an ingestion run queued, before it reports that it is done."""
    drain_quietly()


def connect_signals() -> None:
    """ORM writes (editors, the admin, tests) are indexed as soon as they commit."""
    uid = "processus.search"
    for model in (Document, Meeting, MeetingRole):
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}.{model.__name__}")
    post_delete.connect(_changed, sender=MeetingRole, dispatch_uid=f"{uid}.role-deleted")
    m2m_changed.connect(_changed, sender=Meeting.dialogues.through, dispatch_uid=f"{uid}.dialogues")
    from processus.kb.ingest import ingested

    ingested.connect(_ingested, dispatch_uid=f"{uid}.ingested")
