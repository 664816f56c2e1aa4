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
        # Italian names (pycountry's translations, like the French, Spanish and Portuguese)
        ("l'Egitto, il Marocco e la Spagna", ["Egypt", "Morocco", "Spain"]),
        ("i Paesi Bassi e la Costa d'Avorio", ["Netherlands", "Côte d'Ivoire"]),
        ("Gibuti, Sud Sudan e Ciad", ["Djibouti", "South Sudan", "Chad"]),
        # a chairmanship, like a presidency, stands for its state
        ("under the Portuguese Chairmanship", ["Portugal"]),
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
        "mali is lower case",
        # Italian names that are also words or first names are no country
        "La Riunione dei funzionari si è aperta a Roma",
        "Maurizio Rossi ha aperto i lavori",
    ],
)
def test_no_false_actors(text: str) -> None:
    assert _names(text) == []


def test_spans_match_text() -> None:
    text = "Delegations of Senegal, the Gambia and ECOWAS attended."
    for actor in find_actors(text):
        assert text[actor.start : actor.end] == actor.text


# a country's adjective after a word for its government, in Spanish, Italian and
# Portuguese (and French), with a ministry's name between them
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # Spanish
        ("el Ministerio del Interior español", "Ministerio del Interior español", "Spain"),
        ("según el Gobierno marroquí", "Gobierno marroquí", "Morocco"),
        ("las autoridades senegalesas", "autoridades senegalesas", "Senegal"),
        ("la Presidencia portuguesa del Proceso", "Presidencia portuguesa", "Portugal"),
        ("la delegacion mauritana", "delegacion mauritana", "Mauritania"),
        (
            "la Ministra de Trabajo y Economía Social española",
            "Ministra de Trabajo y Economía Social española",
            "Spain",
        ),
        # Italian
        (
            "il Ministero degli Affari Esteri italiano",
            "Ministero degli Affari Esteri italiano",
            "Italy",
        ),
        (
            "dal Ministero degli Affari Esteri e della Cooperazione Internazionale italiano",
            "Ministero degli Affari Esteri e della Cooperazione Internazionale italiano",
            "Italy",
        ),
        ("le autorità etiopi", "autorità etiopi", "Ethiopia"),
        ("il Governo marocchino", "Governo marocchino", "Morocco"),
        ("il Ministro dell'Interno libico", "Ministro dell'Interno libico", "Libya"),
        ("la Delegazione nigerina", "Delegazione nigerina", "Niger"),
        ("la Presidenza tedesca", "Presidenza tedesca", "Germany"),
        # Portuguese
        ("o Governo português", "Governo português", "Portugal"),
        (
            "o Ministério da Administração Interna cabo-verdiano",
            "Ministério da Administração Interna cabo-verdiano",
            "Cabo Verde",
        ),
        ("as autoridades guineenses", "autoridades guineenses", "Guinea-Bissau"),
        ("a Delegação são-tomense", "Delegação são-tomense", "Sao Tome and Principe"),
        ("a Presidência angolana", "Presidência angolana", "Angola"),
        (
            "o Ministro dos Negócios Estrangeiros moçambicano",
            "Ministro dos Negócios Estrangeiros moçambicano",
            "Mozambique",
        ),
        # French
        ("le Ministre d'Etat nigérien", "Ministre d'Etat nigérien", "Niger"),
        ("le ministère de l'Intérieur marocain", "ministère de l'Intérieur marocain", "Morocco"),
    ],
)
def test_postposed_adjectives(text: str, mention: str, country: str) -> None:
    actors = find_actors(text)
    assert [(a.text, a.name) for a in actors] == [(mention, country)]
    assert text[actors[0].start : actors[0].end] == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective with no word for a government names no country
        ("la cocina italiana", []),
        ("il vino portoghese e la cucina italiana", []),
        ("a música cabo-verdiana", []),
        ("la comunidad senegalesa en España", ["Spain"]),
        # a word for a government with no adjective names none
        ("un ministro", []),
        ("el Gobierno anunció", []),
        ("le autorità competenti", []),
        # a lower-case word that is no part of a ministry's name ends the name
        ("il Ministro ha incontrato il collega francese", []),
        ("o ministro disse que o vinho português", []),
        # so does punctuation, a blank line, or a second word for a government
        ("el Ministerio del Interior, español", []),
        ("la Delegación\n\nespañola", []),
        ("el Ministro de España y el Gobierno marroquí", ["Spain", "Morocco"]),
    ],
)
def test_no_postposed_adjective_without_government(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("sous la présidence tournante marocaine", "Morocco", "présidence tournante marocaine"),
        ("sotto la presidenza di turno spagnola", "Spain", "presidenza di turno spagnola"),
        ("bajo la presidencia de turno española", "Spain", "presidencia de turno española"),
    ],
)
def test_a_rotating_presidency_names_its_state(text: str, name: str, mention: str) -> None:
    actors = find_actors(text)
    assert [(a.name, a.text) for a in actors] == [(name, mention)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A delegação de Jibuti participou.", "Djibouti"),
        ("La delegazione della Repubblica Ceca ha partecipato.", "Czechia"),
        ("La delegazione dell'Olanda ha partecipato.", "Netherlands"),
    ],
)
def test_more_names_in_spanish_italian_and_portuguese(text: str, name: str) -> None:
    assert [a.name for a in find_actors(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Minister of Foreign Affairs, Emigration and Egyptian Expatriates", "Egypt"),
        ("the Ministry of Foreign Affairs and Moroccans Living Abroad", "Morocco"),
        ("the Minister of Foreign Affairs and Malians Abroad", "Mali"),
        ("the Minister for Foreign Affairs and Senegalese Abroad", "Senegal"),
        ("le ministre des Affaires étrangères et des Sénégalais de l'extérieur", "Senegal"),
        ("le ministère des Maliens établis à l'étranger", "Mali"),
        ("le ministre délégué chargé des Marocains résidant à l'étranger", "Morocco"),
        ("el Ministro de Asuntos Exteriores y de los Marroquíes residentes en el exterior",
         "Morocco"),
    ],
)  # fmt: skip
def test_a_ministry_for_its_nationals_abroad_names_its_state(text: str, name: str) -> None:
    actors = find_actors(text)
    assert [a.name for a in actors] == [name]
    assert actors[0].text.lower().startswith("minist")


@pytest.mark.parametrize(
    "text",
    [
        # no nationals of a state in the remit, or no ministry before them
        "the Minister for Diaspora Affairs",
        "the Minister of Foreign Affairs and African Integration",
        "Egyptian expatriates in Europe sent money home.",
        "The Malians abroad voted in May.",
        # a full stop ends the ministry's name
        "He met the Minister. Senegalese abroad were present.",
    ],
)
def test_nationals_abroad_without_their_ministry_name_no_state(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name a line break wraps, once
        ("co-chaired by Sierra\nLeone and Spain", ["Sierra Leone", "Spain"]),
        ("organised by the European\nUnion", ["European Union"]),
        # a blank line parts the words
        ("Sierra\n\nLeone", []),
    ],
)
def test_a_name_wrapped_by_a_line_break(text: str, names: list[str]) -> None:
    assert _names(text) == names
