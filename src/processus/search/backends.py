"""Lexical backends, chosen by the database vendor.

Each takes a parsed :class:`~processus.search.text.Query` (plain words and quoted
phrases, never operators), an optional SQL subquery of allowed entry ids (the
filters) and a limit, and returns ``(entry id, score)`` best first. Words are
first required together (AND); when that finds fewer than ``limit`` entries,
entries matching any word (OR) follow, so a question typed in full ("what did the
dialogue do on border management?") still finds what it is about.

Both rank alike, by BM25 (k1 1.2, b 0.75) with the title weighing twice the body,
times the entry's prior (:attr:`~processus.search.models.SearchEntry.prior`).
SQLite: FTS5's ``bm25()`` over the stemmed shadow columns. PostgreSQL: BM25
computed in SQL over the generated ``tsvector`` column (each entry read in its
language, see migration ``0004``), each query word read with the English, the
French and the ``simple`` configuration.
"""

from __future__ import annotations

from typing import Any, Protocol

from django.db import connection

from processus.search.text import Query, stem
from processus.search.thesaurus import EXPANSION_WEIGHT, Expansion, Term, expand

#: BM25's parameters, FTS5's own: term frequency saturation and length normalisation.
BM25_K1 = 1.2
BM25_B = 0.75
#: SQLite: the priors reorder this many times the entries asked for, best by bm25 first.
PRIOR_WINDOW = 2


class LexicalBackend(Protocol):
    name: str

    def search(
        self,
        query: Query,
        allowed: tuple[str, list[Any]] | None,
        limit: int,
        enough: int | None = None,
    ) -> list[tuple[int, float]]:
        """At most ``limit`` entries; entries holding only some of the words are looked for
        when those holding all of them are fewer than ``enough`` (default ``limit``)."""
        ...

    def frequencies(self, query: Query) -> tuple[int, list[int]]:
        """How many entries the index holds, and how many hold each of ``query.words``."""
        ...


def _quoted(words: list[str]) -> str:
    # Stems are runs of \w characters: they never contain a double quote.
    return '"' + " ".join(words) + '"'


def _groups(stems: list[str], expansions: list[Expansion]) -> list[tuple[list[int], list[Term]]]:
    """The positions of ``stems`` in groups: the run a concept covers with the concept's
    other terms, or one position alone with none."""
    by_start: dict[int, Expansion] = {}
    for expansion in expansions:
        size = len(expansion.matched)
        for i in range(len(stems) - size + 1):
            if tuple(stems[i : i + size]) == expansion.matched and i not in by_start:
                by_start[i] = expansion
                break
    groups: list[tuple[list[int], list[Term]]] = []
    i = 0
    while i < len(stems):
        found = by_start.get(i)
        size = len(found.matched) if found else 1
        groups.append((list(range(i, i + size)), list(found.alternatives) if found else []))
        i += size
    return groups


class SqliteFts5:
    name = "sqlite-fts5"

    def _match(self, query: Query, operator: str, expansions: list[Expansion] | None = None) -> str:
        """An FTS5 expression: the words (and phrases) joined by ``operator``; a word group
        of a concept becomes ``(its words, or any other term of the concept)``."""
        if not expansions:
            parts = [_quoted([t]) for t in query.terms]
        elif operator == "OR":
            parts = [_quoted([t]) for t in query.terms]
            parts += [_quoted(list(a.stems)) for e in expansions for a in e.alternatives]
        else:
            parts = []
            for positions, alternatives in _groups(query.terms, expansions):
                typed = " AND ".join(_quoted([query.terms[n]]) for n in positions)
                if alternatives:
                    others = " OR ".join(_quoted(list(a.stems)) for a in alternatives)
                    parts.append(f"(({typed}) OR {others})")
                else:
                    parts.append(typed)
        parts += [_quoted(p) for p in query.phrases]
        return f" {operator} ".join(parts)

    def _run(
        self,
        match: str,
        allowed: tuple[str, list[Any]] | None,
        limit: int,
        exclude: set[int],
        typed: str | None = None,
    ) -> list[tuple[int, float]]:
        """``typed``: the expression of the words as typed when ``match`` expands them; an
        entry it does not match scores :data:`EXPANSION_WEIGHT` of its score."""
        # FTS5 ranks by bm25 alone (its fast path: no join per match); the prior, in
        # (0.64, 1], then reorders the best WINDOW times as many as asked for.
        inner = (
            "SELECT rowid, bm25(search_fts, 2.0, 1.0) AS s FROM search_fts "
            "WHERE search_fts MATCH %s"
        )
        params: list[Any] = [match]
        if allowed is not None:
            inner += f" AND rowid IN ({allowed[0]})"
            params += allowed[1]
        wanted = limit + len(exclude)
        inner += " ORDER BY s LIMIT %s"
        params.append(wanted * PRIOR_WINDOW)
        weight = ""
        if typed is not None:
            weight = (
                " * (CASE WHEN x.rowid IN (SELECT rowid FROM search_fts WHERE search_fts "
                "MATCH %s) THEN 1.0 ELSE %s END)"
            )
            # The weight comes first in the statement: its parameters too.
            params = [typed, EXPANSION_WEIGHT, *params]
        sql = (
            f"SELECT x.rowid, x.s * e.prior{weight} AS score FROM ({inner}) x "
            "JOIN search_searchentry e ON e.id = x.rowid ORDER BY score LIMIT %s"
        )
        params.append(wanted)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        # bm25() is negative, lower is better: turn it into "higher is better".
        return [(int(i), -float(s)) for i, s in rows if i not in exclude][:limit]

    def frequencies(self, query: Query) -> tuple[int, list[int]]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_searchentry")
            total = int(cursor.fetchone()[0])
            counts = []
            for word in query.words:
                cursor.execute(
                    "SELECT count(*) FROM search_fts WHERE search_fts MATCH %s",
                    [_quoted([stem(word)])],
                )
                counts.append(int(cursor.fetchone()[0]))
        return total, counts

    def _tier(
        self,
        query: Query,
        expansions: list[Expansion],
        operator: str,
        allowed: tuple[str, list[Any]] | None,
        limit: int,
        exclude: set[int],
    ) -> list[tuple[int, float]]:
        """One FTS5 statement: the words as typed, or with each concept's other terms; an
        entry the typed words do not match scores :data:`EXPANSION_WEIGHT` of its score."""
        typed = self._match(query, operator)
        if not expansions:
            return self._run(typed, allowed, limit, exclude)
        expanded = self._match(query, operator, expansions)
        return self._run(expanded, allowed, limit, exclude, typed)

    def search(
        self,
        query: Query,
        allowed: tuple[str, list[Any]] | None,
        limit: int,
        enough: int | None = None,
    ) -> list[tuple[int, float]]:
        if query.empty:
            return []
        expansions = expand(query)
        found = self._tier(query, expansions, "AND", allowed, limit, set())
        atoms = len(query.terms) + len(query.phrases)
        atoms += sum(len(e.alternatives) for e in expansions)
        if len(found) < (enough or limit) and atoms > 1:
            seen = {i for i, _ in found}
            floor = min((s for _, s in found), default=0.0)
            more = self._tier(query, expansions, "OR", allowed, limit - len(found), seen)
            # OR matches rank after every AND match.
            found += [(i, min(s, floor) - 1e-6 * (n + 1)) for n, (i, s) in enumerate(more)]
        return found


#: One word or phrase as a tsquery: its English, French and unstemmed forms.
_WORD_QUERY = (
    "({f}('english', processus_unaccent(%s)) || {f}('french', processus_unaccent(%s))"
    " || {f}('simple', processus_unaccent(%s)))"
)


class PostgresFullText:
    """BM25 over the ``tsvector`` column, computed in SQL.

    ``ts_rank`` of one word, with the title weighing twice the body, stands for the
    word's (already saturating) frequency in an entry; BM25 then weighs it by the
    word's rarity (its idf, from how many entries hold it) and the entry's length
    (distinct lexemes, against the average of the entries found). Without the idf a
    page holding "migration" five times outranked the one naming the place asked for.
    """

    name = "postgresql-tsvector"
    #: ts_rank weights of D, C, B (body) and A (title).
    weights = "{0.1, 0.2, 0.5, 1.0}"

    def _terms(self, query: Query, phrases: bool = True) -> tuple[list[str], list[Any]]:
        terms: list[str] = []
        params: list[Any] = []
        for word in query.words:
            terms.append(_WORD_QUERY.format(f="plainto_tsquery"))
            params += [word] * 3
        for phrase in query.phrase_words if phrases else []:
            terms.append(_WORD_QUERY.format(f="phraseto_tsquery"))
            params += [" ".join(phrase)] * 3
        return terms, params

    def _score(self, indices: list[int]) -> str:
        parts = []
        for n in indices:
            tf = f"ts_rank('{self.weights}', c.tsv, q.q{n}, 0)"
            parts.append(
                f"ln(1 + (s.total - s.d{n} + 0.5) / (s.d{n} + 0.5)) * {tf} * {BM25_K1 + 1}"
                f" / ({tf} + {BM25_K1} * (1 - {BM25_B} + {BM25_B} * c.len / s.avglen))"
            )
        return " + ".join(parts)

    def _expanded(
        self, query: Query, typed: int, expansions: list[Expansion]
    ) -> tuple[list[str], list[Any], str]:
        """The other terms' tsqueries (numbered from ``typed``) and the condition an entry
        meets when each word group is there in some language (and each phrase)."""
        terms: list[str] = []
        params: list[Any] = []
        units: list[str] = []
        stems = [stem(w) for w in query.words]
        for positions, alternatives in _groups(stems, expansions):
            unit = " && ".join(f"q.q{n}" for n in positions)
            others = []
            for alternative in alternatives:
                others.append(f"q.q{typed + len(terms)}")
                terms.append(_WORD_QUERY.format(f="phraseto_tsquery"))
                params += [" ".join(alternative.words)] * 3
            units.append(f"(({unit}) || {' || '.join(others)})" if others else f"({unit})")
        units += [f"q.q{len(query.words) + n}" for n in range(len(query.phrase_words))]
        return terms, params, " && ".join(units)

    def search(
        self,
        query: Query,
        allowed: tuple[str, list[Any]] | None,
        limit: int,
        enough: int | None = None,
    ) -> list[tuple[int, float]]:
        """One statement (``enough`` is not needed: both tiers come from it): entries
        holding every word (or, for a concept of the thesaurus, any of its other terms)
        first, then entries holding some. An entry the typed
        words alone do not match scores :data:`EXPANSION_WEIGHT` of its score with the
        other terms counted (see :mod:`processus.search.thesaurus`)."""
        terms, params = self._terms(query)
        if not terms:
            return []
        typed = list(range(len(terms)))
        every_typed = " && ".join(f"q.q{n}" for n in typed)
        any_typed = " || ".join(f"q.q{n}" for n in typed)
        every_term, everything = every_typed, typed
        expansions = expand(query)
        if expansions:
            more, more_params, every_term = self._expanded(query, len(terms), expansions)
            terms += more
            params += more_params
            everything = list(range(len(terms)))
        columns = ", ".join(f"{t} AS q{n}" for n, t in enumerate(terms))
        any_term = " || ".join(f"q.q{n}" for n in everything)
        frequencies = ", ".join(
            f"count(*) FILTER (WHERE c.tsv @@ q.q{n}) AS d{n}" for n in everything
        )
        # Whether the typed words alone match the entry in its tier (all of them, or some).
        typed_match = (
            f"CASE WHEN c.tsv @@ ({every_term}) THEN c.tsv @@ ({every_typed}) "
            f"ELSE c.tsv @@ ({any_typed}) END"
        )
        score = (
            f"CASE WHEN {typed_match} THEN {self._score(typed)} "
            f"ELSE {EXPANSION_WEIGHT} * ({self._score(everything)}) END"
        )
        sql = (
            f"WITH q AS (SELECT {columns}), "
            "c AS (SELECT e.id, e.tsv, e.prior, length(e.tsv) AS len "
            f"FROM search_searchentry e, q WHERE e.tsv @@ ({any_term})), "
            f"s AS (SELECT {frequencies}, (SELECT count(*) FROM search_searchentry) AS total, "
            "avg(c.len) AS avglen FROM c, q) "
            f"SELECT c.id, c.tsv @@ ({every_term}) AS every, "
            f"({score}) * c.prior AS score FROM c, q, s"
        )
        if allowed is not None:
            sql += f" WHERE c.id IN ({allowed[0]})"
            params += allowed[1]
        # Entries holding every word first, as on SQLite; then those holding some.
        sql += " ORDER BY every DESC, score DESC, c.id LIMIT %s"
        params.append(limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        found = [(int(i), float(s)) for i, every, s in rows if every]
        floor = min((s for _, s in found), default=0.0)
        some = [(int(i), float(s)) for i, every, s in rows if not every]
        found += [(i, min(s, floor) - 1e-6 * (n + 1)) for n, (i, s) in enumerate(some)]
        return found

    def frequencies(self, query: Query) -> tuple[int, list[int]]:
        terms, params = self._terms(query, phrases=False)
        if not terms:
            return 0, []
        columns = ", ".join(f"{t} AS q{n}" for n, t in enumerate(terms))
        counts = ", ".join(f"count(*) FILTER (WHERE e.tsv @@ q.q{n})" for n in range(len(terms)))
        any_term = " || ".join(f"q.q{n}" for n in range(len(terms)))
        sql = (
            f"SELECT (SELECT count(*) FROM search_searchentry), {counts} "
            f"FROM search_searchentry e, (SELECT {columns}) q WHERE e.tsv @@ ({any_term})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
        return int(row[0]), [int(n) for n in row[1:]]


def lexical_backend() -> LexicalBackend:
    if connection.vendor == "postgresql":
        return PostgresFullText()
    return SqliteFts5()
