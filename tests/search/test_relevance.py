"""Search quality on the example corpus, judged by tests/search/relevance.jsonl.

The example corpus is ingested once for this module (with the real ingestion),
then every judged query is run. The floors are the figures measured when the set
was written, less a small margin; a change that lowers them fails here.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from processus.search import relevance

ROOT = Path(__file__).resolve().parents[2]
RELEVANCE = Path(__file__).with_name("relevance.jsonl")
CORPUS = ROOT / "examples" / "corpus"

#: Measured on the 54 monolingual queries (107 documents): SQLite FTS5 nDCG@10 0.821,
#: recall@10 0.753; PostgreSQL 0.816 and 0.749. With the thesaurus's expansion (113
#: documents): SQLite 0.826 and 0.759 (0.824 and 0.752 with NEAR, #16), PostgreSQL 0.780
#: and 0.738.
LEXICAL_FLOORS = {"sqlite": (0.77, 0.70), "postgresql": (0.72, 0.66)}
#: Cross-language queries, judged on the other language's entries only (nDCG@10,
#: recall@10). Measured: SQLite EN->FR 0.648 / 0.698, FR->EN 0.602 / 0.677 (0.673 / 0.708
#: and 0.640 / 0.716 since a concept's terms with stopwords are looked for with NEAR, #16;
#: without the thesaurus 0.290 / 0.371 and 0.295 / 0.425); PostgreSQL EN->FR 0.683 / 0.630, FR->EN
#: 0.555 / 0.640 (0.565 / 0.640 since its ranking reads a pool of candidates, #16).
CROSS_FLOORS = {
    "sqlite": {"en->fr": (0.60, 0.65), "fr->en": (0.55, 0.62)},
    "postgresql": {"en->fr": (0.63, 0.58), "fr->en": (0.50, 0.59)},
}
#: Measured with the distilled static model, nDCG@10: semantic 0.612, hybrid 0.825 on
#: SQLite; 0.609 and 0.818 on PostgreSQL (the semantic floor is not met since the corpus
#: grew to 107 documents). Hybrid must rank better than lexical alone.
SEMANTIC_FLOORS = {"sqlite": (0.62, 0.79), "postgresql": (0.62, 0.75)}


@pytest.fixture
def corpus_db(db, settings, tmp_path):
    """The example corpus, ingested for real (a few seconds)."""
    from processus.kb.ingest import ingest
    from processus.kb.reference_loader import load_reference_data

    settings.MEDIA_ROOT = tmp_path / "media"
    load_reference_data()
    report = ingest([CORPUS])
    assert not report.failed


@pytest.fixture(scope="module")
def judged():
    return relevance.load(RELEVANCE)


def test_the_set_has_queries_in_both_languages_and_across_them(judged):
    assert len(judged) >= 90
    assert {item.lang for item in judged} == {"en", "fr"}
    assert sum(item.lang == "fr" for item in judged) >= 35
    directions = [item.direction for item in judged if item.direction]
    assert directions.count("en->fr") >= 15 and directions.count("fr->en") >= 15
    for item in judged:
        assert item.relevant and all(g in (1, 2) for g in item.relevant.values())
        assert item.direction in ("", f"{item.lang}->{'fr' if item.lang == 'en' else 'en'}")


def test_a_direction_must_be_known(tmp_path):
    bad = tmp_path / "set.jsonl"
    bad.write_text(
        '{"id": "x", "lang": "en", "direction": "en->de", "query": "q", "relevant": {"a": 2}}\n'
    )
    with pytest.raises(ValueError, match="en->de"):
        relevance.load(bad)


def test_judged_keys_exist_and_lexical_floor(corpus_db, judged):
    from processus.kb.models import Document, Meeting

    documents = set(Document.objects.values_list("original_name", flat=True))
    meetings = {
        f"meeting:{m.start.isoformat() if m.start else ''}|{m.city}"
        for m in Meeting.objects.only("start", "city")
    }
    for item in judged:
        for key in item.relevant:
            if key.startswith("doc:"):
                assert key[4:] in documents, (item.id, key)
            else:
                assert key in meetings, (item.id, key)
    from django.db import connection

    ndcg_floor, recall_floor = LEXICAL_FLOORS[connection.vendor]
    report = relevance.evaluate(judged, "lexical")
    monolingual = report["monolingual"]
    print(connection.vendor, monolingual, report["by_direction"])
    assert monolingual["queries"] >= 54
    assert monolingual["ndcg@10"] >= ndcg_floor, monolingual
    assert monolingual["recall@10"] >= recall_floor, monolingual
    assert set(report["by_direction"]) == {"en->fr", "fr->en"}
    for direction, (ndcg_floor, recall_floor) in CROSS_FLOORS[connection.vendor].items():
        figures = report["by_direction"][direction]
        assert figures["queries"] >= 15
        assert figures["ndcg@10"] >= ndcg_floor, (direction, figures)
        assert figures["recall@10"] >= recall_floor, (direction, figures)


def test_cross_language_judgments_name_only_the_other_language(corpus_db, judged):
    """A cross-language query is judged on what is written in the other language: its
    documents, and meetings that a document in that language reports."""
    from processus.kb.models import Document, MeetingMention
    from processus.search.text import guess_language

    language = {
        d.original_name: guess_language(d.text or "", d.language)
        for d in Document.objects.only("original_name", "text", "language")
    }
    reported: dict[str, set[str]] = {}
    for mention in MeetingMention.objects.select_related("meeting", "document"):
        meeting = mention.meeting
        key = f"meeting:{meeting.start.isoformat() if meeting.start else ''}|{meeting.city}"
        reported.setdefault(key, set()).add(language[mention.document.original_name])
    crossing = [item for item in judged if item.direction]
    assert crossing
    for item in crossing:
        target = item.direction.split("->")[1]
        for key in item.relevant:
            found = {language[key[4:]]} if key.startswith("doc:") else reported[key]
            assert target in found, (item.id, key, found)


def test_metrics():
    assert relevance.ndcg(["a", "b"], {"a": 2, "b": 1}) == pytest.approx(1.0)
    assert relevance.ndcg(["b", "a"], {"a": 2, "b": 1}) < 1.0
    assert relevance.ndcg(["x"], {"a": 2}) == 0.0
    assert relevance.recall(["a", "x"], {"a": 2, "b": 1}) == pytest.approx(0.5)


STATIC_MODEL = os.environ.get("PROCESSUS_TEST_STATIC_MODEL", "")


@pytest.mark.skipif(
    not STATIC_MODEL,
    reason="semantic floors need the extra and a distilled static model: "
    "pip install 'processus[semantic]', processus search-distill --output DIR, "
    "then PROCESSUS_TEST_STATIC_MODEL=DIR",
)
def test_semantic_and_hybrid_floors(corpus_db, judged):
    from processus.search import indexing, semantic

    semantic.set_embedder(semantic.StaticModel(Path(STATIC_MODEL)))
    try:
        indexing.reindex()
        lexical = relevance.evaluate(judged, "lexical")
        semantic_report = relevance.evaluate(judged, "semantic")
        hybrid = relevance.evaluate(judged, "hybrid")
    finally:
        semantic.set_embedder(None)
    from django.db import connection

    semantic_floor, hybrid_floor = SEMANTIC_FLOORS[connection.vendor]
    assert semantic_report["ndcg@10"] >= semantic_floor
    assert hybrid["ndcg@10"] >= hybrid_floor
    assert hybrid["ndcg@10"] > lexical["ndcg@10"]
    assert hybrid["recall@10"] > lexical["recall@10"]
