"""PostgreSQL's lexical backend: candidates from the GIN index, BM25 on the few kept.

Scoring every row that holds one of the words (as the first version did, in one
statement) cost close to a second on 100,000 passages: a common word matches a
third of them. Here each tier is one statement that the ``tsv`` GIN index
answers (``tsv @@ tsquery``) and that keeps a pool of candidates, ranked by the
sum of each word's ``ts_rank`` weighted by its rarity; BM25 (k1 1.2, b 0.75, the
title weighing twice the body) then ranks the pool in Python, from each word's
``ts_rank`` in each candidate, read in the same statement.

BM25 needs how many entries hold each word (its idf) and how many entries there
are. Counting them costs a pass over the index per word, so the counts are kept
per process for the index as it stands: they are read again when an indexing
run has bumped :class:`~processus.search.models.SearchState`'s generation, or the
index's newest entry changed (a rebuild). Entries deleted with their document
change neither: their counts, a little high, last until the next indexing run.
Only the idf uses them; which entries match never does.

Each query word is read with the English, the French and the ``simple``
configuration (entries are read in their language, see migration ``0004``). The
second tier leaves out the common words (:mod:`processus.search.tiers`).
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction

from processus.search.text import Query, stem
from processus.search.thesaurus import EXPANSION_WEIGHT, Expansion, expand, word_groups
from processus.search.tiers import rare_atoms

BM25_K1 = 1.2
BM25_B = 0.75
#: ts_rank weights of D, C, B (body) and A (title).
WEIGHTS = "{0.1, 0.2, 0.5, 1.0}"
#: BM25 ranks this many candidates per entry asked for (at least POOL_MIN).
POOL_FACTOR = 3
POOL_MIN = 100
#: At most this many words' counts are kept per process.
MAX_COUNTS = 20_000

#: One word or phrase as a tsquery: its English, French and unstemmed forms.
_TERM = (
    "({f}('english', processus_unaccent(%s)) || {f}('french', processus_unaccent(%s))"
    " || {f}('simple', processus_unaccent(%s)))::text"
)
#: A concept's term in the other language, as a phrase read in that language and unstemmed
#: (entries in Spanish or Portuguese, or of a wrongly guessed language, hold it so).
#: Monolingual nDCG@10 on the relevance set, while this was chosen: 0.785 so, 0.787 with
#: the other language's configuration too (one reading more of every phrase), 0.763 in
#: its language alone.
_OTHER_TERM = (
    "(phraseto_tsquery('{config}', processus_unaccent(%s))"
    " || phraseto_tsquery('simple', processus_unaccent(%s)))::text"
)
CONFIGS = {"en": "english", "fr": "french"}


@dataclass
class _Counts:
    key: tuple[Any, ...] = ()
    total: int = 0
    holding: dict[str, int] = field(default_factory=dict)
    #: Lexeme → share of the entries holding it (see :func:`frequent_words`).
    frequent: dict[str, float] = field(default_factory=dict)


_counts = _Counts()
_lock = threading.Lock()


@dataclass
class Plan:
    """A query as tsqueries (text): the typed words and phrases, then the other terms
    of the thesaurus's concepts, and the conditions of the two tiers."""

    terms: list[str]
    typed: int
    every: str
    every_typed: str
    #: False when the entries holding some of the terms are those holding every one.
    tiers: bool
    any_typed: str


def _or(parts: list[str]) -> str:
    return " | ".join(f"( {p} )" for p in parts)


def _and(parts: list[str]) -> str:
    return " & ".join(f"( {p} )" for p in parts)


def _groups(
    query: Query, expansions: list[Expansion]
) -> list[tuple[list[int], list[tuple[str, str]]]]:
    stems = [stem(w) for w in query.words]
    return [
        (positions, [(" ".join(a.words), a.language) for a in alternatives])
        for positions, alternatives in word_groups(stems, expansions)
    ]


def _read(query: Query) -> tuple[tuple[Any, ...], list[str], list[tuple[list[int], list[int]]]]:
    """One statement: the index's version and each term as tsquery text; the word groups
    as (positions of typed words, positions of the concept's other terms)."""
    sql_terms: list[str] = []
    params: list[Any] = []

    def add(function: str, text: str, language: str = "") -> int:
        if language in CONFIGS:
            sql_terms.append(_OTHER_TERM.format(config=CONFIGS[language]))
        else:
            sql_terms.append(_TERM.format(f=function))
        params.extend([text] * sql_terms[-1].count("%s"))
        return len(sql_terms) - 1

    for word in query.words:
        add("plainto_tsquery", word)
    for phrase in query.phrase_words:
        add("phraseto_tsquery", " ".join(phrase))
    groups = []
    for positions, alternatives in _groups(query, expand(query)):
        groups.append((positions, [add("phraseto_tsquery", *a) for a in alternatives]))
    sql = (
        "SELECT (SELECT generation FROM search_searchstate ORDER BY id LIMIT 1), "
        "(SELECT max(id) FROM search_searchentry)" + "".join(f", {t}" for t in sql_terms)
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    key = (connection.settings_dict.get("NAME"), row[0], row[1])
    return key, [str(t or "") for t in row[2:]], groups


def plan(query: Query) -> tuple[tuple[Any, ...], Plan | None]:
    key, terms, groups = _read(query)
    words = len(query.words)
    phrases = list(range(words, words + len(query.phrase_words)))
    typed = words + len(phrases)
    if not any(terms[:typed]):
        return key, None
    units, typed_units = [], []
    for positions, others in groups:
        unit = _and([terms[n] for n in positions if terms[n]])
        typed_units.append(unit)
        alternatives = [terms[n] for n in others if terms[n]]
        units.append(_or([unit, *alternatives]) if alternatives else unit)
    units += [terms[n] for n in phrases if terms[n]]
    typed_units += [terms[n] for n in phrases if terms[n]]
    # One word (or one phrase), with or without its concept's other terms: the entries
    # holding some of the terms are those holding every one, there is no second tier.
    single = len(groups) + len(phrases) == 1 and all(len(g[0]) == 1 for g in groups)
    return key, Plan(
        terms=terms,
        typed=typed,
        every=_and([u for u in units if u]),
        every_typed=_and([u for u in typed_units if u]),
        tiers=not single,
        any_typed=_or([t for t in terms[:typed] if t]),
    )


_LEXEME = re.compile(r"'((?:[^']|'')*)'")


def frequent_words() -> dict[str, float]:
    """The share of entries holding each frequent lexeme, from the planner's statistics
    (``ANALYZE`` samples the table and keeps the commonest lexemes of ``tsv``); empty
    when the table was never analysed."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
            "WHERE schemaname = current_schema() AND tablename = 'search_searchentry' "
            "AND attname = 'tsv'"
        )
        row = cursor.fetchone()
    if not row or not row[0]:
        return {}
    return {str(word): float(share) for word, share in zip(row[0], row[1], strict=False)}


def estimate(term: str, frequent: dict[str, float], total: int) -> int | None:
    """How many entries hold a word's tsquery (its lexemes in each configuration, OR-ed)
    by the statistics, when they list one of its lexemes; ``None`` otherwise: then it is
    rare, or a phrase, and counting is cheap."""
    operators = _LEXEME.sub("", term)
    if "&" in operators or "<" in operators:
        return None
    words = [w.replace("''", "'") for w in _LEXEME.findall(term)]
    share = max((frequent.get(w, 0.0) for w in words), default=0.0)
    return round(share * total) if share else None


def counts(key: tuple[Any, ...], terms: list[str]) -> tuple[int, dict[str, int]]:
    """How many entries there are, and hold each of ``terms`` (kept for ``key``).

    A common word's count walks a third of the table (50 ms on 100,000 passages): when
    the planner's statistics list it, their estimate (a sample's share) stands in."""
    global _counts
    with _lock:
        if _counts.key != key or len(_counts.holding) > MAX_COUNTS:
            _counts = _Counts(key=key, total=-1, frequent=frequent_words())
        known = _counts
    missing = sorted({t for t in terms if t and t not in known.holding})
    if missing and known.total < 0 and known.frequent:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_searchentry")
            known.total = int(cursor.fetchone()[0])
    if known.total >= 0:
        estimated = {t: estimate(t, known.frequent, known.total) for t in missing}
        missing = [t for t in missing if estimated[t] is None]
        known.holding.update({t: n for t, n in estimated.items() if n is not None})
    if missing or known.total < 0:
        parts = ["(SELECT count(*) FROM search_searchentry)"]
        parts += ["(SELECT count(*) FROM search_searchentry WHERE tsv @@ %s::tsquery)"] * len(
            missing
        )
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(parts), missing)
            row = cursor.fetchone()
        with _lock:
            known.total = int(row[0])
            known.holding.update(zip(missing, (int(n) for n in row[1:]), strict=True))
    return known.total, known.holding


def some_condition(terms: list[str], total: int, holding: dict[str, int]) -> str:
    """The terms the second tier looks for (see :mod:`processus.search.tiers`)."""
    return _or(rare_atoms([t for t in terms if t], holding, total))


@contextmanager
def index_scans() -> Iterator[None]:
    """Statements that walk the ``tsv`` GIN index, never the whole table.

    The planner reads a query's words as matching about a tenth of the entries and
    then prefers a parallel scan of the table, which tests every entry (190 ms where
    the index takes 40 on 100,000 passages). Sequential scans are turned off for this
    transaction (or savepoint), which is then rolled back: it wrote nothing, and the
    setting ends with it."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield
        transaction.set_rollback(True)


def idf(total: int, holding: int) -> float:
    return math.log(1 + (total - holding + 0.5) / (holding + 0.5))


def bm25(ranks: list[float], idfs: list[float], length: int, average: float) -> float:
    """BM25 of one entry: ``ranks`` stand for each term's (saturating) frequency."""
    norm = BM25_K1 * (1 - BM25_B + BM25_B * length / average) if average else BM25_K1
    return sum(w * r * (BM25_K1 + 1) / (r + norm) for r, w in zip(ranks, idfs, strict=True) if r)


def candidates(
    condition: str,
    also_not: str | None,
    terms: list[str],
    idfs: list[float],
    typed: str,
    allowed: tuple[str, list[Any]] | None,
    pool: int,
) -> list[tuple[Any, ...]]:
    """``(id, prior, length, typed matches, rank of each term)`` of the best ``pool``
    entries matching ``condition`` (and not ``also_not``), by idf-weighted ``ts_rank``."""
    used = [n for n, t in enumerate(terms) if t]
    ranks = ", ".join(f"ts_rank('{WEIGHTS}', c.tsv, %s::tsquery, 0)" for _ in used)
    where = "e.tsv @@ %s::tsquery"
    params: list[Any] = [condition]
    if also_not:
        where += " AND NOT e.tsv @@ %s::tsquery"
        params.append(also_not)
    if allowed is not None:
        where += f" AND e.id IN ({allowed[0]})"
        params += allowed[1]
    order = " + ".join(f"%s * ts_rank('{WEIGHTS}', e.tsv, %s::tsquery, 0)" for _ in used)
    order_params: list[Any] = []
    for n in used:
        order_params += [idfs[n], terms[n]]
    sql = (
        f"SELECT c.id, c.prior, length(c.tsv), c.tsv @@ %s::tsquery, {ranks} FROM ("
        f"SELECT e.id, e.prior, e.tsv FROM search_searchentry e WHERE {where} "
        f"ORDER BY {order} DESC, e.id LIMIT %s) c"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [typed, *[terms[n] for n in used], *params, *order_params, pool])
        rows = cursor.fetchall()
    return [(r[0], r[1], r[2], r[3], *_spread(r[4:], used, len(terms))) for r in rows]


def _spread(values: tuple[Any, ...], used: list[int], size: int) -> list[float]:
    out = [0.0] * size
    for n, value in zip(used, values, strict=True):
        out[n] = float(value)
    return out


def rank(rows: list[tuple[Any, ...]], typed: int, idfs: list[float]) -> list[tuple[int, float]]:
    """BM25 of each candidate, times its prior; an entry the typed words alone do not
    match scores :data:`EXPANSION_WEIGHT` of its score with the other terms counted."""
    average = sum(r[2] for r in rows) / len(rows) if rows else 0.0
    scored = []
    for row in rows:
        ranks = list(row[4:])
        if row[3]:
            score = bm25(ranks[:typed], idfs[:typed], row[2], average)
        else:
            score = EXPANSION_WEIGHT * bm25(ranks, idfs, row[2], average)
        scored.append((int(row[0]), score * float(row[1])))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored


class PostgresFullText:
    """Entries holding every word (or, for a concept of the thesaurus, one of its other
    terms) first; when they are fewer than ``enough``, entries holding some follow."""

    name = "postgresql-tsvector"

    def search(
        self,
        query: Query,
        allowed: tuple[str, list[Any]] | None,
        limit: int,
        enough: int | None = None,
    ) -> list[tuple[int, float]]:
        if query.empty:
            return []
        with index_scans():
            return self._search(query, allowed, limit, enough)

    def _search(
        self,
        query: Query,
        allowed: tuple[str, list[Any]] | None,
        limit: int,
        enough: int | None,
    ) -> list[tuple[int, float]]:
        key, p = plan(query)
        if p is None:
            return []
        total, holding = counts(key, p.terms)
        idfs = [idf(total, holding.get(t, 0)) if t else 0.0 for t in p.terms]
        pool = max(limit * POOL_FACTOR, POOL_MIN)
        rows = candidates(p.every, None, p.terms, idfs, p.every_typed, allowed, pool)
        found = rank(rows, p.typed, idfs)[:limit]
        if len(found) >= (enough or limit) or not p.tiers:
            return found
        condition = some_condition(p.terms, total, holding)
        if not condition:
            return found
        rows = candidates(condition, p.every, p.terms, idfs, p.any_typed, allowed, pool)
        some = rank(rows, p.typed, idfs)[: limit - len(found)]
        floor = min((s for _, s in found), default=0.0)
        # Entries holding only some of the words rank after every entry holding all.
        found += [(i, min(s, floor) - 1e-6 * (n + 1)) for n, (i, s) in enumerate(some)]
        return found

    def frequencies(self, query: Query) -> tuple[int, list[int]]:
        with index_scans():
            key, terms, _ = _read(Query(text=query.text, words=list(query.words)))
            total, holding = counts(key, terms)
        return total, [holding.get(t, 0) for t in terms]
