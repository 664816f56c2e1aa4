"""Thematic domains from keywords."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.themes import score_domains, theme_hits


def _domains(text: str) -> list[int]:
    return score_domains(theme_hits(text))


@pytest.mark.parametrize(
    ("text", "domains"),
    [
        ("How diaspora investment and remittances support local growth", [1]),
        ("Addressing the root causes of irregular migration and forced displacement", [1]),
        ("climate change and human mobility", [1]),
        ("Labour migration schemes and visa facilitation for students", [2]),
        ("#skillsmobility and #labourmigration", [2]),
        ("asylum systems and international protection of refugees", [3]),
        ("Fighting migrant smuggling and trafficking in human beings", [4]),
        ("integrated border management", [4]),
        ("#irregularmigration #thb", [4]),
        ("return, readmission and reintegration", [5]),
        ("le retour volontaire et la réintégration", [5]),
        ("la traite des êtres humains et le trafic illicite de migrants", [4]),
        ("les réfugiés et le droit d'asile", [3]),
        ("la migration légale et la mobilité", [2]),
        ("Nothing thematic is said here.", []),
        ("L'atelier visait à renforcer les capacités; il visait aussi les jeunes.", []),
        ("la délivrance des visas aux étudiants", [2]),
        ("la gestion intégrée des frontières", [4]),
        ("Diaspora engagement, diaspora networks and diaspora bonds; skills transfer", [1]),
        ("asylum; border management; readmission; labour migration; remittances",
         [1, 2, 3, 4, 5]),
    ],
)  # fmt: skip
def test_domains(text: str, domains: list[int]) -> None:
    assert _domains(text) == domains


def test_one_weak_word_is_not_enough() -> None:
    assert _domains("The development of the agenda.") == []


def test_masked_spans_are_ignored() -> None:
    text = "Dialogue on Migration and Development"
    assert theme_hits(text, masked=[(0, len(text))]) == []


@pytest.mark.parametrize(
    ("text", "domains"),
    [
        ("Una reunión técnica sobre la gestión de fronteras.", [4]),
        ("Un seminario sulla migrazione legale e i percorsi legali.", [2]),
        ("Uma reunião sobre a reintegração dos migrantes e a readmissão.", [5]),
        ("Un taller sobre la protección internacional y el asilo.", [3]),
        ("Una riunione sulle rimesse della diaspora.", [1]),
        # a weak word alone is no domain
        ("Una reunión sobre la movilidad.", []),
    ],
)
def test_domains_in_spanish_italian_and_portuguese(text: str, domains: list[int]) -> None:
    assert score_domains(theme_hits(text)) == domains


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        # a participant's travel is no topic of the meeting
        ("The Rabat Process thematic meeting will take place in Mombasa on 27 January 2027. "
         "Delegates requiring a visa should apply for an e-visa.", []),
        ("La réunion thématique du Processus de Rabat aura lieu à Mombasa le 27 janvier 2027. "
         "Les délégués qui ont besoin d'un visa doivent le demander.", []),
        # visas as the meeting's topic are one
        ("The Rabat Process thematic meeting on visa facilitation will take place in Mombasa "
         "on 27 January 2027.", [2]),
    ],
)  # fmt: skip
def test_practical_information_gives_no_theme(text: str, themes: list[int]) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert record.themes == themes
