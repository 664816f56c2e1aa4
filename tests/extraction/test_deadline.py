"""A meeting's registration deadline, and the closing dates of other things on its page."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

READ_ON = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a job's, a call's or a tender's closing date on a page that reports a meeting
        ("The MIDWA ministerial conference took place in Abuja on 3 December 2025.\n\n"
         "Vacancy: Project Officer (Dakar)\nDeadline for applications: 10 January 2026", None),
        ("The SOM took place in Cairo on 3 December 2025.\n\nCall for proposals – research on "
         "migration data\nDeadline for submissions: 31 January 2026", None),
        ("La réunion s'est tenue au Caire le 3 décembre 2025.\n\nAvis de vacance : chargé de "
         "programme\nDate limite de candidature : 10 janvier 2026", None),
        ("La reunión se celebró en Madrid el 3 de diciembre de 2025.\n\nLicitación de servicios "
         "de traducción. Plazo: 10 de enero de 2026", None),
        # the meeting's own registration, in the same and in its own paragraph
        ("The training will take place in Dakar on 20 May 2027.\n\nRegistration: please "
         "register before 5 May 2027.", "2027-05-05"),
        ("La formation aura lieu à Dakar le 20 mai 2027. Les candidatures sont à envoyer avant "
         "le 5 mai 2027.", "2027-05-05"),
        ("The workshop will take place in Dakar on 20 May 2027. Applications to attend the "
         "workshop close on 5 May 2027.", "2027-05-05"),
    ],
)  # fmt: skip
def test_only_a_registration_is_the_meeting_s_deadline(text: str, deadline: str | None) -> None:
    [record] = extract_text(text, "page.txt", READ_ON)
    assert record.registration_deadline == deadline
