"""Folding, light stemming, passages and query parsing: pure functions, no database."""

import itertools

import pytest

from processus.search.passages import split_passages
from processus.search.text import MAX_TERMS, fold, guess_language, parse_query, stem, stems


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("frontières", "frontiere"),
        ("frontières", "frontier"),
        ("borders", "border"),
        ("réunions", "reunion"),
        ("countries", "country"),
        ("nationaux", "national"),
        ("organisées", "organise"),
        ("organised", "organise"),
        ("managing", "manage"),
        ("policies", "policy"),
        ("Côte", "cote"),
    ],
)
def test_inflections_meet(a, b):
    assert stem(fold(a)) == stem(fold(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("process", "proces"), ("asylum", "asylu"), ("migration", "migrant"), ("bus", "bu")],
)
def test_light_stemming_keeps_distinct_words_apart(a, b):
    assert stem(a) != stem(b)


def test_stems_fold_case_and_accents():
    assert stems("Sénégal ÉTATS") == stems("senegal etats")


@pytest.mark.parametrize(
    "raw",
    [
        'border AND "management',
        "NOT OR NEAR(a b) * ^ : - + ( ) { } [ ]",
        '"""',
        "'; DROP TABLE search_fts; --",
        "a\x00b\x00",
        "x" * 10_000,
        "word " * 5_000,
        "",
        "   ",
        "¿¡«»—…",
        "stem_title:border",
        "🎉🎉",
    ],
)
def test_parse_query_never_raises_and_keeps_only_words(raw):
    query = parse_query(raw)
    assert len(query.terms) <= MAX_TERMS
    for term in query.terms + [w for p in query.phrases for w in p]:
        assert term.replace("_", "").isalnum() or term.isalnum()
        assert '"' not in term and "\x00" not in term


def test_quotes_make_phrases_and_stopwords_go():
    query = parse_query('the "traite des êtres humains" in Dakar')
    assert query.phrases == [[stem(w) for w in ("traite", "des", "etres", "humains")]]
    assert query.terms == ["dakar"]


def test_a_query_of_stopwords_is_still_searched():
    assert parse_query("the of").terms == ["the", "of"]


def test_passages_cover_paragraphs_with_exact_offsets():
    text = (
        "Title\n\nFirst paragraph is long enough to stand on its own as a passage here.\n\n\n"
        + ("Second paragraph. " * 120)
    )
    passages = split_passages(text)
    assert [p.number for p in passages] == list(range(1, len(passages) + 1))
    assert text[passages[0].start :].startswith("Title")
    for p in passages:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == text[p.start : p.end].strip()
        assert p.end - p.start <= 1200
    for left, right in itertools.pairwise(passages):
        assert left.end <= right.start


def test_passages_of_empty_text():
    assert split_passages("") == []
    assert split_passages("\n\n  \n") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The partners met in Madrid and agreed on the plan for the year.", "en"),
        ("Les partenaires se sont réunis à Dakar pour échanger sur la traite des êtres.", "fr"),
        ("Los socios del proceso se reunieron en Málaga para debatir y los retos.", "es"),
        ("Il workshop del Processo di Rabat si terrà a Palermo con gli esperti della rete.", "it"),
        ("Os parceiros reuniram-se em Lisboa para uma reunião com os peritos da rede.", "pt"),
        ("Rabat 2024", ""),
    ],
)
def test_the_language_of_a_text(text, language):
    assert guess_language(text) == language
