"""Which date of a passage is its own meeting's: the one an active verb reports as held,
over a meeting still to come that the page mentions after it."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

READ_ON = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "own", "next_one"),
    [
        ("The Khartoum Process held a thematic meeting on 4-5 December 2025 in Nairobi. The "
         "meeting was hosted by Kenya. Over 80 delegates attended. The next Steering "
         "Committee meeting will take place in Rome in March 2026.", "Nairobi", "Rome"),
        ("ICMPD organised a regional workshop on 3 June 2025 in Accra. It was chaired by "
         "Ghana. Some 80 experts took part. The next workshop will be held in Lomé in "
         "October 2025.", "Accra", "Lomé"),
        ("El Proceso de Rabat celebró una reunión temática el 4 de diciembre de 2025 en "
         "Dakar. Más de 80 delegados participaron. La próxima reunión se celebrará en "
         "Madrid en marzo de 2026.", "Dakar", "Madrid"),
        ("Il Processo di Khartoum ha tenuto una riunione tematica il 4 dicembre 2025 a "
         "Nairobi. Oltre 80 delegati hanno partecipato. La prossima riunione si terrà a "
         "Roma nel marzo 2026.", "Nairobi", "Rome"),
        ("O Processo de Rabat realizou uma reunião temática a 4 de dezembro de 2025 em "
         "Dacar. Mais de 80 delegados participaram. A próxima reunião terá lugar em Lisboa "
         "em março de 2026.", "Dakar", "Lisbon"),
    ],
)  # fmt: skip
def test_a_meeting_held_keeps_the_page_s_facts(text: str, own: str, next_one: str) -> None:
    records = {r.city: r for r in extract_text(text, "page.txt", READ_ON)}
    assert set(records) == {own, next_one}
    assert records[own].participants == 80
    assert records[next_one].participants is None


@pytest.mark.parametrize(
    "text",
    [
        # "held" without a meeting after it, or a meeting held only in passing, scores no
        # more than the sentence of the page's own meeting
        "Partners who held talks in Nairobi on 4 December 2025 agreed on a plan. The "
        "thematic meeting will take place in Rome in March 2026; over 80 delegates will attend.",
    ],
)
def test_held_without_its_meeting_leaves_the_anchor(text: str) -> None:
    records = {r.city: r for r in extract_text(text, "page.txt", READ_ON)}
    assert records["Rome"].participants == 80
