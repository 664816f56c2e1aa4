"""Lexical backends, chosen by the database vendor.

Each takes a parsed :class:`~processus.search.text.Query` (plain words and quoted
phrases, never operators), an optional SQL subquery of allowed entry ids (the
filters) and a limit, and returns ``(entry id, score)`` best first. Words are
first required together (AND); when that finds fewer than ``limit`` entries,
entries matching any word (OR) follow, so a question typed in full ("what did the
dialogue do on border management?") still finds what it is about.

SQLite: FTS5 over the stemmed shadow columns, ranked by BM25 with the title
weighted twice the body. PostgreSQL: the generated ``tsvector`` column, each
word read with both the English and the French configuration, ranked by
``ts_rank_cd``.
"""

from __future__ import annotations

from typing import Any, Protocol

from django.db import connection

from processus.search.text import Query


class LexicalBackend(Protocol):
    name: str

    def search(
        self, query: Query, allowed: tuple[str, list[Any]] | None, limit: int
    ) -> list[tuple[int, float]]: ...


def _quoted(words: list[str]) -> str:
    # Stems are runs of \w characters: they never contain a double quote.
    return '"' + " ".join(words) + '"'


class SqliteFts5:
    name = "sqlite-fts5"

    def _match(self, query: Query, operator: str) -> str:
        parts = [_quoted([t]) for t in query.terms] + [_quoted(p) for p in query.phrases]
        return f" {operator} ".join(parts)

    def _run(
        self, match: str, allowed: tuple[str, list[Any]] | None, limit: int, exclude: set[int]
    ) -> list[tuple[int, float]]:
        sql = (
            "SELECT rowid, bm25(search_fts, 2.0, 1.0) AS score FROM search_fts "
            "WHERE search_fts MATCH %s"
        )
        params: list[Any] = [match]
        if allowed is not None:
            sql += f" AND rowid IN ({allowed[0]})"
            params += allowed[1]
        sql += " ORDER BY score LIMIT %s"
        params.append(limit + len(exclude))
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        # bm25() is negative, lower is better: turn it into "higher is better".
        return [(int(i), -float(s)) for i, s in rows if i not in exclude][:limit]

    def search(
        self, query: Query, allowed: tuple[str, list[Any]] | None, limit: int
    ) -> list[tuple[int, float]]:
        if query.empty:
            return []
        found = self._run(self._match(query, "AND"), allowed, limit, set())
        if len(found) < limit and len(query.terms) + len(query.phrases) > 1:
            seen = {i for i, _ in found}
            floor = min((s for _, s in found), default=0.0)
            more = self._run(self._match(query, "OR"), allowed, limit - len(found), seen)
            # OR matches rank after every AND match.
            found += [(i, min(s, floor) - 1e-6 * (n + 1)) for n, (i, s) in enumerate(more)]
        return found


class PostgresFullText:
    name = "postgresql-tsvector"

    def _tsquery(self, query: Query, operator: str) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        for word in query.words:
            parts.append(
                "(plainto_tsquery('english', processus_unaccent(%s))"
                " || plainto_tsquery('french', processus_unaccent(%s)))"
            )
            params += [word, word]
        for phrase in query.phrase_words:
            text = " ".join(phrase)
            parts.append(
                "(phraseto_tsquery('english', processus_unaccent(%s))"
                " || phraseto_tsquery('french', processus_unaccent(%s)))"
            )
            params += [text, text]
        return f" {operator} ".join(parts), params

    def _run(
        self,
        query: Query,
        operator: str,
        allowed: tuple[str, list[Any]] | None,
        limit: int,
        exclude: set[int],
    ) -> list[tuple[int, float]]:
        tsquery, params = self._tsquery(query, operator)
        sql = (
            "SELECT e.id, ts_rank_cd(e.tsv, q.query, 1) AS score "
            f"FROM search_searchentry e, (SELECT {tsquery} AS query) q "
            "WHERE e.tsv @@ q.query"
        )
        if allowed is not None:
            sql += f" AND e.id IN ({allowed[0]})"
            params += allowed[1]
        sql += " ORDER BY score DESC, e.id LIMIT %s"
        params.append(limit + len(exclude))
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [(int(i), float(s)) for i, s in rows if i not in exclude][:limit]

    def search(
        self, query: Query, allowed: tuple[str, list[Any]] | None, limit: int
    ) -> list[tuple[int, float]]:
        if not (query.words or query.phrase_words):
            return []
        found = self._run(query, "&&", allowed, limit, set())
        if len(found) < limit and len(query.words) + len(query.phrase_words) > 1:
            seen = {i for i, _ in found}
            floor = min((s for _, s in found), default=0.0)
            more = self._run(query, "||", allowed, limit - len(found), seen)
            found += [(i, min(s, floor) - 1e-6 * (n + 1)) for n, (i, s) in enumerate(more)]
        return found


def lexical_backend() -> LexicalBackend:
    if connection.vendor == "postgresql":
        return PostgresFullText()
    return SqliteFts5()
