"""Countries and organisations named in text."""

from __future__ import annotations

import pytest

from processus.extraction.actors import find_actors


def _names(text: str) -> list[str]:
    return [a.name for a in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cote d'Ivoire and Côte d'Ivoire", ["Côte d'Ivoire", "Côte d'Ivoire"]),
        ("the Ivory Coast delegation", ["Côte d'Ivoire"]),
        ("the Gambia and The Gambia", ["Gambia", "Gambia"]),
        ("the Kingdom of Spain", ["Spain"]),
        ("le Royaume du Maroc", ["Morocco"]),
        ("Cape Verde or Cabo Verde", ["Cabo Verde", "Cabo Verde"]),
        (
            "Equatorial Guinea, Guinea-Bissau and Guinea",
            ["Equatorial Guinea", "Guinea-Bissau", "Guinea"],
        ),
        ("South Sudan and Sudan", ["South Sudan", "Sudan"]),
        ("Niger and Nigeria", ["Niger", "Nigeria"]),
        ("the Democratic Republic of the Congo", ["Democratic Republic of the Congo"]),
        ("ICMPD, IOM and UNHCR", ["ICMPD", "IOM", "UNHCR"]),
        ("the International Organization for Migration", ["IOM"]),
        ("l'Organisation internationale pour les migrations (OIM)", ["IOM", "IOM"]),
        ("the EU Delegation", ["European Union"]),
        ("the Mixed Migration Centre", ["Mixed Migration Centre"]),
        ("the Spanish authorities", ["Spain"]),
        # an alias that starts with an article does not hide a longer name after it
        (
            "the African Union Commission and the African Union",
            ["African Union Commission", "African Union"],
        ),
        ("la Commission de l'Union africaine", ["African Union Commission"]),
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "au revoir, au programme",
        "un exemple",
        "they chad a good time",
        "the Portuguese Chairmanship",
        "mali is lower case",
    ],
)
def test_no_false_actors(text: str) -> None:
    assert _names(text) == []


def test_spans_match_text() -> None:
    text = "Delegations of Senegal, the Gambia and ECOWAS attended."
    for actor in find_actors(text):
        assert text[actor.start : actor.end] == actor.text
