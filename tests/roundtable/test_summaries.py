"""The summary rule: sentences holding most of the question's keywords, quoted exactly."""

from __future__ import annotations

import pytest

from processus.roundtable.summaries import (
    SUMMARY_CHARS,
    keywords,
    matches,
    sentence_spans,
    summarize,
)

QUESTION = "What are the priorities of your country on return and reintegration?"
TEXT = (
    "Thank you, Chair. We greet every delegation. "
    "Reintegration of returnees is our top priority, with support to their families. "
    "Finally, we thank the host."
)


def test_keywords_leave_out_question_words_and_stopwords():
    found = keywords(QUESTION)
    assert {"prioriti", "return", "reintegration"} <= found
    assert not {"what", "your", "countri", "the"} & found


def test_keywords_read_both_languages():
    found = keywords("", "Quelles sont les priorités de votre pays ?")
    assert "priorit" in found
    assert "pay" not in found and "pays" not in found


def test_sentence_spans_are_offsets_of_the_text():
    spans = sentence_spans(TEXT)
    assert [TEXT[a:b] for a, b in spans][:2] == ["Thank you, Chair.", "We greet every delegation."]


def test_summary_picks_the_sentences_with_most_keywords_and_quotes_them_exactly():
    summary = summarize(TEXT, keywords(QUESTION))
    assert summary is not None
    assert summary.quote.startswith("Reintegration of returnees is our top priority")
    assert TEXT[summary.start : summary.end] == summary.quote
    assert "prioriti" in summary.keywords
    assert len(summary.quote) <= SUMMARY_CHARS


def test_summary_offset_shifts_the_span_into_the_document():
    summary = summarize(TEXT, keywords(QUESTION), offset=1000)
    plain = summarize(TEXT, keywords(QUESTION))
    assert summary is not None and plain is not None
    assert (summary.start, summary.end) == (plain.start + 1000, plain.end + 1000)


def test_without_keywords_the_opening_sentences_are_the_summary():
    summary = summarize(TEXT, frozenset({"visa"}))
    assert summary is not None
    assert summary.start == 0
    assert summary.quote.startswith("Thank you, Chair.")


def test_a_long_sentence_is_cut_at_a_space_and_marked():
    text = "Reintegration " + "word " * 100 + "end."
    summary = summarize(text, frozenset({"reintegration"}))
    assert summary is not None
    assert summary.truncated
    assert len(summary.quote) <= SUMMARY_CHARS
    assert text.startswith(summary.quote)


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("Réintégration des migrants", ["reintegration", "migrant"], True),
        ("Reintegration of migrants", ["visa"], False),
    ],
)
def test_matches_needs_every_term(text, terms, expected):
    assert matches(text, terms) is expected


def test_no_text_no_summary():
    assert summarize("  \n ", frozenset({"x"})) is None
