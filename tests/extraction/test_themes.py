"""Thematic domains from keywords."""

from __future__ import annotations

import pytest

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
