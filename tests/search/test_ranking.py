"""The pieces that keep lexical search close to the engine: the typed-words check done in
Python on SQLite, PostgreSQL's candidate pool, its word counts and its second tier, and
a search that never writes."""

from __future__ import annotations

import pytest
from django.db import connection

from processus.search import engine, indexing, postgres
from processus.search.backends import SqliteFts5, tokens_text
from processus.search.engine import search
from processus.search.text import parse_query
from processus.search.thesaurus import EXPANSION_WEIGHT

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="PostgreSQL's backend only"
)


@pytest.mark.parametrize(
    ("phrase", "column", "holds"),
    [
        ("visit", "studi visit to lisbon", True),
        ("studi visit", "a studi visit", True),
        ("som", "page_som_porto 2025", True),  # FTS5 splits stems at underscores
        ("visit", "revisit", False),
        ("visit studi", "a studi visit", False),  # a phrase keeps its order
        ("studi visit", "studi of a visit", False),
    ],
)
def test_the_typed_words_check_is_fts5s_phrase_match(phrase, column, holds):
    assert (tokens_text(phrase) in tokens_text(column)) is holds


@pytest.mark.parametrize(
    "text",
    ["", " ", "a", "studi visit", "studi  visit", " studi visit", "studi visit ", "a_b c",
     "studi\tvisit", "studi\xa0visit", "studi\u2028visit", "studi \x1cvisit", "__"],
)  # fmt: skip
def test_tokens_text_reads_the_index_text_as_is_and_anything_else_as_fts5_splits_it(text):
    assert tokens_text(text) == " " + " ".join(text.replace("_", " ").split()) + " "


@pytest.mark.skipif("connection.vendor != 'sqlite'", reason="SQLite's backend only")
def test_an_entry_without_the_typed_words_scores_the_thesaurus_weight(search_world):
    indexing.drain()
    backend = SqliteFts5()
    match = '"border"'
    as_typed = dict(backend._run(match, None, 10, set()))
    held = dict(
        backend._run(match, None, 10, set(), lambda title, body: "border" in f"{title} {body}")
    )
    missed = dict(backend._run(match, None, 10, set(), lambda title, body: False))
    assert as_typed and held == as_typed
    for entry, score in as_typed.items():
        assert missed[entry] == pytest.approx(score * EXPANSION_WEIGHT)


def test_the_second_tier_leaves_out_only_words_held_by_many_entries():
    holding = {"rare": 10, "common": 40_000, "frequent": 8_000, "none": 0}
    terms = ["common", "rare", "frequent", "none"]
    big = postgres.some_condition(terms, 100_000, holding)
    assert "rare" in big and "frequent" in big and "common" not in big
    assert "none" not in big  # nothing holds it: not looked for
    # A small index reads every word: none is held by more than COMMON_MIN entries.
    small = postgres.some_condition(terms, 8_000, {t: n // 8 for t, n in holding.items()})
    assert "common" in small and "rare" in small
    # Every word common: the rarest is still looked for.
    only = postgres.some_condition(["common", "frequent"], 100_000, holding)
    assert "frequent" in only and "common" not in only
    assert postgres.some_condition(["none"], 100_000, holding) == ""


def test_bm25_weighs_rarity_and_the_thesaurus_weight():
    idfs = [postgres.idf(1000, 5), postgres.idf(1000, 500)]  # a rare word, a frequent one
    assert idfs[0] > idfs[1]
    # (id, prior, length, typed words matched, rank of the rare word, of the frequent one)
    rows: list[tuple[object, ...]] = [
        (1, 1.0, 20, True, 0.0, 0.5),
        (2, 1.0, 20, True, 0.5, 0.0),
        (3, 1.0, 20, False, 0.5, 0.0),  # found through the other language only
        (4, 0.5, 20, True, 0.5, 0.0),  # a background page: half the prior
    ]
    scores = dict(postgres.rank(rows, 2, idfs))
    assert scores[2] > scores[1]
    assert scores[3] == pytest.approx(scores[2] * postgres.EXPANSION_WEIGHT)
    assert scores[4] == pytest.approx(scores[2] * 0.5)


@postgres_only
def test_word_counts_are_kept_until_the_index_changes(search_world):
    indexing.drain()
    backend = engine.lexical_backend()
    before = backend.frequencies(parse_query("segovia"))
    assert before[1] == [0]
    search_world.madrid.city = "Segovia"
    search_world.madrid.save()
    # Queued, not indexed: the index and its counts stand.
    assert backend.frequencies(parse_query("segovia")) == before
    indexing.drain()  # an indexing run: the counts are read again
    _total, counts = backend.frequencies(parse_query("segovia"))
    assert counts[0] >= 1


@postgres_only
def test_index_scans_leave_the_planner_as_they_found_it(search_world):
    def seqscan() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            return str(cursor.fetchone()[0])

    assert seqscan() == "on"
    with postgres.index_scans():
        assert seqscan() == "off"
    assert seqscan() == "on"
    search("border management", mode="lexical")
    assert seqscan() == "on"


def _rows_written() -> int:
    """Rows this connection inserted, updated or deleted so far (SQLite: in total;
    PostgreSQL: in the current transaction)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT total_changes()")
        else:
            cursor.execute(
                "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) "
                "FROM pg_stat_xact_user_tables"
            )
        return int(cursor.fetchone()[0])


def test_a_search_changes_no_row(search_world):
    """Counted by the database, whatever statement would do it (a trigger, a CTE)."""
    search_world.madrid.city = "Segovia"
    search_world.madrid.save()  # queued for indexing: a search must not drain it
    written = _rows_written()
    for text in ("border management", "gestion des frontières", "what did the dialogue do?"):
        for mode in ("lexical", "auto"):
            search(text, mode=mode)
    search("border", {"year": "2019"})
    assert _rows_written() == written
    indexing.drain()  # the counter does see writes
    assert _rows_written() > written


def test_the_second_tier_leaves_out_words_most_entries_hold(search_world, monkeypatch):
    """ "border" is in most of the test world's entries, "dakar" in few, and no entry holds
    both: entries holding only "border" come back unless the common words are left out."""
    from processus.search import tiers

    indexing.drain()

    def found() -> set[tuple[str, int | None]]:
        results = search("border dakar", mode="lexical").results
        return {(r.kind, r.document_id or r.meeting_id) for r in results}

    everything = found()
    assert ("document", search_world.border.pk) in everything
    assert ("document", search_world.traite.pk) in everything
    monkeypatch.setattr(tiers, "COMMON_MIN", 0)
    monkeypatch.setattr(tiers, "COMMON_SHARE", 0.5)
    rare_only = found()
    assert ("document", search_world.traite.pk) in rare_only
    assert ("document", search_world.border.pk) not in rare_only


def test_a_common_words_count_is_the_statistics_estimate_a_rare_words_is_counted():
    frequent = {"migrat": 0.2, "migration": 0.21, "l'ile": 0.01}
    assert postgres.estimate("'migrat' | 'migrat' | 'migration'", frequent, 1000) == 210
    assert postgres.estimate("'l''ile' | 'simple'", frequent, 1000) == 10
    assert postgres.estimate("'conakry' | 'conakri'", frequent, 1000) is None  # rare
    assert postgres.estimate("'migrat' <2> 'travail'", frequent, 1000) is None  # phrase
    assert postgres.estimate("'migrat' & 'labour'", frequent, 1000) is None
    assert postgres.estimate("'migrat'", {}, 1000) is None  # never analysed


@postgres_only
def test_the_candidates_come_from_the_gin_index(search_world):
    """The plan of the tier statement: a scan of ``search_entry_tsv``, never a scan of the
    table (which the planner may prefer when left alone, depending on its statistics: what
    it does then is not asserted)."""
    from django.test.utils import CaptureQueriesContext

    indexing.drain()
    with CaptureQueriesContext(connection) as captured:
        search("border management", mode="lexical")
    tiers = [q["sql"] for q in captured.captured_queries if "DESC, e.id LIMIT" in q["sql"]]
    assert tiers

    def plan(sql: str) -> str:
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql)
            return "\n".join(row[0] for row in cursor.fetchall())

    with postgres.index_scans():
        chosen = plan(tiers[0])
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            assert cursor.fetchone()[0] == "off"
    assert "search_entry_tsv" in chosen
    assert "Seq Scan on search_searchentry" not in chosen


@pytest.mark.parametrize(
    ("text", "language", "expression"),
    [
        ("border management", "en", '"border manag"'),  # no stopword: the exact phrase
        ("gestion des frontières", "fr", 'NEAR("frontier" "gestion", 1)'),
        ("plan d'action de Marrakech", "fr", 'NEAR("action" "marrakech" "plan", 3)'),
        ("asylum and protection", "en", 'NEAR("asylum" "protection", 1)'),
        ("protection and asylum", "en", 'NEAR("asylum" "protection", 1)'),  # the same
        ("de la", "fr", '"de la"'),  # only stopwords: as written
        ("the diaspora", "en", '"diaspora"'),
    ],
)
def test_a_concepts_other_term_leaves_its_stopwords_to_near(text, language, expression):
    from processus.search.backends import other_term
    from processus.search.thesaurus import term

    assert other_term(term(text, language))[0] == expression
