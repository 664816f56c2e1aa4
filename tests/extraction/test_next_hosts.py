"""The host of a meeting named as still to come in another meeting's sentence."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text


def _hosts(text: str) -> dict[str, list[str]]:
    return {r.kind or "": r.hosts for r in extract_text(text, "x", date(2026, 11, 23))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senior Officials' Meeting took place in Madrid on 20 October 2026. The "
         "Ministerial Conference will take place in Cádiz on 13 and 14 December 2026. Spain, as "
         "Chair of the Rabat Process and host of the upcoming Ministerial Conference, invited "
         "the senior officials to Madrid.",
         {"senior_officials_meeting": ["Spain"], "ministerial_conference": ["Spain"]}),
        ("La réunion des hauts fonctionnaires s'est tenue à Madrid le 20 octobre 2026. La "
         "conférence ministérielle aura lieu à Cadix les 13 et 14 décembre 2026. L'Espagne, "
         "hôte de la prochaine conférence ministérielle, a présenté le programme.",
         {"senior_officials_meeting": [], "ministerial_conference": ["Spain"]}),
        ("La reunión de altos funcionarios se celebró en Madrid el 20 de octubre de 2026. La "
         "conferencia ministerial tendrá lugar en Cádiz el 13 de diciembre de 2026. España, "
         "anfitriona de la próxima conferencia ministerial, presentó el programa.",
         {"senior_officials_meeting": [], "ministerial_conference": ["Spain"]}),
        # a host of a meeting of a kind the page holds no record of names nobody
        ("The Senior Officials' Meeting took place in Madrid on 20 October 2026. Spain, host "
         "of the next summit, spoke first.", {"senior_officials_meeting": []}),
        # nor a host of "the previous" one
        ("The Senior Officials' Meeting took place in Madrid on 20 October 2026. The "
         "Ministerial Conference took place in Cádiz on 13 December 2022. Spain, host of the "
         "previous Ministerial Conference, spoke first.",
         {"senior_officials_meeting": [], "ministerial_conference": []}),
    ],
)  # fmt: skip
def test_the_host_of_the_meeting_to_come(text: str, expected: dict[str, list[str]]) -> None:
    assert _hosts(text) == expected
