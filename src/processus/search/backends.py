"""Lexical backends, chosen by the database vendor.

Each takes a parsed :class:`~processus.search.text.Query` (plain words and quoted
phrases, never operators), an optional SQL subquery of allowed entry ids (the
filters) and a limit, and returns ``(entry id, score)`` best first. Words are
first required together (AND); when that finds fewer than ``limit`` entries,
entries matching any word (OR) follow, so a question typed in full ("what did the
dialogue do on border management?") still finds what it is about.

Both rank alike, by BM25 (k1 1.2, b 0.75) with the title weighing twice the body,
times the entry's prior (:attr:`~processus.search.models.SearchEntry.prior`).
SQLite: FTS5's ``bm25()`` over the stemmed shadow columns. PostgreSQL: BM25 over
a pool of candidates that the ``tsvector`` GIN index finds (see
:mod:`processus.search.postgres`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from django.db import connection

from processus.search.postgres import PostgresFullText
from processus.search.text import STOPWORDS, Query, stem
from processus.search.thesaurus import EXPANSION_WEIGHT, Expansion, Term, expand, word_groups
from processus.search.tiers import rare_atoms

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


def tokens_text(text: str) -> str:
    """Stemmed text (stems joined by spaces) as FTS5's ``unicode61`` tokenizer splits it,
    with spaces around every token: ``tokens_text(phrase) in tokens_text(column)`` is
    FTS5's phrase match in one column. Stems are runs of letters, digits and
    underscores; the tokenizer splits them at the underscores."""
    if (
        "_" not in text
        and "  " not in text
        and text.isprintable()  # no whitespace but the space
        and text[:1] != " "
        and text[-1:] != " "
    ):
        return f" {text} "  # already so: the index's stemmed text, one space between stems
    return " " + " ".join(text.replace("_", " ").split()) + " "


def other_term(term: Term) -> tuple[str, list[str]]:
    """A concept's term in the other language as FTS5 looks for it, and its tokens.

    Without stopwords, the exact phrase. With some ("plan d'action de Marrakech"), its
    other words within as many tokens as the phrase has between them, in any order
    (``NEAR``): as an exact phrase FTS5 would read the positions of "d" and "de", held
    by every French entry, for each entry holding the others (the term's query took 3x
    the typed words'). PostgreSQL's French and English readings leave stopwords out so
    too (``<2>``)."""
    tokens: list[tuple[str, bool]] = []
    for word, stemmed in zip(term.words, term.stems, strict=True):
        tokens += [(t, word in STOPWORDS) for t in tokens_text(stemmed).split()]
    kept = [n for n, (_t, stop) in enumerate(tokens) if not stop]
    words = [t for t, _stop in tokens]
    if not kept or len(kept) == len(tokens):
        return _quoted(words), words
    inside = [words[n] for n in kept]
    if len(inside) == 1:
        return _quoted(inside), inside
    # In any order: sorted, two terms that differ only by their order are one.
    near = " ".join(_quoted([w]) for w in sorted(inside))
    return f"NEAR({near}, {kept[-1] - kept[0] - 1})", inside


class SqliteFts5:
    name = "sqlite-fts5"

    def _match(self, query: Query, operator: str, expansions: list[Expansion] | None = None) -> str:
        """An FTS5 expression: the words (and phrases) joined by ``operator``; a word group
        of a concept becomes ``(its words, or any other term of the concept)``."""
        if not expansions:
            parts = [_quoted([t]) for t in query.terms]
        elif operator == "OR":
            parts = [_quoted([t]) for t in query.terms]
            parts += dict.fromkeys(other_term(a)[0] for e in expansions for a in e.alternatives)
        else:
            parts = []
            for positions, alternatives in word_groups(query.terms, expansions):
                typed = " AND ".join(_quoted([query.terms[n]]) for n in positions)
                if alternatives:
                    others = " OR ".join(dict.fromkeys(other_term(a)[0] for a in alternatives))
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
        typed: Callable[[str, str], bool] | None = None,
    ) -> list[tuple[int, float]]:
        """``typed``: whether an entry's stemmed title and body hold the words as typed,
        when ``match`` expands them; an entry they do not scores
        :data:`EXPANSION_WEIGHT` of its score."""
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
        # The typed words are looked for in the few entries found, in Python: asking
        # FTS5 (``rowid IN (SELECT rowid ... MATCH typed)``) lists every entry holding
        # them, thousands for common words.
        stems = ", e.stem_title, e.stem_body" if typed is not None else ""
        sql = (
            f"SELECT x.rowid, x.s * e.prior{stems} FROM ({inner}) x "
            "JOIN search_searchentry e ON e.id = x.rowid"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        scored = []
        for row in rows:
            weight = 1.0 if typed is None or typed(row[2], row[3]) else EXPANSION_WEIGHT
            # bm25() is negative, lower is better: turn it into "higher is better".
            scored.append((int(row[0]), -float(row[1]) * weight))
        scored.sort(key=lambda pair: -pair[1])
        return [(i, s) for i, s in scored[:wanted] if i not in exclude][:limit]

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

    def _some(self, query: Query, expansions: list[Expansion]) -> str:
        """The second tier's FTS5 expression: any word, phrase or other term of a concept,
        but the common ones (see :mod:`processus.search.tiers`); empty when no entry holds
        any. How many entries hold a phrase is read as the fewest holding one of its
        words (FTS5's vocabulary table, migration ``0007``): never fewer than hold it."""
        atoms = {_quoted([t]): tokens_text(t).split() for t in query.terms}
        atoms.update({_quoted(p): tokens_text(" ".join(p)).split() for p in query.phrases})
        atoms.update(other_term(a) for e in expansions for a in e.alternatives)
        words = {w: 0 for tokens in atoms.values() for w in tokens}
        if not words:
            return ""
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_searchentry")
            total = int(cursor.fetchone()[0])
            marks = ", ".join(["%s"] * len(words))
            cursor.execute(
                f"SELECT term, doc FROM search_fts_vocab WHERE term IN ({marks})", list(words)
            )
            words.update((str(term), int(doc)) for term, doc in cursor.fetchall())
        holding = {a: min((words[w] for w in tokens), default=0) for a, tokens in atoms.items()}
        return " OR ".join(rare_atoms(list(atoms), holding, total))

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
        every = operator == "AND"
        match = self._match(query, operator, expansions) if every else self._some(query, expansions)
        if not match:
            return []
        if not expansions:
            return self._run(match, allowed, limit, exclude)
        phrases = [tokens_text(t) for t in query.terms]
        phrases += [tokens_text(" ".join(p)) for p in query.phrases]

        def typed(title: str, body: str) -> bool:
            columns = (tokens_text(title), tokens_text(body))
            found = (p in columns[0] or p in columns[1] for p in phrases)
            return all(found) if every else any(found)

        return self._run(match, allowed, limit, exclude, typed)

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


def lexical_backend() -> LexicalBackend:
    if connection.vendor == "postgresql":
        return PostgresFullText()
    return SqliteFts5()
