"""Judge search against a relevance set: nDCG@10 and recall@10 per mode.

The set is JSON lines: ``{"id", "lang", "query", "relevant": {key: grade}}`` with
grades 2 (what the query is about) and 1 (useful). Keys identify results stably
across databases: ``doc:<file name>`` for a document or any of its passages, and
``meeting:<start date>|<city>`` for a meeting. A ranking is first reduced to keys
in order, keeping the first occurrence of each (two passages of one document
count once), then scored with graded gains ``2^grade - 1``.

How the judgments were made. The set's first version (205 judgments) was
incomplete: documents and meetings that answer a query, a few in lexical results
and more in semantic ones, were unjudged, which counts them as not relevant. It
was completed by pooling (323 judgments):
for every query, the union of the top 10 keys of lexical, semantic and hybrid
search (static and full models, the earlier and the current ways of embedding
meetings and of combining the lists, SQLite and PostgreSQL) was read, blind to
which ranking had found each key, and every key not yet judged was judged by one
rule. Grade 2: the meeting the query asks about, or a document whose subject it
is. Grade 1: a meeting whose subject includes the query's, or a document that
reports such a meeting or activity (one entry of a list is enough) or discusses
the subject in substance. Not relevant: the query's words in passing (a list of
priority domains, a plan's pillars, background). No earlier judgment was removed
or lowered. When the corpus grew to 107 documents (other dialogues, Spanish, Italian
and Portuguese pages, pages without a meeting), the set was judged again for it: 54
queries, 458 judgments. Keys are those of a SQLite ingestion of the example corpus.

Cross-language queries (40, with ``"direction": "en->fr"`` or ``"fr->en"``) ask
whether a query in one language finds what was written in the other: only the
other language's entries are judged for them, a document written in it or a
meeting that a document written in it reports (the language as
:func:`processus.search.text.guess_language` reads the text). They were judged
by the same rule, from the pool of the top 15 keys of lexical search with and
without the thesaurus's expansion (other-language keys kept) and the other-language
judgments of the set's queries on the same subject. :func:`evaluate` reports them
per direction (``by_direction``); the monolingual figures stay those of the
queries without a direction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from processus.search.engine import Nearest, Result, search

K = 10


#: The cross-language directions a judged query may have.
DIRECTIONS = ("en->fr", "fr->en")


@dataclass
class Judged:
    id: str
    lang: str
    query: str
    relevant: dict[str, int]
    #: ``"en->fr"``: an English query judged on French entries only; ``""``: monolingual.
    direction: str = ""


def load(path: Path) -> list[Judged]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            direction = row.get("direction", "")
            if direction and direction not in DIRECTIONS:
                raise ValueError(f"direction {direction!r} is not one of {', '.join(DIRECTIONS)}")
            items.append(
                Judged(
                    row["id"],
                    row.get("lang", ""),
                    row["query"],
                    dict(row["relevant"]),
                    direction,
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: {exc}") from exc
    return items


def result_key(result: Result) -> str:
    if result.meeting_id is not None:
        from processus.kb.models import Meeting

        meeting = Meeting.objects.only("start", "city").get(pk=result.meeting_id)
        start = meeting.start.isoformat() if meeting.start else ""
        return f"meeting:{start}|{meeting.city}"
    return f"doc:{result.source_name}"


def unique_keys(results: Iterable[Result]) -> list[str]:
    return list(dict.fromkeys(result_key(r) for r in results))


def ndcg(keys: list[str], relevant: dict[str, int], k: int = K) -> float:
    gains = [2 ** relevant.get(key, 0) - 1 for key in keys[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((2**g - 1 for g in relevant.values()), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(keys: list[str], relevant: dict[str, int], k: int = K) -> float:
    if not relevant:
        return 0.0
    return len(set(keys[:k]) & set(relevant)) / min(len(relevant), k)


def _means(rows: list[dict[str, Any]]) -> dict[str, Any]:
    count = len(rows) or 1
    return {
        "queries": len(rows),
        "ndcg@10": sum(r["ndcg"] for r in rows) / count,
        "recall@10": sum(r["recall"] for r in rows) / count,
    }


def evaluate(judged: list[Judged], mode: str, near: Nearest | None = None) -> dict[str, Any]:
    """Mean nDCG@10 and recall@10 of one mode over the set, with per-query figures.

    The top-level means are those of every query; ``monolingual`` and
    ``by_direction`` split them into the queries without a direction and each
    cross-language direction."""
    rows: list[dict[str, Any]] = []
    for item in judged:
        # Ask for more than K: several passages of one document collapse into one key.
        response = search(item.query, limit=3 * K, mode=mode, near=near)
        keys = unique_keys(response.results)
        rows.append(
            {
                "id": item.id,
                "lang": item.lang,
                "direction": item.direction,
                "ndcg": ndcg(keys, item.relevant),
                "recall": recall(keys, item.relevant),
                "mode": response.mode,
            }
        )
    return {
        "mode": mode,
        **_means(rows),
        "monolingual": _means([r for r in rows if not r["direction"]]),
        "by_direction": {
            d: _means([r for r in rows if r["direction"] == d])
            for d in DIRECTIONS
            if any(r["direction"] == d for r in rows)
        },
        "per_query": rows,
    }


def memory_index(embedder: Any) -> Nearest:
    """Embed every indexed entry with ``embedder`` in memory (for models the index does
    not use, e.g. the full model) and return a ``near`` function over them."""
    import numpy as np

    from processus.search.indexing import semantic_texts
    from processus.search.models import EntryKind, SearchEntry

    rows = list(
        SearchEntry.objects.exclude(kind=EntryKind.DOCUMENT)
        .order_by("pk")
        .only("pk", "kind", "meeting_id", "title", "body", "prior")
    )
    ids = np.asarray([r.pk for r in rows], dtype=np.int64)
    priors = np.asarray([r.prior for r in rows], dtype=np.float32)
    matrix = embedder.encode(semantic_texts(rows))

    from processus.search.semantic import query_vector

    def near(
        text: str,
        allowed: set[int] | None,
        limit: int,
        weights: list[tuple[str, float]] | None = None,
    ) -> list[tuple[int, float]]:
        scores = (matrix @ query_vector(embedder, text, weights)) * priors
        order = np.argsort(-scores, kind="stable")
        out = []
        for i in order:
            if allowed is None or int(ids[i]) in allowed:
                out.append((int(ids[i]), float(scores[i])))
                if len(out) >= limit:
                    break
        return out

    return near
