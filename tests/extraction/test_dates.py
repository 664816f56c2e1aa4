"""The date grammar: formats, ranges, roles and year inference, in five languages."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import date_triggers, date_words, extract_text
from processus.extraction.aliases import tokens
from processus.extraction.date_parts import (
    first_day,
    format_part,
    infer_year,
    last_day,
    resolve_relative,
    year_for_weekday,
)
from processus.extraction.dates import DateMention, find_dates
from processus.extraction.languages import CODES, language, languages
from processus.extraction.normalize import fold


def _only(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("3 March 2021", (2021, 3, 3), (2021, 3, 3)),
        ("March 3, 2021", (2021, 3, 3), (2021, 3, 3)),
        ("March 3 2021", (2021, 3, 3), (2021, 3, 3)),
        ("on the 9th February 2018", (2018, 2, 9), (2018, 2, 9)),
        ("the 9th of February 2018", (2018, 2, 9), (2018, 2, 9)),
        ("7th and 8th May 2023", (2023, 5, 7), (2023, 5, 8)),
        ("11 and 12 April 2017", (2017, 4, 11), (2017, 4, 12)),
        ("between 2nd and 3rd June 2020", (2020, 6, 2), (2020, 6, 3)),
        ("8-10 September 2021", (2021, 9, 8), (2021, 9, 10)),
        ("8–10 September 2021", (2021, 9, 8), (2021, 9, 10)),
        ("28 February - 2 March 2024", (2024, 2, 28), (2024, 3, 2)),
        ("29 September – 1 October 2014", (2014, 9, 29), (2014, 10, 1)),
        ("from 30 April to 2 May 2019", (2019, 4, 30), (2019, 5, 2)),
        ("4, 5 and 6 November 2020", (2020, 11, 4), (2020, 11, 6)),
        ("2021-03-03", (2021, 3, 3), (2021, 3, 3)),
        ("03/04/2021", (2021, 4, 3), (2021, 4, 3)),
        ("3.4.2021", (2021, 4, 3), (2021, 4, 3)),
        ("September 14-15, 2023", (2023, 9, 14), (2023, 9, 15)),
        ("Sept. 14, 2023", (2023, 9, 14), (2023, 9, 14)),
        ("in August 2016", (2016, 8, None), (2016, 8, None)),
        ("June-July 2019", (2019, 6, None), (2019, 7, None)),
        ("le 7 mars 2022", (2022, 3, 7), (2022, 3, 7)),
        ("les 20 et 21 janvier 2025", (2025, 1, 20), (2025, 1, 21)),
        ("du 28 février au 2 mars 2024", (2024, 2, 28), (2024, 3, 2)),
        ("du 1er au 3 octobre 2018", (2018, 10, 1), (2018, 10, 3)),
        ("le 1er décembre 2020", (2020, 12, 1), (2020, 12, 1)),
        ("le 1er decembre 2020", (2020, 12, 1), (2020, 12, 1)),
        ("en août 2016", (2016, 8, None), (2016, 8, None)),
        # a numeric range keeps its first day; a reversed one is no range
        ("on 12-14/06/2025", (2025, 6, 12), (2025, 6, 14)),
        ("du 12 au 14/06/2025", (2025, 6, 12), (2025, 6, 14)),
        ("on 12 and 14/06/2025", (2025, 6, 14), (2025, 6, 14)),
        ("en février 2011", (2011, 2, None), (2011, 2, None)),
        ("mi-juin 2012 juin 2012", (2012, 6, None), (2012, 6, None)),
    ],
)
def test_formats(text: str, first: tuple, last: tuple) -> None:
    mention = find_dates(text)[0]
    assert mention.first == first
    assert mention.last == last
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("on 9 and 10 March", (None, 3, 9), (None, 3, 10)),
        ("from 3 to 4 December", (None, 12, 3), (None, 12, 4)),
        ("le 1er juillet", (None, 7, 1), (None, 7, 1)),
        ("October 5", (None, 10, 5), (None, 10, 5)),
    ],
)
def test_dates_without_year(text: str, first: tuple, last: tuple) -> None:
    mention = _only(text)
    assert (mention.first, mention.last) == (first, last)
    assert not mention.has_year


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Delegations must register before 2 May 2022 on the website.", "deadline"),
        ("Registration is open until 12 June 2023.", "deadline"),
        ("Deadline for applications: 4 April 2021", "deadline"),
        ("Merci de vous inscrire avant le 3 mai 2022.", "deadline"),
        ("The charter was signed on 5 March 2016 by ten states.", "signing"),
        ("The declaration adopted on 12 July 2019 remains the reference.", "signing"),
        ("La déclaration signée le 5 mars 2016 engage les pays.", "signing"),
        ("Published on 14 February 2024", "publication"),
        ("Publié le 14 février 2024", "publication"),
        ("Archive compiled 3 August 2024", "publication"),
        ("Page mise à jour le 9 janvier 2022", "publication"),
        ("Feed of the dialogue (captured 6 June 2023)", "publication"),
        ("Processus de Rabat – Annonce du 2 février 2021", "publication"),
        ("Dialogue | Announcement | 11 March 2025", "publication"),
        ("Working draft of May 2020", "publication"),
        ("Note, version of 4 April 2019", "publication"),
        ("Date: 14-15 March 2023", "meeting"),
        ("Press release – Accra, 4 June 2024\n\nThe meeting opens.", "publication"),
        ("Communiqué – Dakar, le 3 mars 2021\n\nLa réunion s'ouvre.", "publication"),
        ("Concept note | Round table | Lomé, May 2019\n\nText.", "publication"),
        ("Thematic meeting – Accra, 4 June 2024\n\nThe meeting opens.", "meeting"),
        ("On 18 December, the International Day of Migrants is marked.", "other"),
        ("The plan covers the period 2021-2025.", "period"),
        ("A new programme (2023 – 2027) was adopted.", "period"),
        ("The workshop took place on 9 May 2019 in Accra.", "meeting"),
        ("Partners met in Dakar in 2019.", "year"),
    ],
)
def test_roles(text: str, role: str) -> None:
    mentions = find_dates(text)
    assert mentions, text
    assert mentions[0].role == role


@pytest.mark.parametrize(
    "text",
    [
        "Members may 16 times a year decide",
        "1,704 followers",
        "Page 1 of 2",
        "Domain 4 (irregular migration)",
        "Room 45 is on floor 3",
        "the 2000s were different",
    ],
)
def test_not_dates(text: str) -> None:
    assert [m for m in find_dates(text) if m.role != "year"] == []


def test_impossible_day_is_not_a_day() -> None:
    assert all(m.first[2] is None for m in find_dates("31 February 2020"))


def test_reversed_range_is_rejected() -> None:
    assert all(m.first <= m.last for m in find_dates("12-9 June 2020"))


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (10, 16, date(2024, 7, 1), 2024),
        (1, 10, date(2023, 12, 20), 2024),
        (12, 20, date(2024, 1, 10), 2023),
        (6, 1, date(2020, 6, 2), 2020),
    ],
)
def test_infer_year(month: int, day: int, reference: date, expected: int) -> None:
    assert infer_year(month, day, reference) == expected


def test_format_and_bounds() -> None:
    assert format_part((2019, 10, 24)) == "2019-10-24"
    assert format_part((2019, 7, None)) == "2019-07"
    assert format_part((2019, None, None)) == "2019"
    assert format_part((None, 7, 1)) is None
    assert last_day("2019-02") == date(2019, 2, 28)
    assert last_day("2020") == date(2020, 12, 31)
    assert first_day("2020-05") == date(2020, 5, 1)


def test_offsets_in_a_sentence() -> None:
    text = "After a pause, experts gathered in Tunis on 5 and 6 October 2021 for two days."
    mention = _only(text)
    assert text[mention.start : mention.end] == "5 and 6 October 2021"


# --- five languages, from data -----------------------------------------------------------


def _find(text: str, relative: bool = False) -> list[DateMention]:
    """The mentions of ``text``, the same with and without the document's word tokens."""
    plain = find_dates(text, relative=relative)
    assert find_dates(text, tokens(text), relative=relative) == plain
    for mention in plain:
        assert text[mention.start : mention.end] == mention.text
    return plain


def _one(text: str, relative: bool = False) -> DateMention:
    found = _find(text, relative)
    assert len(found) == 1, found
    return found[0]


def test_every_language_file_loads_with_its_words() -> None:
    assert [lang.code for lang in languages()] == list(CODES) == ["en", "fr", "es", "it", "pt"]
    for lang in languages():
        assert sorted(set(lang.months.values())) == list(range(1, 13)), lang.code
        assert sorted(set(lang.weekdays.values())) == list(range(7)), lang.code
        assert set(lang.days.values()) >= {-1, 0, 1}, lang.code
        assert set(lang.units.values()) == {"week", "month", "year"}, lang.code


def test_month_abbreviations_avoid_common_words() -> None:
    assert language("en").month_abbreviations["sept"] == 9
    assert language("fr").month_abbreviations["janv"] == 1
    assert language("es").month_abbreviations["jun"] == 6
    assert language("it").month_abbreviations["sett"] == 9
    assert language("pt").month_abbreviations["dez"] == 12
    # English words ("3 years ago", "3 out of 5", "group 3 set the agenda") and the sea
    # ("el mar", "o mar") are no Spanish, Italian or Portuguese month
    for word in ("ago", "set", "out"):
        assert word not in date_words.MONTHS
    assert date_words.MONTH_LANGUAGES["mar"] == {"en"}


def test_month_tables_are_built_from_the_data() -> None:
    for lang in languages():
        for word, number in {**lang.months, **lang.month_abbreviations}.items():
            assert date_words.MONTHS[word] == number
            assert lang.code in date_words.MONTH_LANGUAGES[word]
    assert date_words.MONTH_LANGUAGES["novembre"] == {"fr", "it"}
    assert date_words.MONTH_LANGUAGES["agosto"] == {"es", "it", "pt"}
    assert "juin" in date_words.MONTHS_FR and "june" not in date_words.MONTHS_FR


def test_folded_months_use_the_tokens_folding() -> None:
    assert frozenset(fold(m) for m in date_words.MONTHS) == date_triggers.FOLDED_MONTHS
    # ç, ã, é, û fold as the word tokens do
    assert {"marco", "fevrier", "aout", "decembre"} <= date_triggers.FOLDED_MONTHS
    assert fold("março") == "marco" and fold("amanhã") == "amanha"


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        # Spanish
        ("La reunión se celebró el 12 de junio de 2024 en Madrid.", "12 de junio de 2024",
         (2024, 6, 12), (2024, 6, 12)),
        ("Los expertos se reunieron los días 12 y 13 de junio de 2024.",
         "12 y 13 de junio de 2024", (2024, 6, 12), (2024, 6, 13)),
        ("El taller tendrá lugar del 12 al 14 de junio en Dakar.", "12 al 14 de junio",
         (None, 6, 12), (None, 6, 14)),
        ("La conferencia, del 30 de junio al 2 de julio de 2024, reunió a 40 países.",
         "30 de junio al 2 de julio de 2024", (2024, 6, 30), (2024, 7, 2)),
        ("Se celebraron sesiones los días 4, 5 y 6 de marzo de 2023.", "4, 5 y 6 de marzo de 2023",
         (2023, 3, 4), (2023, 3, 6)),
        ("La cumbre se celebró en junio de 2024.", "junio de 2024", (2024, 6, None),
         (2024, 6, None)),
        ("El programa se ejecutó entre junio y julio de 2024.", "junio y julio de 2024",
         (2024, 6, None), (2024, 7, None)),
        ("El 1º de mayo de 2024 se firmó el acta.", "1º de mayo de 2024", (2024, 5, 1),
         (2024, 5, 1)),
        # Italian
        ("La riunione si è svolta il 12 e 13 giugno 2024 a Roma.", "12 e 13 giugno 2024",
         (2024, 6, 12), (2024, 6, 13)),
        ("Il seminario si terrà dal 12 al 14 giugno 2024 a Palermo.", "12 al 14 giugno 2024",
         (2024, 6, 12), (2024, 6, 14)),
        ("Il vertice, dal 30 giugno al 2 luglio 2024, ha riunito 30 paesi.",
         "30 giugno al 2 luglio 2024", (2024, 6, 30), (2024, 7, 2)),
        ("L'incontro è previsto per giugno 2024.", "giugno 2024", (2024, 6, None),
         (2024, 6, None)),
        ("Il 1° maggio 2024 la sede era chiusa.", "1° maggio 2024", (2024, 5, 1), (2024, 5, 1)),
        # Portuguese
        ("A reunião decorreu a 12 de junho de 2024 na Praia.", "12 de junho de 2024",
         (2024, 6, 12), (2024, 6, 12)),
        ("O seminário realiza-se de 12 a 14 de junho de 2024 em Bissau.",
         "12 a 14 de junho de 2024", (2024, 6, 12), (2024, 6, 14)),
        ("Os peritos reuniram-se nos dias 12 e 13 de junho em Lisboa.", "12 e 13 de junho",
         (None, 6, 12), (None, 6, 13)),
        ("O encontro teve lugar em junho de 2024.", "junho de 2024", (2024, 6, None),
         (2024, 6, None)),
        ("A sessão de 3 de março de 2025 foi adiada.", "3 de março de 2025", (2025, 3, 3),
         (2025, 3, 3)),
        # French and English forms the data tables keep
        ("Les travaux ont eu lieu du 1er au 3 octobre 2018.", "1er au 3 octobre 2018",
         (2018, 10, 1), (2018, 10, 3)),
        ("Réunion les 3 et 4 septembre 2019 à Rabat.", "3 et 4 septembre 2019", (2019, 9, 3),
         (2019, 9, 4)),
        ("Experts met from 3 to 5 Sept. 2019 in Accra.", "3 to 5 Sept. 2019", (2019, 9, 3),
         (2019, 9, 5)),
    ],
)  # fmt: skip
def test_patterns_in_five_languages(text: str, span: str, first: tuple, last: tuple) -> None:
    mention = _one(text)
    assert (mention.text, mention.first, mention.last) == (span, first, last)
    assert (mention.weekday, mention.direction, mention.relative) == (None, 0, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Spanish, Italian or Portuguese connector joins no English or French days
        ("Rooms 3 a 5 June are booked for the delegations.", ["5 June"]),
        ("Tables 3 e 4 June 2024 were set apart.", ["4 June 2024"]),
        ("Between lines 3 y 4 June appears twice.", ["4 June"]),
        ("Les salles 3 a 5 juin sont réservées.", ["5 juin"]),
        ("Il a 3 e 4 mai de retard.", ["4 mai"]),
        # nor days and numbers that are no dates
        ("El equipo ganó 3 a 1 el 5 de marzo de 2024.", ["5 de marzo de 2024"]),
        ("La votación terminó 12 a 3 y la sesión siguió.", []),
        ("Le score était de 3 e 4 sans date.", []),
        ("Tra il punto 3 e 4 del documento non ci sono date.", []),
        ("A equipa perdeu por 2 a 0 no domingo passado.", []),
        # English and French connectors still join the other's months
        ("Les 3 and 4 mai 2024, un atelier.", ["3 and 4 mai 2024"]),
        # "hasta el" and a comma before the connector join the two ends of a range
        (
            "El taller fue desde el 3 hasta el 5 de junio de 2025.",
            ["3 hasta el 5 de junio de 2025"],
        ),
        (
            "Decorreu de terça-feira, 3, a quinta-feira, 5 de junho de 2025.",
            ["terça-feira, 3, a quinta-feira, 5 de junho de 2025"],
        ),
        ("Ganó por 3, y el 5 de junio de 2025 perdió.", ["5 de junio de 2025"]),
        # a list of months is no range; two months alone may be one
        ("Meetings were held in March, April and June 2025.", ["June 2025"]),
        ("Réunions en mars, avril et juin 2025.", ["juin 2025"]),
        ("Meetings took place from April to June 2025.", ["April to June 2025"]),
        # a lower-case English month is a verb
        ("Partners may 16 times a year meet.", []),
        ("The chair may 12 June be replaced.", ["12 June"]),
    ],
)
def test_connectors_do_not_make_false_ranges(text: str, expected: list[str]) -> None:
    assert [m.text for m in _find(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "first", "weekday"),
    [
        ("The forum opened on Wednesday, 9 April 2025 in Rabat.", "Wednesday, 9 April 2025",
         (2025, 4, 9), 2),
        ("Delegates arrive on Wednesday 9 April.", "Wednesday 9 April", (None, 4, 9), 2),
        ("The session of Friday the 11th of April 2025 closed.", "Friday the 11th of April 2025",
         (2025, 4, 11), 4),
        ("The call is on Wednesday, April 9, 2025.", "Wednesday, April 9, 2025", (2025, 4, 9), 2),
        ("La séance plénière aura lieu mercredi 9 avril à Dakar.", "mercredi 9 avril",
         (None, 4, 9), 2),
        ("Le jeudi 27 mars 2025, le Processus a tenu un webinaire.", "jeudi 27 mars 2025",
         (2025, 3, 27), 3),
        ("La reunión será el miércoles 9 de abril en Madrid.", "miércoles 9 de abril",
         (None, 4, 9), 2),
        ("El miércoles, día 9 de abril de 2025, se abrió el taller.",
         "miércoles, día 9 de abril de 2025", (2025, 4, 9), 2),
        ("L'incontro si terrà mercoledì 9 aprile a Roma.", "mercoledì 9 aprile", (None, 4, 9), 2),
        ("Lunedì 13 ottobre 2025 si terrà a Palermo un workshop.", "Lunedì 13 ottobre 2025",
         (2025, 10, 13), 0),
        ("A sessão abre na quarta-feira, 9 de abril, em Praia.", "quarta-feira, 9 de abril",
         (None, 4, 9), 2),
        ("O seminário terá lugar na terça-feira, dia 8 de abril de 2025.",
         "terça-feira, dia 8 de abril de 2025", (2025, 4, 8), 1),
        ("du lundi 9 au mercredi 11 juin 2025 à Abidjan", "lundi 9 au mercredi 11 juin 2025",
         (2025, 6, 9), 0),
    ],
)  # fmt: skip
def test_weekday_before_a_date(text: str, span: str, first: tuple, weekday: int) -> None:
    mention = _one(text)
    assert (mention.text, mention.first, mention.weekday) == (span, first, weekday)
    assert mention.relative is None


def test_weekday_needs_the_date_right_after_it() -> None:
    # the sentence ends between them: the date alone
    assert [(m.text, m.weekday) for m in _find("We met on Wednesday. 9 April was free.")] == [
        ("9 April", None)
    ]
    # without relative mentions, a weekday alone is no mention
    assert _find("The team meets every Wednesday.") == []


@pytest.mark.parametrize(
    ("text", "span", "first", "direction"),
    [
        ("La réunion du 3 mars prochain se tiendra à Rabat.", "3 mars prochain", (None, 3, 3), 1),
        ("Lors de la réunion du 3 mars dernier, les pays ont parlé.", "3 mars dernier",
         (None, 3, 3), -1),
        ("Se reunirán el próximo 3 de marzo en Madrid.", "próximo 3 de marzo", (None, 3, 3), 1),
        ("La reunión del pasado 3 de marzo fue un éxito.", "pasado 3 de marzo", (None, 3, 3), -1),
        ("La reunión del 3 de marzo pasado fue un éxito.", "3 de marzo pasado", (None, 3, 3), -1),
        ("Si riuniranno il prossimo 3 marzo a Roma.", "prossimo 3 marzo", (None, 3, 3), 1),
        ("La riunione dello scorso 3 marzo è stata utile.", "scorso 3 marzo", (None, 3, 3), -1),
        ("La riunione del 3 marzo scorso è stata utile.", "3 marzo scorso", (None, 3, 3), -1),
        ("A reunião terá lugar no próximo dia 3 de março na Praia.", "próximo dia 3 de março",
         (None, 3, 3), 1),
        ("Na reunião do passado dia 3 de março, os peritos falaram.", "passado dia 3 de março",
         (None, 3, 3), -1),
        ("The talks of next Wednesday 9 April will be online.", "next Wednesday 9 April",
         (None, 4, 9), 1),
    ],
)  # fmt: skip
def test_direction_words_qualify_a_date(text: str, span: str, first: tuple, direction: int) -> None:
    mention = _one(text)
    assert (mention.text, mention.first, mention.direction) == (span, first, direction)


@pytest.mark.parametrize(
    "text",
    [
        "La réunion a eu lieu le 3 mars. Prochain rendez-vous en mai.",
        "Le 3 mars 2024 dernier délai pour les inscriptions.",  # a year: no direction
        "The last 12 months saw three meetings.",
        "Over the last 2019 meetings, nothing changed.",
    ],
)
def test_direction_words_that_qualify_no_date(text: str) -> None:
    assert all(m.direction == 0 for m in _find(text))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The workshop is set for the first week of June 2024.", (2024, 6, None),
         (2024, 6, None)),
        ("It will happen in the last week of June 2024 in Accra.", (2024, 6, None),
         (2024, 6, None)),
        ("L'atelier aura lieu la première semaine de juin 2024.", (2024, 6, None),
         (2024, 6, None)),
        ("L'atelier aura lieu la deuxième semaine d'avril 2025.", (2025, 4, None),
         (2025, 4, None)),
        ("El taller será la primera semana de junio de 2024.", (2024, 6, None), (2024, 6, None)),
        ("Il corso si terrà la prima settimana di giugno 2024.", (2024, 6, None),
         (2024, 6, None)),
        ("O curso decorre na primeira semana de junho de 2024.", (2024, 6, None),
         (2024, 6, None)),
    ],
)  # fmt: skip
def test_a_week_of_a_month_is_the_month(text: str, first: tuple, last: tuple) -> None:
    mention = _one(text)
    assert (mention.first, mention.last) == (first, last)
    assert mention.text.split()[1] in ("week", "semaine", "semana", "settimana")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Listing: 12/06/2024, Dakar", (2024, 6, 12)),
        ("Listing: 12.06.2024, Dakar", (2024, 6, 12)),
        ("Listing: 2024-06-12, Dakar", (2024, 6, 12)),
        ("Listing: 2024/06/12, Dakar", (2024, 6, 12)),
        ("Listing: 1/6/2024, Dakar", (2024, 6, 1)),
    ],
)
def test_numeric_dates(text: str, first: tuple) -> None:
    mention = _one(text)
    assert mention.first == mention.last == first


@pytest.mark.parametrize(
    "text",
    [
        "Listing: 31/02/2024, Dakar",
        "Listing: 30.02.2024, Dakar",
        "Listing: 12/13/2024, Dakar",
        "Listing: 2024-02-31, Dakar",
        "Listing: 2024/13/01, Dakar",
        "Listing: 12/06/9999, Dakar",
        "Listing: 12/06/1066, Dakar",
        "Listing: 31 February 2024, Dakar",
        "Listing: 31 de febrero de 2024, Dakar",
        "See https://example.org/news/2024/06/20/meeting for details",
    ],
)
def test_impossible_dates_are_never_stored(text: str) -> None:
    assert all(m.first[2] is None and m.first[1] is None for m in _find(text))
    assert all(m.role == "year" for m in _find(text))


# --- relative mentions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "relative", "direction"),
    [
        # English
        ("The group met last week in Geneva.", "last week", ("week", -1), -1),
        ("The next round is planned next month.", "next month", ("month", 1), 1),
        ("A first meeting took place earlier this year.", "earlier this year", ("year", 0), -1),
        ("A second meeting is planned later this year.", "later this year", ("year", 0), 1),
        ("Ministers met last year in Rabat.", "last year", ("year", -1), -1),
        ("The chair changes this year.", "this year", ("year", 0), 0),
        ("Delegates arrived yesterday.", "yesterday", ("day", -1), 0),
        ("The meeting opens today in Accra.", "today", ("day", 0), 0),
        ("The meeting closes tomorrow.", "tomorrow", ("day", 1), 0),
        # French
        ("Les délégations sont arrivées hier à Dakar.", "hier", ("day", -1), 0),
        ("La réunion s'ouvre aujourd'hui à Rabat.", "aujourd'hui", ("day", 0), 0),
        ("Les travaux reprendront demain.", "demain", ("day", 1), 0),
        ("Les experts se sont réunis la semaine dernière.", "semaine dernière", ("week", -1), -1),
        ("La conférence aura lieu le mois prochain.", "mois prochain", ("month", 1), 1),
        ("Le pays a présidé le dialogue l'an dernier.", "an dernier", ("year", -1), -1),
        ("La réunion de l'année dernière a été utile.", "année dernière", ("year", -1), -1),
        ("Deux ateliers sont prévus cette année.", "cette année", ("year", 0), 0),
        # Spanish
        ("Los expertos llegaron ayer a Madrid.", "ayer", ("day", -1), 0),
        ("La reunión empieza hoy en Málaga.", "hoy", ("day", 0), 0),
        ("El taller termina mañana en Cádiz.", "mañana", ("day", 1), 0),
        ("El diálogo se reunió el año pasado en Rabat.", "año pasado", ("year", -1), -1),
        ("El comité se reunirá la próxima semana.", "próxima semana", ("week", 1), 1),
        # Italian
        ("I delegati sono arrivati ieri a Roma.", "ieri", ("day", -1), 0),
        ("La riunione si apre oggi a Palermo.", "oggi", ("day", 0), 0),
        ("I lavori riprendono domani.", "domani", ("day", 1), 0),
        ("Il vertice si è tenuto l'anno scorso a Roma.", "anno scorso", ("year", -1), -1),
        ("Il dialogo si riunisce quest'anno a Roma.", "quest'anno", ("year", 0), 0),
        # Portuguese
        ("Os peritos chegaram ontem à Praia.", "ontem", ("day", -1), 0),
        ("A reunião começa hoje em Lisboa.", "hoje", ("day", 0), 0),
        ("Os trabalhos terminam amanhã.", "amanhã", ("day", 1), 0),
        ("O diálogo reuniu-se no ano passado em Lisboa.", "ano passado", ("year", -1), -1),
        ("A próxima reunião será o ano que vem.", "ano que vem", ("year", 1), 1),
    ],
)  # fmt: skip
def test_relative_expressions(text: str, span: str, relative: tuple, direction: int) -> None:
    mention = _one(text, relative=True)
    assert (mention.text, mention.relative, mention.direction) == (span, relative, direction)
    assert mention.first == mention.last == (None, None, None)
    assert mention.role == "meeting"
    # only asked for
    assert _find(text) == []


@pytest.mark.parametrize(
    ("text", "span", "first", "direction", "relative"),
    [
        ("The ministers met in April last year.", "April last year", (None, 4, None), 0,
         ("year", -1)),
        ("The ministers met in April of last year.", "April of last year", (None, 4, None), 0,
         ("year", -1)),
        ("La réunion s'est tenue en avril dernier.", "avril dernier", (None, 4, None), -1, None),
        ("La réunion s'est tenue en avril de l'année dernière.", "avril de l'année dernière",
         (None, 4, None), 0, ("year", -1)),
        ("The next summit is planned for next March.", "next March", (None, 3, None), 1, None),
        ("The last review was in last March.", "last March", (None, 3, None), -1, None),
        ("El encuentro fue en abril del año pasado.", "abril del año pasado", (None, 4, None), 0,
         ("year", -1)),
        ("L'incontro è stato ad aprile dell'anno scorso.", "aprile dell'anno scorso",
         (None, 4, None), 0, ("year", -1)),
        ("O encontro foi em abril do ano passado.", "abril do ano passado", (None, 4, None), 0,
         ("year", -1)),
        ("Il vertice è previsto a marzo prossimo.", "marzo prossimo", (None, 3, None), 1, None),
        ("L'atelier aura lieu la première semaine de juin.", "première semaine de juin",
         (None, 6, None), 0, None),
    ],
)  # fmt: skip
def test_months_told_relative_to_the_writing(
    text: str, span: str, first: tuple, direction: int, relative: tuple | None
) -> None:
    mention = _one(text, relative=True)
    assert (mention.text, mention.first, mention.last) == (span, first, first)
    assert (mention.direction, mention.relative) == (direction, relative)
    assert _find(text) == []


def test_a_dated_mention_takes_a_relative_year_always() -> None:
    mention = _one("They met on 3 March last year in Tunis.")
    assert (mention.text, mention.first, mention.relative) == (
        "3 March last year",
        (None, 3, 3),
        ("year", -1),
    )


@pytest.mark.parametrize(
    ("text", "span", "weekday", "relative"),
    [
        ("Ministers met on Wednesday in Rabat.", "Wednesday", 2, ("weekday", 0)),
        ("The chair spoke last Wednesday.", "last Wednesday", 2, ("weekday", -1)),
        ("The report is due next Monday.", "next Monday", 0, ("weekday", 1)),
        ("Les experts se sont réunis mercredi à Dakar.", "mercredi", 2, ("weekday", 0)),
        ("Les experts se sont réunis ce lundi à Dakar.", "ce lundi", 0, ("weekday", 0)),
        ("Les experts se sont réunis lundi dernier à Dakar.", "lundi dernier", 0,
         ("weekday", -1)),
        ("Le comité se réunira vendredi prochain.", "vendredi prochain", 4, ("weekday", 1)),
        ("El comité se reunirá el próximo lunes.", "próximo lunes", 0, ("weekday", 1)),
        ("Il comitato si è riunito lunedì scorso.", "lunedì scorso", 0, ("weekday", -1)),
        ("A comissão reúne-se na próxima segunda-feira.", "próxima segunda-feira", 0,
         ("weekday", 1)),
        ("Domingo, os delegados partiram.", "Domingo", 6, ("weekday", 0)),
    ],
)  # fmt: skip
def test_bare_weekdays(text: str, span: str, weekday: int, relative: tuple) -> None:
    mention = _one(text, relative=True)
    assert (mention.text, mention.weekday, mention.relative) == (span, weekday, relative)
    assert mention.direction == relative[1]


@pytest.mark.parametrize(
    "text",
    [
        "La reunión empezó por la mañana en Madrid.",  # the morning, not tomorrow
        "Cada mañana se abre la sesión.",
        "Il domani dell'Africa si costruisce insieme.",  # the future
        "La delegación visitó Santo Domingo en marzo.",  # a city
        "El ministro Domingo habló.",  # a name
        "Members may meet in may if they wish.",  # "may" is a verb
        "This report covers an important topic.",
        "La semaine a été chargée.",  # a week with no direction
        "The last meeting was productive.",
    ],
)
def test_not_relative_dates(text: str) -> None:
    found = _find(text, relative=True)
    assert all(m.relative is None and m.weekday is None and m.direction == 0 for m in found)


def test_tomorrow_morning_is_tomorrow() -> None:
    mentions = _find("Los expertos se reunirán mañana por la mañana.", relative=True)
    assert [(m.text, m.relative) for m in mentions] == [("mañana por la mañana", ("day", 1))]


def test_this_morning_is_today() -> None:
    mentions = _find("Esta mañana llegaron los delegados.", relative=True)
    assert [(m.text, m.relative) for m in mentions] == [("Esta mañana", ("day", 0))]


# --- resolving relative mentions ---------------------------------------------------------

_REFERENCE = date(2025, 6, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("yesterday", (2025, 6, 17), (2025, 6, 17)),
        ("today", (2025, 6, 18), (2025, 6, 18)),
        ("demain", (2025, 6, 19), (2025, 6, 19)),
        ("pasado mañana", (2025, 6, 20), (2025, 6, 20)),
        ("next month", (2025, 7, None), (2025, 7, None)),
        ("le mois dernier", (2025, 5, None), (2025, 5, None)),
        ("last week", (2025, 6, None), (2025, 6, None)),  # Monday 9 June
        ("la semana próxima", (2025, 6, None), (2025, 6, None)),  # Monday 23 June
        ("last year", (2024, None, None), (2024, None, None)),
        ("earlier this year", (2025, None, None), (2025, None, None)),
        ("in April last year", (2024, 4, None), (2024, 4, None)),
        ("in December next year", (2026, 12, None), (2026, 12, None)),
        ("on Wednesday", (2025, 6, 18), (2025, 6, 18)),
        ("on Monday", (2025, 6, 16), (2025, 6, 16)),
        ("lundi dernier", (2025, 6, 16), (2025, 6, 16)),
        ("mercredi dernier", (2025, 6, 18), (2025, 6, 18)),
        ("next Wednesday", (2025, 6, 25), (2025, 6, 25)),
        ("le 3 mars prochain", (2026, 3, 3), (2026, 3, 3)),
        ("le 18 juin prochain", (2025, 6, 18), (2025, 6, 18)),
        ("el pasado 3 de marzo", (2025, 3, 3), (2025, 3, 3)),
        ("il 20 giugno scorso", (2024, 6, 20), (2024, 6, 20)),
        ("next March", (2026, 3, None), (2026, 3, None)),
        ("next July", (2025, 7, None), (2025, 7, None)),
        ("en avril dernier", (2025, 4, None), (2025, 4, None)),
        ("en juin dernier", (2024, 6, None), (2024, 6, None)),
        ("du 30 décembre au 2 janvier prochain", (2025, 12, 30), (2026, 1, 2)),
        ("Wednesday 9 April", (2025, 4, 9), (2025, 4, 9)),
        ("Thursday 9 April", (2026, 4, 9), (2026, 4, 9)),
    ],
)
def test_resolve_relative(text: str, first: tuple, last: tuple) -> None:
    mention = _one(text, relative=True)
    assert resolve_relative(mention, _REFERENCE) == (first, last)


@pytest.mark.parametrize(
    "text", ["9 April 2025", "Wednesday 9 April 2025", "9 April", "March 2024", "2019"]
)
def test_nothing_to_resolve(text: str) -> None:
    assert resolve_relative(_one(text, relative=True), _REFERENCE) is None


def test_a_weekday_that_fits_no_year_near_resolves_to_nothing() -> None:
    mention = DateMention(0, 5, "x", (None, 2, 29), (None, 2, 29), "meeting", weekday=0)
    # 29 February falls on a Monday in 2016 and 2044, both more than six years away
    assert resolve_relative(mention, date(2030, 1, 1)) is None


@pytest.mark.parametrize(
    ("month", "day", "weekday", "reference", "expected"),
    [
        (4, 9, 2, date(2025, 6, 1), 2025),  # Wednesday 9 April 2025
        (4, 9, 3, date(2025, 6, 1), 2026),  # Thursday 9 April 2026
        (4, 9, 1, date(2025, 6, 1), 2024),  # Tuesday 9 April 2024
        (2, 29, 3, date(2025, 1, 1), 2024),  # Thursday 29 February 2024
        (2, 30, 0, date(2025, 1, 1), None),
        (2, 29, 0, date(2030, 1, 1), None),  # 2016 and 2044 are too far
    ],
)
def test_year_for_weekday(
    month: int, day: int, weekday: int, reference: date, expected: int | None
) -> None:
    assert year_for_weekday(month, day, weekday, reference) == expected


# --- roles in five languages -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The centre was founded in 2001 in Vienna.", "signing"),
        ("Since its creation in 2006, the dialogue has met often.", "signing"),
        ("Depuis sa création en 2006, le dialogue a beaucoup avancé.", "signing"),
        ("The law of 2015 on asylum is still in force.", "signing"),
        ("La loi de 2015 sur l'asile reste en vigueur.", "signing"),
        ("The Immigration Act of 2015 is the reference.", "signing"),
        ("The 2019 law on asylum changed little.", "signing"),
        ("La ley de 2009 regula la migración.", "signing"),
        ("La Declaración firmada el 5 de marzo de 2016 compromete a los países.", "signing"),
        ("The Process was launched in 2006 by the partners.", "signing"),
        ("Publicado el 10 de noviembre de 2025", "publication"),
        ("Pubblicato il 28 marzo 2024", "publication"),
        ("Publicado em 24 de junho de 2024", "publication"),
        ("Comunicado – Lisboa, 18 de outubro de 2024\n\nA reunião terminou.", "publication"),
        ("Comunicato stampa – Roma, 6 ottobre 2025\n\nIl workshop.", "publication"),
        ("Las inscripciones estarán abiertas hasta el 15 de enero de 2027.", "deadline"),
        ("Le iscrizioni chiudono il 15 gennaio 2027.", "deadline"),
        ("O prazo de candidatura termina a 15 de janeiro de 2027.", "deadline"),
        ("Published yesterday on the website.", "publication"),
        # abbreviated months in Spanish, Italian and Portuguese
        ("El taller se celebró el 7 abr. 2025 en Huelva.", "meeting"),
        ("Il seminario si è svolto il 9 giu 2025 a Napoli.", "meeting"),
        ("A oficina realizou-se a 3 fev. 2025 em Braga.", "meeting"),
        # a publication label followed by "del"/"do"/"da": the release's date
        ("Comunicato stampa del 5 maggio 2025\n\nIl workshop si è aperto.", "publication"),
        ("Comunicado de prensa del 5 de mayo de 2025\n\nEl taller.", "publication"),
        ("Comunicado de imprensa do 5 de maio de 2025\n\nA oficina.", "publication"),
        ("La riunione del 5 maggio 2025 si è svolta a Roma.", "meeting"),
        ("A oficina do 5 de maio de 2025 reuniu os parceiros.", "meeting"),
        # "dal … al …" opens a range of days, not a period; "dal 2018" stays a period
        ("La riunione si terrà dal 3 al 5 ottobre 2025 a Roma.", "meeting"),
        ("Il seminario si è svolto dal 30 settembre al 2 ottobre 2025.", "meeting"),
        ("Il programma è attivo dal 2018 in dieci paesi.", "period"),
        ("Il centro lavora dal 3 maggio 2018 con i partner.", "period"),
        ("Activities organised since June 2018 are listed.", "period"),
    ],
)
def test_roles_in_five_languages(text: str, role: str) -> None:
    mentions = _find(text, relative=True)
    assert mentions, text
    assert mentions[0].role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Launched in November 2014 at its first ministerial conference in Rome, the "
         "Process grew.", "meeting"),
        ("The dialogue was launched in July 2006 during the first Euro-African Ministerial "
         "Conference.", "meeting"),
        ("Le Processus, lancé en juillet 2006 lors de la première conférence ministérielle, "
         "a grandi.", "meeting"),
        ("Le Processus a été créé en juillet 2006 à l'occasion de la conférence de Rabat.",
         "meeting"),
        ("El Proceso, lanzado en julio de 2006 durante la primera conferencia ministerial, "
         "creció.", "meeting"),
        # a bare year keeps the role of a meeting's year
        ("Le Processus, lancé en 2006 lors de la première conférence ministérielle, a grandi.",
         "year"),
        # a signature at a conference stays a signature
        ("The declaration was signed in July 2006 at the ministerial conference.", "signing"),
        # a launch at no meeting stays a founding
        ("The Process was launched in November 2014 at the initiative of Italy.", "signing"),
    ],
)  # fmt: skip
def test_a_launch_at_a_meeting_is_the_meeting_date(text: str, role: str) -> None:
    assert _find(text)[0].role == role


@pytest.mark.parametrize(
    ("text", "span", "year"),
    [
        ("The regional seminar is planned in the second half of 2026.",
         "the second half of 2026", 2026),
        ("Partners will meet again in early 2028 in Lomé.", "early 2028", 2028),
        ("A steering meeting is foreseen for mid-2027.", "mid-2027", 2027),
        ("A review session could follow in late 2026.", "late 2026", 2026),
        ("The forum is expected in the third quarter of 2027.",
         "the third quarter of 2027", 2027),
        ("Le séminaire régional se tiendra au premier semestre 2027.",
         "premier semestre 2027", 2027),
        ("Une session de suivi est prévue début 2028 à Dakar.", "début 2028", 2028),
        ("Les partenaires se retrouveront fin 2026.", "fin 2026", 2026),
        ("L'atelier aura lieu au quatrième trimestre 2026.", "quatrième trimestre 2026", 2026),
        ("El seminario se celebrará en el primer semestre de 2027.",
         "primer semestre de 2027", 2027),
        ("La reunión tendrá lugar a mediados de 2027.", "mediados de 2027", 2027),
        ("Il seminario si terrà nella prima metà del 2027.", "prima metà del 2027", 2027),
        ("La riunione è prevista entro la fine del 2027.", "fine del 2027", 2027),
        ("O seminário realiza-se no segundo semestre de 2027.",
         "segundo semestre de 2027", 2027),
        ("A reunião terá lugar em meados de 2028.", "meados de 2028", 2028),
    ],
)  # fmt: skip
def test_a_part_of_a_year_is_a_date_of_that_year(text: str, span: str, year: int) -> None:
    """A vague period within a year is a date at the year's precision, whose role is read
    from the sentence like any date's (a year alone is only a year)."""
    (mention,) = find_dates(text, relative=True)
    assert mention.text == span
    assert (mention.first, mention.last) == ((year, None, None), (year, None, None))
    assert mention.role == "meeting"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The action plan covers 2026-2030.", "period"),  # a programme period
        ("Funding covers half of the 2026 budget.", "year"),  # "half of the" is no part
        ("The network has met twice a year since early 2021.", "period"),
        ("Le réseau se réunit depuis début 2021.", "period"),
        ("Wir treffen uns im Frühjahr 2026 wieder.", "year"),  # not a known language's part
        ("The Dolphin 2026 exercise was cancelled.", "year"),  # "fin" inside a word
    ],
)  # fmt: skip
def test_what_is_no_part_of_a_year(text: str, role: str) -> None:
    (mention,) = find_dates(text, relative=True)
    assert mention.role == role


@pytest.mark.parametrize(
    "text",
    [
        "The first half of the year was busy.",  # no year written: no date
        "Le premier semestre de l'année a été chargé.",
        "A finales del año habrá otra reunión.",
    ],
)
def test_a_part_of_the_year_without_its_number_dates_nothing(text: str) -> None:
    assert find_dates(text, relative=True) == []


def test_a_part_of_a_year_needs_the_reference_mode() -> None:
    """Without ``relative`` (document kinds, the knowledge base) the year stays a year."""
    (mention,) = find_dates("The seminar is planned for early 2027.")
    assert (mention.text, mention.role) == ("2027", "year")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # registration as the meeting's topic: the date stays the meeting's
        ("A workshop on birth registration took place in Dakar on 5 May 2024.", "meeting"),
        ("Workshop on civil registration and vital statistics, Abuja, 12 March 2025", "meeting"),
        ("The registration of refugees, Kampala, 12 March 2025", "meeting"),
        ("Un atelier sur l'enregistrement des naissances s'est tenu à Dakar le 5 mai 2024.",
         "meeting"),
        ("Un taller sobre el registro civil se celebró en Bamako el 5 de mayo de 2024.",
         "meeting"),
        ("Cette réunion s'inscrit dans le projet : Dakar, le 5 mai 2027.", "meeting"),
        ("Training on registration procedures was held in Accra on 3 June 2025.", "meeting"),
        # a word of registration that closes it: a deadline, a held meeting before or not
        ("Registration for the workshop held in Dakar closes on 5 May 2027.", "deadline"),
        ("Online registration closes on 5 May 2027.", "deadline"),
        ("Please register before 5 May 2027.", "deadline"),
        ("Inscriptions ouvertes jusqu'au 5 mai 2027.", "deadline"),
        ("Registration deadline: 5 May 2027", "deadline"),
    ],
)  # fmt: skip
def test_registration_as_a_topic_is_no_deadline(text: str, role: str) -> None:
    assert _only(text).role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Les partenaires sont invités à s'inscrire avant le 21 juin 2027.", "deadline"),
        ("En s'inscrivant avant le 21 juin 2027, les partenaires réservent leur place.",
         "deadline"),
        ("La réunion, qui s'inscrit dans le plan, aura lieu le 21 juin 2027.", "meeting"),
    ],
)  # fmt: skip
def test_s_inscrire_registers_s_inscrire_dans_belongs(text: str, role: str) -> None:
    assert _only(text).role == role


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("El taller se celebró en Dakar el 20 may. 2025.", (2025, 5, 20)),
        ("RABAT, 15 may. 2025 (EFE).- Marruecos acogió una reunión.", (2025, 5, 15)),
    ],
)
def test_the_spanish_abbreviation_of_mayo(text: str, first: tuple) -> None:
    assert _only(text).first == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a year under a blank line heads the next section, not this date
        ("Senior Officials' Meeting, Khartoum, 20 November\n\n2021\nWebinar", (None, 11, 20)),
        ("Workshop, Accra, November\n\n2021", None),
        ("Workshop, Accra, November 20\n\n2021", (None, 11, 20)),
        # one line break, as in a wrapped line, still joins them
        ("The meeting took place on 20 November\n2021 in Accra.", (2021, 11, 20)),
        ("The meeting took place in November\n2021 in Accra.", (2021, 11, None)),
        ("The meeting took place on November 20,\n2021 in Accra.", (2021, 11, 20)),
    ],
)
def test_a_blank_line_ends_a_date(text: str, first: tuple | None) -> None:
    found = [d for d in find_dates(text) if d.first[1] is not None]
    assert [d.first for d in found] == ([first] if first else [])


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a programme part's number opens no range of days
        ("Day 1 – 14 October 2026", (2026, 10, 14), (2026, 10, 14)),
        ("Jour 2 : 15 octobre 2026", (2026, 10, 15), (2026, 10, 15)),
        ("Session 3 - 9 May 2025", (2025, 5, 9), (2025, 5, 9)),
        ("Día 1 – 14 de octubre de 2026", (2026, 10, 14), (2026, 10, 14)),
        # a range of days stays one
        ("on 1 – 14 October 2026", (2026, 10, 1), (2026, 10, 14)),
        ("Meeting 12-14 October 2026", (2026, 10, 12), (2026, 10, 14)),
        # a comma between the month and its year
        ("in October, 2019", (2019, 10, None), (2019, 10, None)),
        ("en septembre, 2024", (2024, 9, None), (2024, 9, None)),
    ],
)
def test_numbered_parts_and_a_comma_before_the_year(text: str, first: tuple, last: tuple) -> None:
    [mention] = find_dates(text)
    assert (mention.first, mention.last) == (first, last)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a day named for something else than a meeting
        ("The dialogue's 20th anniversary falls on 10 July 2026.", "other"),
        ("International Day of Migrants: 18 December 2025", "other"),
        ("Le 18 décembre 2025, Journée internationale des migrants, sera célébré partout.",
         "other"),
        ("He was born on 3 May 1970 in Dakar.", "other"),
        # a meeting held to mark it, or on its day, is dated by it
        ("The Process held a ministerial conference in Rabat on 10 July 2026 to mark its 20th "
         "anniversary.", "meeting"),
        ("Le 18 décembre 2025, à l'occasion de la Journée internationale des migrants, le "
         "Processus a tenu un atelier.", "meeting"),
        ("It held a thematic meeting in Nairobi on 4 June 2025, on the anniversary of the "
         "Valletta Summit.", "meeting"),
        ("El 18 de diciembre de 2025, con motivo del Día Internacional del Migrante, se "
         "celebró un taller.", "meeting"),
    ],
)  # fmt: skip
def test_a_day_named_for_something_else(text: str, role: str) -> None:
    found = find_dates(text)
    assert found
    assert found[0].role == role


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a season before its year dates to the year
        ("in spring 2024", 2024),
        ("in the autumn of 2027", 2027),
        ("au printemps 2024", 2024),
        ("à l'automne 2025", 2025),
        ("en la primavera de 2024", 2024),
        ("nell'autunno 2024", 2024),
        ("no outono de 2024", 2024),
    ],
)
def test_a_season_dates_to_its_year(text: str, year: int) -> None:
    [mention] = find_dates(text, relative=True)
    assert (mention.first, mention.last) == ((year, None, None), (year, None, None))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # moved from one date to another: the new date, not a range
        ("The thematic meeting in Dakar has been postponed from March to June 2027.",
         "2027-06", "2027-06"),
        ("La réunion thématique à Dakar a été reportée de mars à juin 2027.",
         "2027-06", "2027-06"),
        ("The SOM in Dakar was brought forward from 20 June to 6 June 2027.",
         "2027-06-06", "2027-06-06"),
        # the first date told as replaced, the new one as the one that holds
        ("The thematic meeting in Dakar, initially scheduled for March 2027, will now take "
         "place in June 2027.", "2027-06", "2027-06"),
        ("La réunion à Dakar, initialement prévue les 5 et 6 mai 2027, se tiendra finalement "
         "les 9 et 10 juin 2027.", "2027-06-09", "2027-06-10"),
        ("La reunión en Dakar, prevista inicialmente para el 5 de mayo de 2027, se celebrará "
         "el 9 de junio.", "2027-06-09", "2027-06-09"),
        # a range of days with no move stays one
        ("The thematic meeting in Dakar ran from 3 to 5 June 2027.", "2027-06-03", "2027-06-05"),
    ],
)  # fmt: skip
def test_a_meeting_moved_takes_its_new_date(text: str, start: str, end: str) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert (record.start, record.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a lower-case "may" between a day and a year is the month (an agency's Spanish dateline)
        ("Madrid, 20 may 2026 (EFE).- El Proceso de Rabat celebró un taller.", (2026, 5, 20)),
        ("on 20 may 2026 in Dakar", (2026, 5, 20)),
    ],
)
def test_lower_case_may_between_a_day_and_a_year(text: str, first: tuple) -> None:
    found = find_dates(text)
    assert [d.first for d in found][:1] == [first]


@pytest.mark.parametrize(
    ("text", "months"),
    [("Members may 16 times a year decide.", []), ("They may 2026 see.", [None])],
)
def test_lower_case_may_without_a_day_and_a_year_is_a_verb(text: str, months: list) -> None:
    assert [d.first[1] for d in find_dates(text)] == months
