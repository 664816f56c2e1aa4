"""Invariants on random and mutated text: no exception, evidence always exact."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from processus.extraction import RECORD_KEYS, extract, normalize_text
from processus.extraction.actors import find_actors
from processus.extraction.counts import find_counts
from processus.extraction.dates import find_dates
from processus.extraction.formats import find_formats
from processus.extraction.kinds import find_kinds
from processus.extraction.normalize import fold
from processus.extraction.tenses import tense_cues
from processus.extraction.themes import theme_hits
from processus.extraction.titles import find_titles
from tests.extraction import documents

FRAGMENTS = [
    "Dakar, 3-4 May 2021, hosted by Senegal and co-chaired by Spain.",
    "The Rabat Process", "Processus de Rabat", "thematic meeting", "workshop", "in Lisbon",
    "on 16 and 17 October", "over 120 participants", "from 41 countries", "22 recommendations",
    "co-chaired by Portugal and Egypt", "organised by ICMPD", "Co-organisers: Mali, Niger",
    "register before 1 June 2022", "2018-2022", "will take place", "took place", "\n",
    "To view or add a comment, sign in", "-", "❇️Topic❇️", "🤝", "#labourmigration", "6™",
    "les 13 et 14 décembre 2022", "à Cadix", "Joint High-level Meeting", "Côte d’Ivoire",
    " ", ".", ",", "Page 1 of 2", "1,704 followers", "\u00a0", "\u200b", "ﬁ",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
)


def _mutate(text: str, cuts: list[int]) -> str:
    for cut in cuts:
        if text:
            i = cut % len(text)
            text = text[:i] + text[i + 1 :]
    return text


def _check(text: str, reference: date | None = None) -> None:
    result = extract(text, "doc.txt", reference)
    assert result.text == normalize_text(text)
    for record in result.records:
        assert list(record.to_dict()) == list(RECORD_KEYS)
        for item in record.evidence:
            assert 0 <= item.start <= item.end <= len(result.text)
            assert result.text[item.start : item.end] == item.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_pipeline_on_random_text(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        [documents.LISTING, documents.ANNOUNCEMENT, documents.PAGE, documents.FEED,
         documents.NOTE_FR]
    ),
    st.lists(st.integers(min_value=0, max_value=10_000), max_size=30),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
)  # fmt: skip
def test_pipeline_on_mutated_documents(text: str, cuts: list[int], reference: date) -> None:
    _check(_mutate(text, cuts), reference)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_extractors_spans(text: str) -> None:
    text = normalize_text(text)
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.text
    for mention in find_kinds(text):
        assert text[mention.start : mention.end] == mention.text
    for mention in find_formats(text):
        assert text[mention.start : mention.end] == mention.text
    for start, end, cue, _tense in tense_cues(text):
        assert text[start:end] == cue
    for actor in find_actors(text):
        assert text[actor.start : actor.end] == actor.text
    for count in find_counts(text):
        assert text[count.start : count.end] == count.text
    for title in find_titles(text):
        assert text[title.start : title.end] == title.text
    for hit in theme_hits(text):
        assert text[hit.start : hit.end] == hit.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_normalize_idempotent_and_fold_length(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert len(fold(once)) == len(once)
