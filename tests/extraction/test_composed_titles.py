"""A meeting the page does not name gets a title composed from its kind, place and date."""

from __future__ import annotations

import pytest

from processus.extraction import extract_text
from processus.extraction.composed_titles import (
    COMPOSED_NOTE,
    compose_title,
    given_title,
    is_composed,
)
from processus.extraction.evaluation import evaluate


@pytest.mark.parametrize(
    ("kind", "city", "country", "start", "title"),
    [
        ("senior_officials_meeting", "Madrid", "Spain", "2022-10-20",
         "Senior Officials' Meeting, Madrid, October 2022"),
        ("workshop", None, "Kenya", "2023-05", "Workshop, Kenya, May 2023"),
        ("ministerial_conference", "Rome", "Italy", "2014", "Ministerial Conference, Rome, 2014"),
        ("other", "Dakar", "Senegal", "2025-03-10", "Meeting, Dakar, March 2025"),
        # with a place or a date only, the title says what there is
        ("workshop", None, None, "2023-05", "Workshop, May 2023"),
        ("field_visit", "Kigali", "Rwanda", None, "Field visit, Kigali"),
        # without a kind, or with neither a place nor a date, it would tell nothing
        (None, "Madrid", "Spain", "2022-10-20", None),
        ("workshop", None, None, None, None),
    ],
)  # fmt: skip
def test_compose_title(
    kind: str | None, city: str | None, country: str | None, start: str | None, title: str | None
) -> None:
    assert compose_title(kind, city, country, start) == title


@pytest.mark.parametrize(
    ("kind", "city", "meeting_format", "start", "title"),
    [
        # an online meeting has no place: its format stands in for it
        ("workshop", None, "virtual", "2025-10-07", "Workshop (online), October 2025"),
        ("other", None, "virtual", "2026", "Meeting (online), 2026"),
        # a place comes first; a meeting in person or hybrid without a place has its date
        ("workshop", "Dakar", "virtual", "2025-10-07", "Workshop, Dakar, October 2025"),
        ("workshop", None, "hybrid", "2025-10-07", "Workshop, October 2025"),
        ("workshop", None, "in_person", "2025-10-07", "Workshop, October 2025"),
        ("workshop", None, "virtual", None, None),
    ],
)  # fmt: skip
def test_an_online_meeting_is_composed_without_a_place(
    kind: str, city: str | None, meeting_format: str, start: str | None, title: str | None
) -> None:
    assert compose_title(kind, city, None, start, meeting_format) == title


def test_a_named_meeting_keeps_its_name_and_an_unnamed_one_is_marked_composed() -> None:
    text = (
        "The Thematic Meeting on Seasonal Work took place in Accra on 3 May 2025. The Rabat "
        "Process Senior Officials' Meeting was then held in Madrid on 20 October 2025."
    )
    named, unnamed = extract_text(text)
    assert named.title == "Thematic Meeting on Seasonal Work"
    assert not is_composed(named.to_dict())
    assert unnamed.title == "Senior Officials' Meeting, Madrid, October 2025"
    [evidence] = [e for e in unnamed.evidence if e.field == "title"]
    assert (evidence.inferred, evidence.note, evidence.text) == (
        True, COMPOSED_NOTE, "Senior Officials' Meeting"
    )  # fmt: skip
    assert given_title(unnamed.to_dict()) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The Prague Process held a webinar on return counselling on 9 June 2025; more than "
         "90 participants joined online.", "Workshop (online), June 2025"),
        # the same meeting in a room has a place, so no "(online)"
        ("The Prague Process held a workshop on return counselling in Vienna on 9 June 2025.",
         "Workshop, Vienna, June 2025"),
    ],
)  # fmt: skip
def test_an_online_meeting_read_from_text_gets_a_composed_title(text: str, title: str) -> None:
    [record] = extract_text(text)
    assert record.title == title
    assert is_composed(record.to_dict())


def test_the_evaluation_scores_given_titles_only() -> None:
    [record] = extract_text("The Rabat Process workshop was held in Dakar on 3 May 2025.", "d")
    gold = {**record.to_dict(), "title": None, "evidence": []}
    report = evaluate([record.to_dict()], [gold])
    assert report.fields["title"].fp == 0
