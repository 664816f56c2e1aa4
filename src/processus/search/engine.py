"""Search: parse the query, rank meetings, documents and passages together, build results.

The lexical ranking comes from the database's backend
(:func:`processus.search.backends.lexical_backend`). When the semantic extra is
installed and its model is ready, the entries nearest in meaning are fused with
it by weighted reciprocal rank fusion (:func:`reciprocal_rank_fusion`: an entry
scores ``weight / (k + rank)`` in each list it is in), which needs no calibration
between BM25 and cosine similarity. The semantic list weighs
:data:`SEMANTIC_WEIGHT` against the lexical list's 1 and ``k`` is small
(:data:`RRF_K`), so words stay the main signal: meaning reorders close calls and
brings entries that share no word with the query. The semantic query vector
weighs each word by its idf in the lexical index (:func:`word_weights`). ``auto``
is hybrid when
semantic search is available, else lexical.
Filters apply to meetings; documents and passages are kept when they describe a
meeting that passes. At most :data:`PASSAGES_PER_DOCUMENT` passages of one
document are shown, so one long document does not fill the page.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from django.db.models import DEFERRED, Model, Q, QuerySet
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from processus.filters.search import MAX_LIMIT, MODES, SearchFilterSet
from processus.kb.models import Area, Document, Meeting, MeetingMention, MeetingRole
from processus.kb.models.meetings import MeetingKind
from processus.search import semantic
from processus.search.addresses import address, addresses
from processus.search.backends import lexical_backend
from processus.search.models import EntryKind, SearchEntry
from processus.search.snippets import snippet
from processus.search.text import Query, parse_query

FILTERS = ("dialogue", "year", "kind", "country", "area")
PASSAGES_PER_DOCUMENT = 2
#: Reciprocal rank fusion: an entry scores ``weight / (RRF_K + rank)`` in each list. A
#: small k and a light semantic list rank best on the relevance set, on SQLite and on
#: PostgreSQL (k = 2 since the lexical ranking became BM25 on both with meetings
#: indexed by their sources' sentences; k = 5 then fell below lexical search alone on
#: PostgreSQL); the usual k = 60 with equal weights ranks below lexical search alone.
RRF_K = 2
#: The semantic list's weight in the fusion (the lexical list weighs 1).
SEMANTIC_WEIGHT = 0.2
#: Whether ``mode="auto"`` combines semantic results when they are available.
AUTO_HYBRID = True
#: Lexical search alone ranks this many entries per result asked for.
LEXICAL_POOL = 2
#: Entries are loaded in batches of this many per result asked for, until enough are shown.
LOAD_BATCH = 1.25

M = TypeVar("M", bound=Model)


@dataclass
class Filters:
    """The meeting filters of a search, as validated text (see
    :class:`~processus.filters.search.SearchFilterSet`, which reads them)."""

    values: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_query(cls, query: Mapping[str, Any]) -> Filters:
        """Keep only well-formed values; anything else is left out, never an error
        (the web pages refuse bad values before they get here)."""
        if not any(query.get(name) for name in FILTERS):
            return cls()  # nothing to validate: no form built on the search's hot path
        filterset = SearchFilterSet.forgiving(query)
        return cls({name: value for name, value in filterset.values.items()})

    def meetings(self) -> QuerySet[Meeting]:
        return SearchFilterSet.forgiving(self.values).filter_queryset(Meeting.objects.all())

    def allowed(self) -> tuple[str, list[Any]] | None:
        """SQL selecting the ids of entries that pass, or ``None`` when nothing is filtered."""
        if not self.values:
            return None
        meeting_ids = self.meetings().values("pk")
        documents = MeetingMention.objects.filter(meeting_id__in=meeting_ids).values("document_id")
        entries = SearchEntry.objects.filter(
            Q(meeting_id__in=meeting_ids) | Q(document_id__in=documents)
        ).values("pk")
        sql, params = entries.query.sql_with_params()
        return sql, list(params)


@dataclass
class Result:
    kind: str
    title: str
    url: str
    snippet: SafeString
    score: float
    entry_id: int
    meeting_id: int | None = None
    document_id: int | None = None
    passage: int | None = None
    start: int | None = None
    end: int | None = None
    context: str = ""
    source_name: str = ""
    lexical_rank: int | None = None
    semantic_rank: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "type": self.kind,
            "title": self.title,
            "url": self.url,
            "snippet_html": str(self.snippet),
            "snippet": html.unescape(strip_tags(str(self.snippet))),
            "score": round(self.score, 6),
            "meeting": self.meeting_id,
            "document": self.document_id,
            "passage": self.passage,
            "start": self.start,
            "end": self.end,
            "context": self.context,
            "file": self.source_name or None,
        }


@dataclass
class SearchResponse:
    query: Query
    filters: Filters
    results: list[Result]
    mode: str
    backend: str
    semantic_available: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "query": self.query.text,
            "filters": self.filters.values,
            "mode": self.mode,
            "backend": self.backend,
            "semantic_available": self.semantic_available,
            "count": len(self.results),
            "results": [r.as_json() for r in self.results],
        }


def reciprocal_rank_fusion(
    rankings: list[list[int]], k: int = RRF_K, weights: list[float] | None = None
) -> list[tuple[int, float]]:
    """Fuse ranked id lists: each id scores the sum of ``weight / (k + rank)`` (rank
    from 1); ties keep the order of the first list, then of the next ones."""
    scores: dict[int, float] = {}
    for n, ranking in enumerate(rankings):
        weight = weights[n] if weights else 1.0
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    order: dict[int, int] = {}
    for ranking in rankings:
        for item in ranking:
            order.setdefault(item, len(order))
    return sorted(scores.items(), key=lambda pair: (-pair[1], order[pair[0]]))


def _allowed_ids(allowed: tuple[str, list[Any]] | None) -> set[int] | None:
    if allowed is None:
        return None
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(allowed[0], allowed[1])
        return {int(row[0]) for row in cursor.fetchall()}


#: ``(text, allowed ids, limit, weights)``: the semantic list (see :func:`semantic.nearest`).
Nearest = Callable[
    [str, "set[int] | None", int, "list[tuple[str, float]] | None"], list[tuple[int, float]]
]


def word_weights(query: Query) -> list[tuple[str, float]] | None:
    """Each word of the query with its idf in the index, for the semantic query vector;
    ``None`` when the query has quoted phrases or a single word (embedded as typed)."""
    if query.phrases or len(query.words) < 2:
        return None
    total, counts = lexical_backend().frequencies(query)
    weights = [
        (word, semantic.idf(total, count)) for word, count in zip(query.words, counts, strict=True)
    ]
    return weights


def ranked_ids(
    query: Query, filters: Filters, limit: int, mode: str = "auto", near: Nearest | None = None
) -> tuple[list[tuple[int, float]], str, dict[int, int], dict[int, int]]:
    """Ranked entry ids with their scores, the mode used, and each list's ranks.

    ``near`` replaces the semantic index (the evaluation passes the full model's)."""
    allowed = filters.allowed()
    available = near is not None or semantic.available()
    use_semantic = mode in ("semantic", "hybrid") or (mode == "auto" and AUTO_HYBRID)
    fusing = use_semantic and available and bool(query.text.strip())
    # Fusion reorders a deep list; alone, the lexical list needs only what is shown plus
    # room for the passages that the per-document cap drops.
    pool = max(limit * 3, 60) if fusing else limit * LEXICAL_POOL
    lexical: list[tuple[int, float]] = []
    if mode != "semantic":
        lexical = lexical_backend().search(query, allowed, pool, limit if not fusing else None)
    lexical_ranks = {i: n for n, (i, _s) in enumerate(lexical, start=1)}
    if not use_semantic or not available or not query.text.strip():
        return lexical, "lexical", lexical_ranks, {}
    weights = word_weights(query)
    nearest = (near or semantic.nearest)(query.text, _allowed_ids(allowed), pool, weights)
    semantic_ranks = {i: n for n, (i, _s) in enumerate(nearest, start=1)}
    if mode == "semantic":
        return nearest, "semantic", {}, semantic_ranks
    fused = reciprocal_rank_fusion(
        [[i for i, _ in lexical], [i for i, _ in nearest]], RRF_K, [1.0, SEMANTIC_WEIGHT]
    )
    return fused, "hybrid", lexical_ranks, semantic_ranks


#: What a result shows of an entry and of its document (see :func:`_entries`).
ENTRY_FIELDS = (
    "id", "kind", "meeting_id", "document_id", "number", "start", "end", "title", "body",
)  # fmt: skip
DOCUMENT_FIELDS = ("id", "title", "original_name", "document_date")


@lru_cache(maxsize=4)
def _entries_sql(vendor: str) -> str:
    from django.db import connection

    q = connection.ops.quote_name
    entry = {f.attname: f.column for f in SearchEntry._meta.concrete_fields}
    document = {f.attname: f.column for f in Document._meta.concrete_fields}
    columns = [f"e.{q(entry[f])}" for f in ENTRY_FIELDS]
    columns += [f"d.{q(document[f])}" for f in DOCUMENT_FIELDS]
    return (
        f"SELECT {', '.join(columns)} FROM {q(SearchEntry._meta.db_table)} e "
        f"LEFT JOIN {q(Document._meta.db_table)} d ON d.id = e.document_id "
        "WHERE e.id IN ({ids})"
    )


@lru_cache(maxsize=4)
def _slots(model: type[Model], fields: tuple[str, ...]) -> tuple[list[Any], list[int]]:
    """Every concrete field of ``model`` deferred, and where ``fields``' values go, as
    ``Model.from_db`` places them."""
    concrete = model._meta.concrete_fields
    positions = [n for n, f in enumerate(concrete) if f.attname in fields]
    return [DEFERRED] * len(concrete), positions


def _instance(model: type[M], fields: tuple[str, ...], values: tuple[Any, ...], alias: str) -> M:
    """``model.from_db(alias, fields, values)``, its deferred values placed once per model."""
    template, positions = _slots(model, fields)
    full = template.copy()
    for n, value in zip(positions, values, strict=True):
        full[n] = value
    return model.from_db(alias, fields, full)


def _entries(ids: list[int]) -> dict[int, SearchEntry]:
    """The entries of ``ids`` with their document, and their meeting when they have one.

    One plain statement for the entries and their documents (the queryset with
    ``select_related`` and ``defer`` took longer to build than to run); meetings, with
    their place, dialogues and roles, through the ORM, only for entries that have one."""
    from django.db import connection

    if not ids:
        return {}
    sql = _entries_sql(connection.vendor).format(ids=", ".join(["%s"] * len(ids)))
    with connection.cursor() as cursor:
        cursor.execute(sql, [int(i) for i in ids])
        rows = cursor.fetchall()
    size = len(ENTRY_FIELDS)
    alias = connection.alias
    entries = {}
    for row in rows:
        entry = _instance(SearchEntry, ENTRY_FIELDS, row[:size], alias)
        if entry.document_id is not None:
            entry.document = _instance(Document, DOCUMENT_FIELDS, row[size:], alias)
        entries[entry.pk] = entry
    meeting_ids = {e.meeting_id for e in entries.values() if e.meeting_id is not None}
    if meeting_ids:
        meetings = (
            Meeting.objects.select_related("country")
            .prefetch_related("dialogues", "roles__actor")
            .in_bulk(list(meeting_ids))
        )
        for pk, entry in list(entries.items()):
            if entry.meeting_id is None:
                continue
            if entry.meeting_id in meetings:
                entry.meeting = meetings[entry.meeting_id]
            else:
                del entries[pk]  # deleted since the ranking was read
    return entries


def meeting_summary(meeting: Meeting) -> str:
    """A meeting in one readable line, in the active language.

    The index holds both languages' words so that either finds the meeting; the
    result shows a person only what reads naturally.
    """
    parts = [str(meeting.get_kind_display())]
    if meeting.start_label:
        end = meeting.end_label
        parts.append(
            meeting.start_label + (f" – {end}" if end and end != meeting.start_label else "")
        )
    place = ", ".join(
        p for p in (meeting.city, meeting.country and meeting.country.display_name) if p
    )
    if place:
        parts.append(place)
    dialogues = [d.display_name for d in meeting.dialogues.all()]
    if dialogues:
        parts.append(", ".join(dialogues))
    labels = {
        MeetingRole.Role.HOST: gettext("hosted by"),
        MeetingRole.Role.CHAIR: gettext("chaired by"),
        MeetingRole.Role.ORGANISER: gettext("organised by"),
    }
    by_role: dict[str, list[str]] = {}
    for role in meeting.roles.all():
        by_role.setdefault(role.role, []).append(role.actor.display_name)
    for role_name, label in labels.items():
        if by_role.get(role_name):
            parts.append(f"{label} {', '.join(by_role[role_name])}")
    return " · ".join(parts)


#: Other apps' kinds of entry: kind -> the address of an entry's result (``roundtable``
#: registers its statements' in its ``ready()``). Such a result shows the entry's own
#: title and a snippet of its body, and names its meeting.
RESULT_URLS: dict[str, Callable[[SearchEntry], str]] = {}


def _registered_result(entry: SearchEntry, score: float, wanted: set[str]) -> Result:
    meeting = entry.meeting
    return Result(
        kind=entry.kind,
        title=entry.title,
        url=RESULT_URLS[entry.kind](entry),
        snippet=snippet(entry.body, wanted),
        score=score,
        entry_id=entry.pk,
        meeting_id=entry.meeting_id,
        context=str(meeting) if meeting is not None else "",
    )


def _result(
    entry: SearchEntry, score: float, wanted: set[str], url: Callable[[str, int], str] = address
) -> Result:
    if entry.kind in RESULT_URLS:
        return _registered_result(entry, score, wanted)
    if entry.kind == EntryKind.MEETING:
        meeting = entry.meeting
        assert meeting is not None
        when = meeting.start_label or ""
        where = meeting.city
        return Result(
            kind=entry.kind,
            title=str(meeting),
            url=url("web:meeting", meeting.pk),
            snippet=snippet(meeting_summary(meeting), wanted),
            score=score,
            entry_id=entry.pk,
            meeting_id=meeting.pk,
            context=", ".join(p for p in (where, when) if p),
        )
    document = entry.document
    assert document is not None
    address = url("web:document", document.pk)
    context = document.document_date.isoformat() if document.document_date else ""
    if entry.kind == EntryKind.DOCUMENT:
        return Result(
            kind=entry.kind,
            title=str(document),
            url=address,
            snippet=snippet(f"{entry.title} · {entry.body}", wanted),
            score=score,
            entry_id=entry.pk,
            document_id=document.pk,
            context=context,
            source_name=document.original_name,
        )
    return Result(
        kind=entry.kind,
        title=str(document),
        url=f"{address}#p-{entry.number}",
        snippet=snippet(entry.body, wanted),
        score=score,
        entry_id=entry.pk,
        document_id=document.pk,
        passage=entry.number,
        start=entry.start,
        end=entry.end,
        context=context,
        source_name=document.original_name,
    )


def search(
    text: str,
    filters: Filters | Mapping[str, Any] | None = None,
    limit: int = 20,
    mode: str = "auto",
    near: Nearest | None = None,
) -> SearchResponse:
    """Search everything for ``text``. Never raises on what a person may type."""
    if not isinstance(filters, Filters):
        filters = Filters.from_query(filters or {})
    limit = max(1, min(int(limit), MAX_LIMIT))
    mode = mode if mode in MODES else "auto"
    query = parse_query(text)
    ranked, used, lexical_ranks, semantic_ranks = ranked_ids(query, filters, limit, mode, near)
    wanted = query.highlight_stems()
    per_document: dict[int, int] = {}
    results: list[Result] = []
    batch = max(1, int(limit * LOAD_BATCH))
    entries: dict[int, SearchEntry] = {}
    url = addresses()  # one language lookup per search, not per result
    for position, (entry_id, score) in enumerate(ranked):
        if position % batch == 0:
            # Loaded as far as needed: most searches show the first ``limit`` entries.
            entries = _entries([i for i, _ in ranked[position : position + batch]])
        entry = entries.get(entry_id)
        if entry is None or (entry.kind == EntryKind.STATEMENT and entry.kind not in RESULT_URLS):
            continue
        if entry.kind == EntryKind.PASSAGE:
            seen = per_document.get(entry.document_id or 0, 0)
            if seen >= PASSAGES_PER_DOCUMENT:
                continue
            per_document[entry.document_id or 0] = seen + 1
        result = _result(entry, score, wanted, url)
        result.lexical_rank = lexical_ranks.get(entry_id)
        result.semantic_rank = semantic_ranks.get(entry_id)
        results.append(result)
        if len(results) >= limit:
            break
    return SearchResponse(
        query=query,
        filters=filters,
        results=results,
        mode=used,
        backend=lexical_backend().name,
        semantic_available=near is not None or semantic.available(),
    )


def filter_choices() -> dict[str, list[tuple[str, str]]]:
    """The values the search page offers for each filter (a few small queries)."""
    from processus.kb.models import Actor, Dialogue

    years = sorted(
        {d.year for d in Meeting.objects.filter(start__isnull=False).dates("start", "year")},
        reverse=True,
    )
    countries = Actor.objects.filter(meetings_held__isnull=False).distinct().order_by("name")
    areas = Area.objects.select_related("framework").order_by("framework__key", "number")
    return {
        "dialogue": [
            (d.key, d.display_name)
            for d in Dialogue.objects.filter(meetings__isnull=False).distinct()
        ],
        "year": [(str(y), str(y)) for y in years],
        "kind": [(str(k), str(label)) for k, label in MeetingKind.choices],
        "country": [(c.key, c.display_name) for c in countries],
        "area": [
            (str(a.pk), f"{a.framework.display_name} · {a.number}. {a.display_title}".strip())
            for a in areas
        ],
    }
