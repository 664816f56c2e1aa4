"""The bilingual thesaurus: which concepts a query holds, what they expand to, and what
search finds through them."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from processus.search import backends, postgres, thesaurus
from processus.search.engine import search
from processus.search.text import parse_query


def expansions(text: str) -> dict[str, list[str]]:
    """Concept id → the other terms searched for it."""
    return {
        e.concept.id: [t.text for t in e.alternatives] for e in thesaurus.expand(parse_query(text))
    }


@pytest.mark.parametrize(
    ("query", "concept", "other"),
    [
        ("gestion des frontières", "border-management", "border management"),
        ("border management", "border-management", "gestion des frontières"),
        ("trafic illicite de migrants", "migrant-smuggling", "smuggling of migrants"),
        ("smuggling of migrants", "migrant-smuggling", "trafic illicite de migrants"),
        ("traite des êtres humains", "trafficking-in-human-beings", "human trafficking"),
        ("remittances", "remittances", "transferts de fonds"),
        ("migration de main-d'œuvre", "labour-migration", "labour migration"),
        ("accords de réadmission", "readmission-agreements", "readmission agreements"),
        ("retour volontaire", "voluntary-return", "voluntary return"),
        ("voluntary return", "voluntary-return", "retour volontaire"),
    ],
)
def test_a_concept_expands_to_its_terms_in_the_other_language(query, concept, other):
    found = expansions(query)
    assert concept in found
    assert other in found[concept]


def test_a_word_both_languages_share_needs_no_expansion():
    # "réadmission" and "readmission" fold and stem alike: the index already matches both.
    assert expansions("réadmission") == {}
    assert expansions("diaspora") == {}


def test_accents_case_and_plurals_do_not_matter():
    expected = expansions("gestion des frontières")
    assert expected
    for variant in ("GESTION DES FRONTIERES", "gestion de frontière", "Gestion des Frontières"):
        assert expansions(variant) == expected


def test_the_longest_term_wins_and_terms_do_not_overlap():
    found = thesaurus.expand(parse_query("trafic illicite de migrants"))
    assert [e.concept.id for e in found] == ["migrant-smuggling"]
    assert found[0].matched == ("trafic", "illicit", "migrant")
    # Two concepts side by side are both found.
    assert set(expansions("réunions sur la traite des êtres humains")) == {
        "meeting",
        "trafficking-in-human-beings",
    }


def test_words_that_name_no_concept_and_quoted_phrases_are_not_expanded():
    assert expansions("Madrid 2019") == {}
    assert expansions('"gestion des frontières"') == {}
    # Words apart are not the term: "frontières" and "gestion" in another order.
    assert "border-management" not in expansions("frontières de la gestion")


def test_expansion_is_bounded():
    query = parse_query(
        "border management migrant smuggling trafficking return readmission reintegration "
        "diaspora remittances asylum visa labour migration climate change youth"
    )
    found = thesaurus.expand(query)
    assert len(found) >= 5
    assert sum(len(e.alternatives) for e in found) <= thesaurus.MAX_QUERY_ALTERNATIVES
    assert all(len(e.alternatives) <= thesaurus.MAX_ALTERNATIVES for e in found)


def test_concepts_carry_the_plan_area_objective_and_theme_of_the_reference_data():
    concepts = thesaurus.thesaurus().concepts
    assert len(concepts) >= 300
    frameworks = json.loads(
        resources.files("processus.reference").joinpath("frameworks.json").read_text("utf-8")
    )["frameworks"]
    cadiz = next(f for f in frameworks if f["key"] == "cadiz-2023-2027")
    objectives = {a["number"]: {o["number"] for o in a["objectives"]} for a in cadiz["areas"]}
    placed = [c for c in concepts if c.area is not None]
    assert len(placed) >= 250
    for concept in placed:
        assert concept.area in objectives, concept.id
        assert concept.objective is None or concept.objective in objectives[concept.area]
        assert concept.theme == concept.area  # the five domains are the plan's areas
    border = thesaurus.thesaurus().concept("border-management")
    assert (border.area, border.objective, border.theme) == (4, None, 4)
    remittances = thesaurus.thesaurus().concept("remittances")
    assert (remittances.area, remittances.objective, remittances.theme) == (1, "1", 1)
    for concept in concepts:
        assert concept.terms["en"] and concept.terms["fr"], concept.id


# --- what search finds through the thesaurus -------------------------------------------


def _ids(response):
    return [(r.kind, r.document_id or r.meeting_id) for r in response.results]


@pytest.mark.django_db
def test_a_french_query_finds_the_english_document_below_the_french_one(search_world):
    found = _ids(search("gestion des frontières", mode="lexical"))
    border = [
        n
        for n, (kind, pk) in enumerate(found)
        if pk == search_world.border.pk and kind != "meeting"
    ]
    traite = [
        n
        for n, (kind, pk) in enumerate(found)
        if pk == search_world.traite.pk and kind != "meeting"
    ]
    assert border and traite
    # The typed words weigh more than their translation.
    assert min(traite) < min(border)


@pytest.mark.django_db
def test_an_english_query_finds_the_french_document(search_world):
    found = _ids(search("trafficking in human beings", mode="lexical"))
    assert ("document", search_world.traite.pk) in found


@pytest.mark.django_db
def test_without_the_thesaurus_the_other_language_is_not_found(search_world, monkeypatch):
    monkeypatch.setattr(backends, "expand", lambda query: [])
    monkeypatch.setattr(postgres, "expand", lambda query: [])
    found = _ids(search("trafficking in human beings", mode="lexical"))
    assert ("document", search_world.traite.pk) not in found
    found = _ids(search("gestion des frontières", mode="lexical"))
    assert not any(pk == search_world.border.pk for kind, pk in found if kind != "meeting")


@pytest.mark.django_db
def test_the_meeting_recorded_in_english_is_found_in_french(search_world):
    found = _ids(search("gestion des frontières", mode="lexical"))
    assert ("meeting", search_world.madrid.pk) in found
