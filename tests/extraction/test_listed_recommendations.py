"""A meeting's recommendations counted from the list that gives them."""

from __future__ import annotations

import pytest

from processus.extraction import extract_text

_MEETING = "The Rabat Process thematic meeting was held in Accra on 5 May 2026.\n\n"


@pytest.mark.parametrize(
    ("listed", "count"),
    [
        ("Key recommendations\n1. Extend seasonal work pilots.\n2. Share skills data.\n"
         "3. Train employment agency staff.\n", 3),
        ("Les participants recommandent de :\n- renforcer la coopération consulaire ;\n"
         "- partager les données sur le retour.\n", 2),
        ("Recomendación 1: ampliar las vías legales.\n\nRecomendación 2: formar a los "
         "funcionarios.\n", 2),
        # a count the text writes stays: the list is not counted over it
        ("The meeting adopted 12 recommendations, among them:\n1. Extend seasonal work.\n"
         "2. Share skills data.\n", 12),
    ],
)  # fmt: skip
def test_listed_recommendations_are_counted(listed: str, count: int) -> None:
    [record] = extract_text(_MEETING + listed)
    assert record.recommendations == count


@pytest.mark.parametrize(
    "listed",
    [
        # one item is no list worth a count
        "Key recommendations\n1. Extend seasonal work pilots.\n",
        # conclusions are not recommendations
        "Conclusions\n1. The pilots worked.\n2. Data sharing lags behind.\n",
        # some of them, not their number
        "Among the calls for action, participants recommended:\n- stronger cooperation;\n"
        "- more partnerships.\n",
        "Les participants ont notamment recommandé :\n- plus de coopération ;\n"
        "- plus de partenariats.\n",
        # a numbered agenda is not an outcome
        "Agenda\n1. Opening.\n2. Panel on seasonal work.\n3. Closing.\n",
    ],
)
def test_other_lists_are_not_recommendations(listed: str) -> None:
    [record] = extract_text(_MEETING + listed)
    assert record.recommendations is None


def test_a_page_of_two_meetings_counts_no_list() -> None:
    text = (
        _MEETING + "A workshop of the Khartoum Process took place in Nairobi on 9 June 2026.\n\n"
        "Key recommendations\n1. Extend seasonal work pilots.\n2. Share skills data.\n"
    )
    records = extract_text(text)
    assert len(records) == 2
    assert [r.recommendations for r in records] == [None, None]
