"""A ministry's own release: "the Ministry" in its text is the state its header names."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

READ_ON = date(2026, 11, 23)


def _roles(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    [record] = extract_text(text, "release.txt", READ_ON)
    return tuple(record.hosts), tuple(record.organisers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministry of Foreign Affairs of Ghana – Press release\nThe Ministry hosted the Rabat "
         "Process thematic meeting in Accra on 8 May 2025.", (("Ghana",), ())),
        ("Gobierno de España – Ministerio del Interior\nLa reunión técnica del Proceso de Rabat, "
         "organizada por el Ministerio del Interior, se celebró en Madrid el 8 de mayo de 2025.",
         ((), ("Spain",))),
        ("Republic of The Gambia – Ministry of Interior\nThe Ministry of Interior hosted the "
         "Rabat Process workshop in Banjul on 8 May 2025.", (("Gambia",), ())),
        ("Governo italiano – Ministero degli Affari Esteri\nLa riunione del Processo di Khartoum, "
         "ospitata dal Ministero degli Affari Esteri, si è svolta a Roma l'8 maggio 2025.",
         (("Italy",), ())),
        # a body named with another state is that state's
        ("Ministry of Foreign Affairs of Ghana – Press release\nThe Ministry of the Interior "
         "of Senegal hosted the workshop in Dakar on 8 May 2025.", (("Senegal",), ())),
        # a header that names no state, or two, gives "the Ministry" none
        ("Ministry of Foreign Affairs – Press release\nThe Ministry hosted the workshop in "
         "Accra on 8 May 2025.", ((), ())),
        ("Ministries of Ghana and Togo – Joint release\nThe Ministry hosted the workshop in "
         "Accra on 8 May 2025.", ((), ())),
        # a page that is no state body's release
        ("Rabat Process news from Ghana\nThe Ministry hosted the workshop in Accra on 8 May "
         "2025.", ((), ())),
    ],
)  # fmt: skip
def test_the_ministry_of_a_release_is_its_state(text: str, expected: tuple) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a header on two lines, the state on the second
        ("Ministry of Foreign Affairs\nRepublic of Ghana\nThe Ministry hosted the Rabat "
         "Process thematic meeting in Accra on 8 May 2025.", (("Ghana",), ())),
        # the header's words in French and Portuguese
        ("Ministère des Affaires étrangères du Sénégal – Communiqué\nLe ministère a accueilli "
         "l'atelier du Processus de Rabat à Dakar le 8 mai 2025.", (("Senegal",), ())),
        ("Governo de Cabo Verde – Ministério dos Negócios Estrangeiros\nA reunião do Processo "
         "de Rabat, organizada pelo Ministério, realizou-se na Praia a 8 de maio de 2025.",
         ((), ("Cabo Verde",))),
        # two long header lines: the second is the body, and names no issuer
        ("Ministry of Foreign Affairs of Ghana and of the Regional Integration Department, "
         "Press and Communication Office\nThe Ministry of the Interior of Senegal hosted the "
         "workshop in Dakar on 8 May 2025, the Ministry said.", (("Senegal",), ())),
    ],
)  # fmt: skip
def test_headers_in_two_lines_and_languages(text: str, expected: tuple) -> None:
    assert _roles(text) == expected
