"""A country read from its adjective beside a word for its government, in the five
languages, for the Asian, Gulf, American, Oceanian and Eastern European states whose
adjectives ``scripts/build_countries.py`` declares."""

from __future__ import annotations

import pytest

from processus.extraction.actors import find_actors


def _names(text: str) -> list[str]:
    return [a.name for a in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # English: the adjective before the noun
        ("the Uzbek Chairmanship", "Uzbekistan"),
        ("the Australian Government", "Australia"),
        ("the Kyrgyz Presidency", "Kyrgyzstan"),
        ("the Georgian authorities", "Georgia"),
        ("the Iraqi Government", "Iraq"),
        ("the Saudi Ministry", "Saudi Arabia"),
        ("the Sri Lankan delegation", "Sri Lanka"),
        ("the Thai Ambassador", "Thailand"),
        ("the Mexican Embassy", "Mexico"),
        ("the Dominican Government", "Dominican Republic"),
        ("the Azerbaijani Chairmanship", "Azerbaijan"),
        # French
        ("la présidence kazakhe", "Kazakhstan"),
        ("le gouvernement néo-zélandais", "New Zealand"),
        ("les autorités vietnamiennes", "Vietnam"),
        ("la délégation tadjike", "Tajikistan"),
        ("le ministère de l'Intérieur pakistanais", "Pakistan"),
        ("la présidence tournante ouzbèke", "Uzbekistan"),
        ("le gouvernement bélarusse", "Belarus"),
        # Spanish
        ("el Gobierno mexicano", "Mexico"),
        ("las autoridades colombianas", "Colombia"),
        ("el Gobierno estadounidense", "United States"),
        ("la Presidencia salvadoreña", "El Salvador"),
        ("el Ministerio del Interior ecuatoriano", "Ecuador"),
        ("el Gobierno paraguayo", "Paraguay"),
        ("la delegación emiratí", "United Arab Emirates"),
        # Italian
        ("il governo indonesiano", "Indonesia"),
        ("il Ministro degli Esteri filippino", "Philippines"),
        ("il governo statunitense", "United States"),
        ("la delegazione yemenita", "Yemen"),
        ("le autorità cilene", "Chile"),
        ("la Presidenza kirghisa", "Kyrgyzstan"),
        # Portuguese
        ("o Governo brasileiro", "Brazil"),
        ("a Delegação norte-americana", "United States"),
        ("o Ministério das Relações Exteriores peruano", "Peru"),
        ("as autoridades venezuelanas", "Venezuela"),
        ("o Governo canadense", "Canada"),
        ("a Presidência uruguaia", "Uruguay"),
    ],
)
def test_adjective_beside_a_government_word_names_the_country(text: str, country: str) -> None:
    actors = find_actors(text)
    assert [(a.name, a.type) for a in actors] == [(country, "country")]
    assert text[actors[0].start : actors[0].end] == actors[0].text


@pytest.mark.parametrize(
    "text",
    [
        # an adjective with no word for a government names no country
        "Mexican food",
        "Thai cuisine",
        "la cuisine thaïlandaise",
        "la música colombiana",
        "il vino cileno",
        "a música brasileira",
        # lower-case adjectives follow their noun, capitalised ones precede it
        "mexicano el Gobierno",
        "the Government Australian",
    ],
)
def test_no_country_without_a_government_word(text: str) -> None:
    assert _names(text) == []
