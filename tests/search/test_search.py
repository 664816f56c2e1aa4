"""Search end to end on the test database (SQLite or PostgreSQL)."""

from __future__ import annotations

import json

import pytest

from processus.kb.models import Document
from processus.search import engine, indexing, semantic
from processus.search.engine import reciprocal_rank_fusion, search
from processus.search.models import EntryKind, PendingChange, SearchEntry
from processus.search.snippets import match_offsets, snippet
from processus.search.text import parse_query

pytestmark = pytest.mark.django_db


def kinds_and_ids(response):
    return [(r.kind, r.meeting_id or r.document_id) for r in response.results]


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


def writes(queries) -> list[str]:
    """The statements among ``queries`` (CaptureQueriesContext) that change the database."""
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]


def test_search_never_writes_even_with_changes_waiting(search_world):
    """The index is kept by writers; a search answers from it as it stands."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    search_world.madrid.city = "Segovia"
    search_world.madrid.save()  # its commit would index it; in a test it stays queued
    assert PendingChange.objects.exists()
    with CaptureQueriesContext(connection) as captured:
        search("border management")
        search("gestion des frontières", {"year": "2019"}, mode="hybrid")
        search("Segovia")
    assert len(captured.captured_queries) > 3
    assert writes(captured.captured_queries) == []
    assert PendingChange.objects.exists()
    assert not _meeting_ids("Segovia")  # not indexed yet: nobody drained


def test_the_write_detector_sees_the_indexing_writes(search_world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    search_world.madrid.city = "Segovia"
    search_world.madrid.save()
    with CaptureQueriesContext(connection) as captured:
        indexing.drain()
    statements = writes(captured.captured_queries)
    assert any(s.lstrip().upper().startswith("DELETE") for s in statements)
    assert any(s.lstrip().upper().startswith("INSERT") for s in statements)
    assert search_world.madrid.pk in _meeting_ids("Segovia")


def test_an_ingestion_run_indexes_what_it_wrote_before_it_returns(db, settings, tmp_path):
    from processus.kb.ingest import ingest

    settings.MEDIA_ROOT = tmp_path / "media"
    source = tmp_path / "docs" / "page_border_management_madrid_2019.txt"
    source.parent.mkdir()
    source.write_text(
        "Technical Meeting on Border Management\n\nThe Rabat Process partners met in "
        "Madrid, Spain, on 1 and 2 July 2019 to discuss border management.\n",
        encoding="utf-8",
    )
    report = ingest([source.parent])
    assert not report.failed
    assert not PendingChange.objects.exists()
    found = search("border management", mode="lexical").results
    assert any(r.kind == "meeting" for r in found)
    assert any(r.source_name == source.name for r in found)


def test_three_kinds_ranked_together_with_links_to_the_place(search_world):
    results = search("border").results
    assert {r.kind for r in results} == {"meeting", "document", "passage"}
    passage = next(
        r for r in results if r.kind == "passage" and r.document_id == search_world.border.pk
    )
    assert passage.url == f"/documents/{search_world.border.pk}/#p-{passage.passage}"
    text = search_world.border.text
    assert "border" in text[passage.start : passage.end].lower()
    meeting = next(r for r in results if r.kind == "meeting")
    assert meeting.url == f"/meetings/{search_world.madrid.pk}/"


@pytest.mark.parametrize(
    "query",
    ["FRONTIERES", "frontière", "gestion des frontieres", "Traité", "etres humains"],
)
def test_accents_case_and_endings_never_matter(search_world, query):
    assert any(r.document_id == search_world.traite.pk for r in search(query).results)


def test_meetings_are_found_by_their_actors_in_both_languages(search_world):
    for query in ("co-chaired by Senegal", "coprésidé par le Sénégal"):
        ids = [r.meeting_id for r in search(query).results if r.kind == "meeting"]
        assert search_world.madrid.pk in ids
        assert search_world.dakar.pk in ids


def test_a_question_in_full_still_finds_what_it_is_about(search_world):
    results = search("what did the dialogue do on border management?").results
    assert results
    assert results[0].meeting_id == search_world.madrid.pk or any(
        r.document_id == search_world.border.pk for r in results[:3]
    )


def test_quoted_phrase(search_world):
    assert any(r.document_id == search_world.traite.pk for r in search('"êtres humains"').results)
    assert not search('"humains êtres"').results


@pytest.mark.parametrize(
    "query",
    [
        'border AND "management',
        "NOT OR NEAR(border management) * ^ : - + ( ) { }",
        'stem_title:border OR "',
        "'; DROP TABLE search_fts; --",
        "border\x00management\x00",
        "border " + "x" * 10_000,
        "é" * 10_000,
        "",
        "\x00",
        '"',
        "-border",
        "border*",
        "^border",
    ],
)
def test_hostile_queries_never_raise(search_world, query):
    response = search(query)
    assert isinstance(response.results, list)
    json.dumps(response.as_json())


def test_filters(search_world):
    assert {r.kind for r in search("border", {"year": "2019"}).results} >= {"meeting"}
    assert not search("border", {"year": "2020"}).results
    # In 2021 only the French document, through "frontières" (the thesaurus's "border").
    in_2021 = search("border", {"year": "2021"}).results
    assert in_2021 and {r.document_id or r.meeting_id for r in in_2021} <= {
        search_world.traite.pk,
        search_world.dakar.pk,
    }
    dakar = search("traite", {"country": "SN"}).results
    assert dakar and all(
        r.meeting_id == search_world.dakar.pk or r.document_id == search_world.traite.pk
        for r in dakar
    )
    assert search("border", {"dialogue": "rabat-process"}).results
    assert not search("traite", {"dialogue": "rabat-process"}).results
    assert not search("border", {"kind": "workshop"}).results
    # Malformed filters are ignored, never an error.
    assert search("border", {"year": "20x9", "kind": "nonsense", "area": "x"}).results


def test_snippets_mark_every_word_whose_stem_is_wanted_and_no_other():
    text = "Borders, BORDER-management; borderline états, État, _ and border_x."
    assert [text[a:b] for a, b in match_offsets(text, {"border", "etat"})] == [
        "Borders", "BORDER", "états", "État",
    ]  # fmt: skip
    assert match_offsets(text, {"walls"}) == []
    assert str(snippet("Ça et ça", {"ca"})) == "<mark>Ça</mark> et <mark>ça</mark>"


def test_snippets_are_escaped_and_marked():
    html = str(snippet('<script>alert("border")</script> and borders', {"border"}))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.count("<mark>") == 2


def test_edits_update_the_index_and_deletes_remove_it(
    search_world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        search_world.border.text = "Nothing about walls any more.\n\nOnly about seas and fish."
        search_world.border.save()
    assert not PendingChange.objects.exists()  # indexed at commit, not at the next search
    bodies = SearchEntry.objects.filter(
        document=search_world.border, kind=EntryKind.PASSAGE
    ).values_list("body", flat=True)
    assert any("fish" in b for b in bodies)
    # The document keeps its title ("Border management, …"); its passages no longer match.
    assert not any(
        r.document_id == search_world.border.pk and r.kind == "passage"
        for r in search("border").results
    )
    document_id = search_world.traite.pk
    Document.objects.filter(pk=document_id).delete()
    assert not SearchEntry.objects.filter(document_id=document_id).exists()
    assert not any(r.document_id == document_id for r in search("traite").results)


def _meeting_ids(query):
    return [r.meeting_id for r in search(query).results if r.kind == "meeting"]


def test_meeting_roles_changed_with_plain_sql_are_indexed(search_world):
    """Ingestion writes roles with plain SQL: no model signal, only the database triggers."""
    from django.db import connection

    from processus.kb.ingest import Ingestor, ingested
    from tests.web.factories import CountryFactory

    mali = CountryFactory(key="ml", iso_code="ML", name="Mali", name_fr="Mali")
    indexing.drain()
    assert search_world.dakar.pk not in _meeting_ids("Mali")
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO kb_meetingrole (meeting_id, actor_id, role, position) "
            "VALUES (%s, %s, 'organiser', 0)",
            [search_world.dakar.pk, mali.pk],
        )
    assert PendingChange.objects.filter(kind="meeting", object_id=search_world.dakar.pk).exists()
    assert search_world.dakar.pk not in _meeting_ids("Mali")  # a search does not index
    ingested.send(sender=Ingestor, report=None)  # the end of an ingestion run does
    assert search_world.dakar.pk in _meeting_ids("Mali")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM kb_meetingrole WHERE actor_id = %s", [mali.pk])
    ingested.send(sender=Ingestor, report=None)
    assert search_world.dakar.pk not in _meeting_ids("Mali")


def test_meeting_roles_changed_through_the_orm_are_indexed_at_commit(
    search_world, django_capture_on_commit_callbacks
):
    from processus.kb.models import MeetingRole
    from tests.web.factories import CountryFactory

    mali = CountryFactory(key="ml", iso_code="ML", name="Mali", name_fr="Mali")
    with django_capture_on_commit_callbacks(execute=True):
        MeetingRole.objects.create(meeting=search_world.dakar, actor=mali, role="organiser")
    assert not PendingChange.objects.exists()  # the signal drained the queue at commit
    entry = SearchEntry.objects.get(kind=EntryKind.MEETING, meeting=search_world.dakar)
    assert "Mali" in entry.body


def test_reindex_rebuilds_everything(search_world):
    SearchEntry.objects.all().delete()
    assert not search("border").results
    counts = indexing.reindex()
    assert counts["meetings"] == 2 and counts["documents"] == 2 and counts["passages"] >= 3
    assert search("border").results


def test_rrf_fuses_by_rank():
    fused = reciprocal_rank_fusion([[1, 2, 3], [3, 4]], k=60)
    assert [i for i, _ in fused][:2] == [3, 1]
    assert dict(fused)[3] == pytest.approx(1 / 63 + 1 / 61)
    weighted = reciprocal_rank_fusion([[1], [2]], weights=[1.0, 0.5])
    assert [i for i, _ in weighted] == [1, 2]


def test_a_light_semantic_list_with_a_small_k():
    # k = 5, semantic weight 0.2: an entry both lists rank well goes first; one that only
    # the semantic list finds comes after the lexical ones it cannot outscore
    fused = reciprocal_rank_fusion([[1, 2, 3, 4], [2, 9]], k=5, weights=[1.0, 0.2])
    assert [i for i, _ in fused] == [2, 1, 3, 4, 9]
    assert dict(fused)[2] == pytest.approx(1 / 7 + 0.2 / 6)
    # the semantic top result can still climb over lexical near-ties
    lifted = reciprocal_rank_fusion([[1, 2, 3, 4], [4]], k=5, weights=[1.0, 0.2])
    assert [i for i, _ in lifted] == [1, 4, 2, 3]
    # equal scores keep the first list's order
    assert [i for i, _ in reciprocal_rank_fusion([[6, 5], [5, 6]], k=5)] == [6, 5]


def test_meetings_are_embedded_with_the_passages_of_their_sources(search_world):
    from processus.kb.models import Evidence

    indexing.drain()
    text = search_world.border.text
    start = text.index("hosted by Spain")
    Evidence.objects.create(
        meeting=search_world.madrid,
        field="hosts",
        document=search_world.border,
        start=start,
        end=start + len("hosted by Spain"),
        quote="hosted by Spain",
    )
    madrid = SearchEntry.objects.get(kind=EntryKind.MEETING, meeting=search_world.madrid)
    dakar = SearchEntry.objects.get(kind=EntryKind.MEETING, meeting=search_world.dakar)
    madrid_text, dakar_text = indexing.semantic_texts([madrid, dakar])
    # The passage that holds the evidence, not the rest of the document.
    assert madrid_text.startswith(madrid.title)
    assert "The partners met in Madrid" in madrid_text
    assert "data protection" not in madrid_text
    # Without evidence, the meeting's own description.
    assert dakar_text == semantic.entry_text(dakar.title, dakar.body)


def test_lexical_alone_without_the_extra(search_world, monkeypatch):
    monkeypatch.setattr(engine.semantic, "available", lambda: False)
    response = search("border", mode="hybrid")
    assert response.mode == "lexical" and response.results
    assert search("border").mode == "lexical"


def test_hybrid_with_a_tiny_fake_embedder(search_world, fake_embedder):
    indexing.reindex()
    assert SearchEntry.objects.filter(vector__isnull=False).exists()
    semantic_only = search("victims", mode="semantic")
    assert semantic_only.mode == "semantic"
    assert semantic_only.results[0].document_id == search_world.traite.pk
    hybrid = search("walls of the frontier", mode="hybrid")
    assert hybrid.mode == "hybrid"
    assert search("walls of the frontier").mode == "hybrid"  # auto: hybrid when available
    # "walls" matches nothing lexically; meaning brings the border documents.
    ranked = [r.document_id or r.meeting_id for r in hybrid.results]
    assert search_world.border.pk in ranked
    assert any(r.semantic_rank for r in hybrid.results)
    # Filters apply to semantic results too.
    assert all(
        r.document_id != search_world.traite.pk
        for r in search("victims", {"year": "2019"}, mode="semantic").results
    )


def test_parse_query_is_used_for_json(search_world):
    payload = search('"border management" Madrid', limit=3).as_json()
    assert payload["query"] == '"border management" Madrid'
    assert payload["count"] <= 3
    assert parse_query(payload["query"]).phrases


def test_meetings_are_found_by_the_sentences_of_their_sources(search_world):
    from processus.kb.models import Evidence

    text = search_world.traite.text
    start = text.index("Dakar")
    Evidence.objects.create(
        meeting=search_world.dakar,
        field="city",
        document=search_world.traite,
        start=start,
        end=start + len("Dakar"),
        quote="Dakar",
    )
    indexing.reindex()
    sentences = indexing.meeting_sentences([search_world.dakar.pk])[search_world.dakar.pk]
    # The sentence around the evidence, not the rest of the document.
    assert sentences.startswith("Les partenaires se sont réunis à Dakar")
    assert "frontières" not in sentences
    found = [(r.kind, r.meeting_id) for r in search("victimes", mode="lexical").results]
    assert ("meeting", search_world.dakar.pk) in found


def test_background_pages_rank_below_pages_that_report_meetings(search_world):
    from processus.kb.models import Document

    assert indexing.document_prior(search_world.border, 1) == 1.0
    search_world.border.kind = Document.Kind.OTHER
    assert indexing.document_prior(search_world.border, 0) == pytest.approx(
        indexing.BACKGROUND_PRIOR * indexing.NO_MEETING_PRIOR
    )


def test_a_rare_word_weighs_more_than_a_frequent_one(search_world):
    # "Madrid" is in fewer entries than "border": an entry holding only the rare word
    # outranks one holding only the frequent one (idf), on both databases.
    indexing.drain()
    total, counts = engine.lexical_backend().frequencies(parse_query("border madrid"))
    assert total == SearchEntry.objects.count()
    assert counts[0] > 0 and counts[1] > 0
    weights = dict(engine.word_weights(parse_query("border dakar")) or [])
    assert weights["dakar"] > weights["border"]
