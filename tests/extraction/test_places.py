"""Gazetteer and place detection."""

from __future__ import annotations

from datetime import date

import pytest

from processus import reference
from processus.extraction import extract_text
from processus.extraction.aliases import name_index
from processus.extraction.capitals import find_capitals
from processus.extraction.places import contracted_names, find_places


def _places(text: str):
    return find_places(text, name_index().find(text))


def test_gazetteer_is_large_and_well_formed() -> None:
    places = reference.places()
    assert len(places) >= 300
    codes = {c["code"] for c in reference.countries()}
    names = set()
    for place in places:
        assert set(place) - {"capital"} == {"name", "country", "aliases"}
        assert place["name"] not in names, place["name"]
        names.add(place["name"])
        assert len(place["country"]) == 2
        assert isinstance(place["aliases"], list)
    unknown = [p["name"] for p in places if p["country"] not in codes]
    assert len(unknown) <= 2, unknown
    capitals = [p["country"] for p in places if p.get("capital")]
    assert len(capitals) == len(set(capitals)) >= 100  # one capital a country at most


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("The talks were held in Banjul last year.", "Banjul", "Gambia"),
        ("Delegates met in Lisboa.", "Lisbon", "Portugal"),
        ("Les délégués se sont retrouvés à Lisbonne.", "Lisbon", "Portugal"),
        ("A session in Cadix closed the cycle.", "Cádiz", "Spain"),
        ("A session in Cadiz closed the cycle.", "Cádiz", "Spain"),
        ("The visit to Marrakech was short.", "Marrakesh", "Morocco"),
        ("They gathered in Yaounde.", "Yaoundé", "Cameroon"),
        ("A workshop in Cidade Velha followed.", "Cidade Velha", "Cabo Verde"),
        ("Experts met in Sharm El-Sheikh.", "Sharm El Sheikh", "Egypt"),
        ("The event in Addis-Abeba was long.", "Addis Ababa", "Ethiopia"),
        ("A meeting in The Hague was planned.", "The Hague", "Netherlands"),
        ("Talks in Saint-Louis went well.", "Saint-Louis", "Senegal"),
        ("Podgorica hosted the round.", "Podgorica", "Montenegro"),
        ("The session in Valletta ended early.", "Valletta", "Malta"),
        ("Abuja was chosen as venue.", "Abuja", "Nigeria"),
        # Spanish, Italian and Portuguese names of the dialogues' cities
        ("El taller se celebró en Abiyán.", "Abidjan", "Côte d'Ivoire"),
        ("La reunión tuvo lugar en Uagadugú.", "Ouagadougou", "Burkina Faso"),
        ("La riunione si è svolta a Tunisi.", "Tunis", "Tunisia"),
        ("I funzionari si sono riuniti a Ginevra.", "Geneva", "Switzerland"),
        ("A reunião decorreu em Acra.", "Accra", "Ghana"),
        ("La reunión tuvo lugar en Yaundé.", "Yaoundé", "Cameroon"),
        ("El taller se celebró en Cotonú.", "Cotonou", "Benin"),
        ("La reunión tuvo lugar en Bisáu.", "Bissau", "Guinea-Bissau"),
        ("El taller se celebró en Abuya.", "Abuja", "Nigeria"),
        ("A reunião decorreu em Jibuti.", "Djibouti", "Djibouti"),
        ("A reunião decorreu em Madri.", "Madrid", "Spain"),
        ("Experts of the Budapest Process met in Tashkent.", "Tashkent", "Uzbekistan"),
        ("Les experts se sont réunis à Bichkek.", "Bishkek", "Kyrgyzstan"),
        ("Un atelier s'est tenu à Tbilissi.", "Tbilisi", "Georgia"),
        ("Une autre réunion a eu lieu à Djouba.", "Juba", "South Sudan"),
        ("La conférence s'est tenue à Diamniadio.", "Diamniadio", "Senegal"),
        ("The round table took place in Almaty.", "Almaty", "Kazakhstan"),
        ("L'atelier s'est tenu à Samarcande.", "Samarkand", "Uzbekistan"),
    ],
)
def test_cities(text: str, city: str, country: str) -> None:
    found = [p for p in _places(text) if p.city]
    assert found, text
    assert found[0].city == city
    assert found[0].country == country


def test_explicit_country_after_city() -> None:
    text = "It was held in Madrid, Spain, over two days."
    place = _places(text)[0]
    assert place.city == "Madrid"
    assert place.country_start is not None
    assert text[place.country_start : place.country_end] == "Spain"


@pytest.mark.parametrize(
    "text",
    [
        "The Rabat Process gathers partners.",
        "Le Processus de Rabat réunit des partenaires.",
        "The Niamey Declaration was recalled.",
        "Under the Marrakesh Programme, work continued.",
        "The Cadiz Action Plan sets five areas.",
        "The Khartoum Process met too.",
        "a nice idea and a quick split",
        "A Nice idea.",
    ],
)
def test_names_that_are_not_venues(text: str) -> None:
    assert [p for p in _places(text) if p.city] == []


def test_ambiguous_name_needs_context() -> None:
    assert [p.city for p in _places("The seminar took place in Nice.")] == ["Nice"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The training was held in Senegal.", "Senegal"),
        ("A workshop took place in the United Republic of Tanzania.", "Tanzania"),
        ("La réunion a eu lieu au Maroc.", "Morocco"),
    ],
)
def test_country_as_venue(text: str, country: str) -> None:
    found = _places(text)
    assert found and found[0].city is None
    assert found[0].country == country


def test_capital_letter_required() -> None:
    assert _places("the word abidjan in lower case") == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # French names with an article contract it: "au Caire", "du Caire"
        ("La réunion aura lieu au Caire en octobre.", "Cairo"),
        ("Les experts réunis au Caire ont adopté un plan.", "Cairo"),
        ("Les délégations venues du Caire sont arrivées hier.", "Cairo"),
        ("Le Caire accueillera les partenaires.", "Cairo"),
        ("Une visite au Pirée a suivi la réunion.", "Piraeus"),
        ("L'atelier s'est tenu au Cap l'an dernier.", "Cape Town"),
        # the short form of Addis Ababa, in both languages
        ("La réunion s'est tenue à Addis-Abeba.", "Addis Ababa"),
        ("La réunion s'est tenue à Addis.", "Addis Ababa"),
        ("Partners met in Addis for two days.", "Addis Ababa"),
        ("A session in Addis Ababa followed.", "Addis Ababa"),
    ],
)
def test_contracted_and_short_city_forms(text: str, city: str) -> None:
    found = [p for p in _places(text) if p.city]
    assert [p.city for p in found] == [city], text
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "La Déclaration du Caire a été rappelée par le président.",
        "Le Sommet du Caire a été rappelé par plusieurs délégations.",
        "Une mission au Cap Skirring a été annulée.",
        "Une pointe au Capitole était prévue.",
        "The Addis Ababa Action Agenda was recalled.",
        "Un caire en minuscules n'est pas un nom.",
    ],
)
def test_contracted_forms_that_are_not_venues(text: str) -> None:
    assert [p.city for p in _places(text) if p.city] == []


def test_cap_vert_stays_a_country() -> None:
    found = _places("Une visite au Cap-Vert a eu lieu.")
    assert [(p.city, p.country) for p in found] == [(None, "Cabo Verde")]


def test_every_article_name_of_the_gazetteer_contracts() -> None:
    """Each "Le X" / "Les X" alias resolves after "au" / "aux" (no list kept by hand)."""
    checked = 0
    for place in reference.places():
        for alias in place["aliases"]:
            article, _space, bare = alias.partition(" ")
            if article not in ("Le", "Les"):
                continue
            prep = "au" if article == "Le" else "aux"
            assert bare in contracted_names()
            found = [p.city for p in _places(f"La réunion s'est tenue {prep} {bare} hier.")]
            assert found == [place["name"]], alias
            checked += 1
    assert checked >= 2


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ministers met in the Ethiopian capital on Monday.", ("Addis Ababa", "ET")),
        ("The ministers met at the Senegalese capital.", ("Dakar", "SN")),
        ("Les ministres se sont réunis dans la capitale nigérienne.", ("Niamey", "NE")),
        ("Les experts sont arrivés à la capitale malienne.", ("Bamako", "ML")),
        ("Los expertos se reunieron en la capital marroquí.", ("Rabat", "MA")),
        ("Gli esperti si sono riuniti nella capitale italiana.", ("Rome", "IT")),
        ("Os peritos reuniram-se na capital portuguesa.", ("Lisbon", "PT")),
        # the capital as the subject that hosts
        ("The Moroccan capital will host the meeting.", ("Rabat", "MA")),
        ("La capitale sénégalaise accueillera la réunion.", ("Dakar", "SN")),
        ("La capital marroquí acogerá la reunión temática.", ("Rabat", "MA")),
        ("La capitale italiana ha ospitato la riunione.", ("Rome", "IT")),
        ("A capital portuguesa acolheu a reunião.", ("Lisbon", "PT")),
        ("The Moroccan capital will grow fast.", None),
        ("La capitale sénégalaise attire les investisseurs.", None),
        # a country with no capital marked (seat of government elsewhere): nothing
        ("The ministers met in the Ivorian capital.", None),
        # no preposition, or capital as money: nothing
        ("The Ethiopian capital has grown fast.", None),
        ("Nigerian capital flows rose.", None),
    ],
)
def test_a_capital_named_by_its_country(text: str, found: tuple[str, str] | None) -> None:
    mentions = [(c.city, c.code) for c in find_capitals(text)]
    assert mentions == ([found] if found else [])


def test_the_capital_is_the_venue_inferred_and_its_country_written() -> None:
    text = (
        "Rabat Process regional meeting\n\n"
        "The regional meeting of the Rabat Process took place on 4 May 2023 in the "
        "Senegalese capital.\n"
    )
    [record] = extract_text(text, source="page.txt")
    assert (record.city, record.country) == ("Dakar", "Senegal")
    evidence = {e.field: (e.text, e.inferred, e.note) for e in record.evidence}
    assert evidence["city"] == (
        "Senegalese capital",
        True,
        "the capital of Senegal in the gazetteer",
    )
    assert evidence["country"] == ("Senegalese capital", False, None)


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # where a dialogue was launched is no meeting's venue, in five languages
        ("Launched in 2006 in Rabat, the Process held its SOM in December 2022.", [None]),
        ("Lancé en 2006 à Rabat, le Processus a tenu sa conférence ministérielle en décembre "
         "2022.", [None]),
        ("Creado en Rabat en 2006, el Proceso celebró su conferencia ministerial en diciembre "
         "de 2022.", [None]),
        ("Lanciato a Roma nel 2014, il Processo ha tenuto la riunione tematica nel maggio 2025.",
         [None]),
        ("Lançado em Rabat em 2006, o Processo realizou a conferência ministerial em dezembro "
         "de 2022.", [None]),
        ("The Khartoum Process, launched in Rome in November 2014, held its thematic meeting "
         "in Nairobi on 3 May 2025.", ["Nairobi"]),
        # a meeting noun between the verb and the place: the place is that meeting's
        ("The Prague Process was launched at the Ministerial Conference in Prague in April "
         "2009.", ["Prague"]),
        # no launching verb: the place is the venue
        ("Based in Rabat, the Secretariat held the SOM in December 2022.", ["Rabat"]),
    ],
)  # fmt: skip
def test_where_a_dialogue_was_launched_is_no_venue(text: str, cities: list[str | None]) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [r.city for r in records] == cities


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the place of the next (or the last) meeting of the same kind is not this one's
        ("Experts met this week in a regional workshop on smuggling, which opened on 1 July "
         "2025. The next workshop in the series will take place in Kampala.", None),
        ("Des experts se sont réunis le 1er juillet 2025 pour un atelier régional. Le prochain "
         "atelier se tiendra à Kampala.", None),
        ("Los expertos se reunieron el 1 de julio de 2025 en un taller regional. El próximo "
         "taller se celebrará en Kampala.", None),
        # the meeting's own noun before its place
        ("Experts met on 1 July 2025 in a regional workshop. The workshop took place in "
         "Kampala.", "Kampala"),
    ],
)  # fmt: skip
def test_the_place_of_the_next_meeting_is_not_this_ones(text: str, city: str | None) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [r.city for r in records][:1] == [city]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a country named like its capital is the venue when it names the meeting
        ("L'atelier régional de Djibouti s'est tenu le 3 mai 2025.", "Djibouti"),
        ("The Djibouti workshop took place on 3 May 2025.", "Djibouti"),
        ("The workshop took place in Djibouti on 3 May 2025.", "Djibouti"),
        # else it is the country
        ("Djibouti sent a delegation to the workshop on 3 May 2025 in Nairobi.", "Nairobi"),
        ("La délégation de Djibouti a pris part à l'atelier du 3 mai 2025.", None),
    ],
)
def test_a_country_named_like_its_capital(text: str, city: str | None) -> None:
    [record] = extract_text(text, reference_date=date(2026, 11, 23))
    assert record.city == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # where people connected from, or an organiser worked from, is no online meeting's venue
        ("Webinar on labour migration\nDate: 8 December 2026\nThe webinar is organised by ICMPD "
         "from its Vienna headquarters.\n", None),
        ("The Rabat Process Steering Committee met virtually on 12 February 2024, with members "
         "connecting from Brussels, Rabat and Dakar.", None),
        ("La réunion du Processus de Rabat s'est tenue en ligne le 12 février 2024, animée "
         "depuis Bruxelles.", None),
        # a meeting held in a place, with some online, keeps it
        ("Il seminario si è svolto a Dakar e online il 4 marzo 2024.", "Dakar"),
        ("The thematic meeting took place in Dakar on 12 February 2024, with delegates "
         "from Accra.", "Dakar"),
    ],
)  # fmt: skip
def test_an_online_meetings_remote_city_is_no_venue(text: str, city: str | None) -> None:
    [record] = extract_text(text, reference_date=date(2026, 11, 23))
    assert record.city == city


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # a meeting's city written as its genitive, its qualifiers and dialogue between
        ("Ce texte prolonge la conférence ministérielle euro-africaine de Cadix, tenue en "
         "décembre 2022.", "Cádiz", "Spain"),
        ("Il testo dà seguito alla conferenza ministeriale del Dialogo MTM di Malta del 2023.",
         None, "Malta"),
        # two capitals that sign stand for their governments, not for the venue
        ("Rabat et Madrid ont signé hier un mémorandum. Ce texte prolonge la conférence "
         "ministérielle euro-africaine de Cadix, tenue en décembre 2022.", "Cádiz", "Spain"),
        ("Rome and Tunis signed an agreement yesterday. It follows the ministerial conference "
         "held in Valletta in 2023.", "Valletta", "Malta"),
        # two capitals that host are venues still
        ("Dakar et Abidjan accueilleront les ateliers du Processus de Rabat en mai 2026.",
         "Dakar", "Senegal"),
        # a declaration or a process named after a city is no meeting's genitive
        ("La conférence ministérielle a rappelé la Déclaration de Rabat en décembre 2022.",
         None, None),
    ],
)  # fmt: skip
def test_a_meetings_genitive_city_and_signing_capitals(
    text: str, city: str | None, country: str | None
) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert (record.city, record.country) == (city, country)


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # a country written after a city the gazetteer does not know is the venue's
        ("The Budapest Process thematic meeting took place in Linz, Austria, on 3 March 2026.",
         None, "Austria"),
        ("La reunión técnica del Proceso de Rabat se celebró en Linz (Austria) el 3 de marzo "
         "de 2026.", None, "Austria"),
        # a known city keeps its own country
        ("The Rabat Process workshop took place in Dakar, Senegal, on 3 March 2026.",
         "Dakar", "Senegal"),
        # a country after a comma with no place before it is no venue
        ("The Rabat Process workshop took place on 3 March 2026, Austria said.", None, None),
    ],
)  # fmt: skip
def test_a_country_after_an_unknown_city(text: str, city: str | None, country: str | None) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert (record.city, record.country) == (city, country)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the country after a city the gazetteer does not know, in the meeting's sentence,
        # over a known city of another sentence
        ("The Puebla Process met in Tegucigalpa, Honduras, on 26 June 2025. Delegates then "
         "travelled to Madrid for a visit.", (None, "Honduras")),
        ("Le Processus de Rabat s'est réuni à Azrou (Maroc) le 3 mai 2025. Les délégués se "
         "sont ensuite rendus à Madrid.", (None, "Morocco")),
        # a known city of the meeting's own sentence stays the venue
        ("The Rabat Process met in Lisbon on 14 October 2025 with officials from the Gambia. "
         "They later went to Madrid.", ("Lisbon", "Portugal")),
        # a country of origin in the meeting's sentence is no venue
        ("Study visit to Lisbon\n\nOn 14 October 2025, officials in the Gambia and Senegal "
         "took part in the Rabat Process study visit.", ("Lisbon", "Portugal")),
    ],
)  # fmt: skip
def test_the_country_of_an_unknown_city(text: str, place: tuple) -> None:
    [record] = extract_text(text, "page.txt", date(2026, 11, 23))
    assert (record.city, record.country) == place


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # the city of a time zone is no venue
        ("Thursday 14 January 2027, 14:00-16:00 (Brussels time)", []),
        ("le 14 janvier 2027 à 10h00 (heure de Paris)", []),
        ("el 14 de enero a las 10:00 hora de Madrid", []),
        ("alle 10:00 ora di Roma", []),
        # a city beside the word "time" in running prose still is one
        ("The workshop took place in Brussels at a time of crisis.", ["Brussels"]),
        ("Il est temps de partir de Paris.", ["Paris"]),
    ],
)
def test_a_time_zone_names_no_venue(text: str, cities: list[str]) -> None:
    assert [p.city for p in _places(text) if p.city] == cities


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # a framework or a text named after its city names no venue, in every language
        ("El taller examinó el Programa de Marrakech.", []),
        ("Il seminario ha esaminato il Programma di Marrakech.", []),
        ("A oficina tratou do Acordo de Cotonou.", []),
        ("La riunione ha richiamato la Dichiarazione di Roma.", []),
        ("El taller aplicó el Plan de Acción de Cádiz.", []),
        ("Il seminario segue il Piano d'azione di Cadice.", []),
        # the city of the meeting itself is one
        ("La conferencia se celebró en Cádiz.", ["Cádiz"]),
        ("Il seminario si è svolto a Marrakech.", ["Marrakesh"]),
    ],
)
def test_a_framework_named_after_its_city_names_no_venue(text: str, cities: list[str]) -> None:
    assert [p.city for p in _places(text) if p.city] == cities


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # a preposition with its article, and "the city of" in every language
        ("La riunione del Processo di Rabat si è svolta nel Senegal il 3 giugno 2024.", None,
         "Senegal"),
        ("La reunión del Proceso de Rabat se celebró en el Níger el 3 de junio de 2024.", None,
         "Niger"),
        ("El taller tuvo lugar en la ciudad de Valencia el 3 de junio de 2024.", "Valencia",
         "Spain"),
        ("A reunião do Processo de Rabat decorreu nos Países Baixos a 3 de junho de 2024.", None,
         "Netherlands"),
        ("Il seminario si è svolto nella città di Bari il 3 giugno 2024.", "Bari", "Italy"),
    ],
)  # fmt: skip
def test_prepositions_with_their_article(text: str, city: str | None, country: str) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert (record.city, record.country) == (city, country)


@pytest.mark.parametrize("text", ["A Nice idea.", "A Lagos start-up won.", "It was a Nice day."])
def test_the_article_a_is_no_preposition(text: str) -> None:
    assert [p.city for p in _places(text) if p.city] == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a body's name and its seat on a line of their own: an address, no venue
        ("The Rabat Process will hold a webinar on labour migration on 3 December 2026.\n"
         "ICMPD Brussels Mission", None),
        ("Le Processus de Rabat s'est réuni le 12 mars 2026 pour un atelier.\n"
         "Secrétariat du Processus de Rabat – Bruxelles", None),
        ("The Prague Process workshop met online on 12 March 2026.\n"
         "Prague Process Secretariat, Vienna", None),
        # a sentence that tells where the meeting was is no address
        ("The Rabat Process thematic meeting took place on 12 March 2026.\n"
         "ICMPD organised the meeting in Vienna.", "Vienna"),
        ("The Rabat Process thematic meeting took place on 12 March 2026.\n"
         "Commission meeting in Vienna, 12 March 2026", "Vienna"),
    ],
)  # fmt: skip
def test_a_body_s_seat_is_no_venue(text: str, city: str | None) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert records
    assert records[0].city == city
