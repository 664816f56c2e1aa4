"""Splitting documents into passages."""

from __future__ import annotations

from processus.extraction.aliases import name_index
from processus.extraction.dates import find_dates
from processus.extraction.segmentation import is_feed, sentences, split_passages
from tests.extraction import documents


def _passages(text: str):
    return split_passages(text, find_dates(text), name_index().find(text))


def test_plain_document_is_one_passage() -> None:
    passages = _passages(documents.ANNOUNCEMENT)
    assert [(p.start, p.end, p.shape) for p in passages] == [
        (0, len(documents.ANNOUNCEMENT), "document")
    ]


def test_listing_headings() -> None:
    text = documents.LISTING
    listings = [p for p in _passages(text) if p.shape == "listing"]
    headings = [text[p.heading[0] : p.heading[1]] for p in listings if p.heading]
    assert [h.split(",")[0] for h in headings] == ["Dakar", "Tunis", "Bamako"]
    assert all(p.parent == 0 for p in listings)


def test_date_first_headings() -> None:
    text = "12 May 2020 – Nairobi\nA workshop.\n\n3 June 2021 – Kigali\nAnother workshop.\n"
    listings = [p for p in _passages(text) if p.shape == "listing"]
    assert len(listings) == 2


def test_a_sentence_with_a_city_is_not_a_heading() -> None:
    text = "Rabat is where the partners met. Dakar, they said, was next.\n"
    assert [p.shape for p in _passages(text)] == ["document"]


def test_feed_posts_and_items() -> None:
    text = documents.FEED
    assert is_feed(text)
    passages = _passages(text)
    posts = [p for p in passages if p.shape == "post"]
    items = [p for p in passages if p.shape == "item"]
    assert len(posts) == 3
    assert [text[p.start : p.start + 20] for p in items] == [
        "❇️Climate and mobili",
        "❇️Legal pathways❇️ A",
    ]
    for post in posts:
        chunk = text[post.start : post.end]
        assert "To view or add a comment" not in chunk
        assert "followers" not in chunk
        assert "More Relevant Posts" not in chunk


def test_bullet_arrows_are_not_items() -> None:
    text = "Agenda: ➡️ skills ➡️ mobility ➡️ pathways\nTo view or add a comment, sign in\n"
    assert [p.shape for p in _passages(text)] == ["post"]


def test_sentences() -> None:
    text = "First one. Second one!\nThird line without stop\n\nFourth? Yes."
    spans = sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "First one.",
        "Second one!",
        "Third line without stop",
        "Fourth?",
        "Yes.",
    ]
