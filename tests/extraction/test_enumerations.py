"""Several meetings of one kind listed in one sentence, each with its place and date."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

REFERENCE = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month in brackets after each place, the year elsewhere in the sentence
        ("In 2024 the Rabat Process held its SOMs in Niamey (April) and Madrid (November), "
         "hosted by Niger and Spain respectively.",
         [("senior_officials_meeting", "2024-04", "Niamey", ("Niger",)),
          ("senior_officials_meeting", "2024-11", "Madrid", ("Spain",))]),
        # the plural of a committee's meetings, written in lower case
        ("In 2022 the Rabat Process held steering committees in Brussels (February) and "
         "Madrid (September).",
         [("steering_committee", "2022-02", "Brussels", ()),
          ("steering_committee", "2022-09", "Madrid", ())]),
        # a parallel list of as many months as places
        ("ICMPD will hold workshops in Rabat, Accra and Kampala in February, May and "
         "October 2024 on border management.",
         [("workshop", "2024-02", "Rabat", ()), ("workshop", "2024-05", "Accra", ()),
          ("workshop", "2024-10", "Kampala", ())]),
        ("Des ateliers auront lieu à Dakar, Bamako et Niamey en janvier, mars et mai 2024.",
         [("workshop", "2024-01", "Dakar", ()), ("workshop", "2024-03", "Bamako", ()),
          ("workshop", "2024-05", "Niamey", ())]),
        # a full date in brackets after each place (French)
        ("Les réunions thématiques de Dakar (le 6 février 2024) et de Lomé (le 9 juillet "
         "2024) ont porté sur la migration de travail.",
         [("thematic_meeting", "2024-02-06", "Dakar", ()),
          ("thematic_meeting", "2024-07-09", "Lomé", ())]),
        # Spanish months in brackets
        ("Los talleres técnicos de Rabat (marzo) y Madrid (junio) de 2024 reunieron a "
         "expertos del Proceso de Rabat.",
         [("workshop", "2024-03", "Rabat", ()), ("workshop", "2024-06", "Madrid", ())]),
        # Italian and Portuguese months in brackets
        ("I seminari di Rabat (marzo) e Madrid (giugno) 2024 hanno riunito gli esperti del "
         "Processo di Rabat.",
         [("workshop", "2024-03", "Rabat", ()), ("workshop", "2024-06", "Madrid", ())]),
        ("As reuniões técnicas de Dakar (março) e Lisboa (junho) de 2024 reuniram peritos do "
         "Processo de Rabat.",
         [("technical_meeting", "2024-03", "Dakar", ()),
          ("technical_meeting", "2024-06", "Lisbon", ())]),
        # "on DATE" after each place
        ("Workshops of the Khartoum Process were held in Kampala on 5 March 2024 and in "
         "Nairobi on 14 June 2024.",
         [("workshop", "2024-03-05", "Kampala", ()), ("workshop", "2024-06-14", "Nairobi", ())]),
    ],
)  # fmt: skip
def test_one_record_per_listed_place(
    text: str, expected: list[tuple[str, str, str, tuple[str, ...]]]
) -> None:
    records = extract_text(text, reference_date=REFERENCE)
    found = sorted((r.kind, r.start, r.city, tuple(r.hosts)) for r in records)
    assert found == sorted(expected)


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # one meeting in a place and online
        ("A Rabat Process workshop will be held in Dakar and online on 4 March 2024.", ["Dakar"]),
        ("Il seminario si è svolto a Dakar e online il 4 marzo 2024.", ["Dakar"]),
        # a country in brackets is not a date
        ("The Steering Committee met in Brussels (Belgium) on 12 March 2024.", ["Brussels"]),
        # a journey is no list
        ("The workshop of 5 May 2024 moved from Dakar to Lisbon.", ["Dakar"]),
        # a range of months for one place
        ("Workshops will be held in Dakar in May and June 2024.", ["Dakar"]),
        # two places and two months, but a singular noun: one meeting
        ("The workshop in Dakar and Bamako in May and June 2024 was cancelled.", ["Dakar"]),
    ],
)
def test_one_meeting_is_not_listed(text: str, cities: list[str]) -> None:
    records = extract_text(text, reference_date=REFERENCE)
    assert [r.city for r in records] == cities


def test_roles_without_respectively_go_to_the_host_country() -> None:
    text = (
        "The thematic meetings in Dakar (March) and Bamako (June) 2024 were hosted by "
        "Senegal, and organised by ICMPD."
    )
    records = extract_text(text, reference_date=REFERENCE)
    by_city = {r.city: (r.hosts, r.organisers) for r in records}
    assert by_city == {"Dakar": (["Senegal"], ["ICMPD"]), "Bamako": ([], ["ICMPD"])}


def test_unsure_roles_go_to_none() -> None:
    text = (
        "The thematic meetings in Dakar (March) and Bamako (June) 2024 were chaired by "
        "Morocco and Spain."
    )
    records = extract_text(text, reference_date=REFERENCE)
    assert sorted((r.city, tuple(r.chairs)) for r in records) == [("Bamako", ()), ("Dakar", ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month after each place, "in", "en", "em", "a"
        ("The Rabat Process held Senior Officials' Meetings in Dakar in May 2025 and in "
         "Lisbon in October 2025.",
         [("2025-05", "Dakar"), ("2025-10", "Lisbon")]),
        ("Les hauts fonctionnaires se sont réunis à Dakar en mai 2025 et à Lisbonne en "
         "octobre 2025.",
         [("2025-05", "Dakar"), ("2025-10", "Lisbon")]),
        ("El Comité Directivo se reunió en Madrid en enero de 2026 y en Rabat en mayo de 2026.",
         [("2026-01", "Madrid"), ("2026-05", "Rabat")]),
        ("Il Comitato direttivo si è riunito a Roma a gennaio 2026 e a Nairobi a maggio 2026.",
         [("2026-01", "Rome"), ("2026-05", "Nairobi")]),
        ("O Comité de Direção reuniu-se em Lisboa em janeiro de 2026 e em Dakar em maio de "
         "2026.",
         [("2026-01", "Lisbon"), ("2026-05", "Dakar")]),
        # a day after "a", "les", "del"
        ("O Comité de Direção reuniu-se em Lisboa a 12 de janeiro de 2026 e em Dakar a 18 de "
         "maio de 2026.",
         [("2026-01-12", "Lisbon"), ("2026-05-18", "Dakar")]),
        ("Le Processus de Rabat a tenu des réunions thématiques à Dakar les 4 et 5 mars 2026 "
         "et à Abidjan les 10 et 11 juin 2026.",
         [("2026-03-04", "Dakar"), ("2026-06-10", "Abidjan")]),
        ("El Proceso de Rabat celebró talleres en Dakar del 3 al 5 de marzo de 2026 y en "
         "Rabat del 9 al 10 de junio de 2026.",
         [("2026-03-03", "Dakar"), ("2026-06-09", "Rabat")]),
        # a word of sequence between the places
        ("Le Comité de pilotage s'est réuni à Paris le 15 janvier 2026 puis à Rabat le "
         "20 avril 2026.",
         [("2026-01-15", "Paris"), ("2026-04-20", "Rabat")]),
        ("The steering committee met in Brussels on 3 March 2026 and again in Rabat on "
         "9 June 2026.",
         [("2026-03-03", "Brussels"), ("2026-06-09", "Rabat")]),
        ("Il Comitato direttivo si è riunito a Roma il 12 gennaio 2026 e poi a Nairobi il "
         "20 maggio 2026.",
         [("2026-01-12", "Rome"), ("2026-05-20", "Nairobi")]),
        ("El Comité Directivo se reunió en Madrid el 12 de enero de 2026 y luego en Rabat el "
         "20 de mayo de 2026.",
         [("2026-01-12", "Madrid"), ("2026-05-20", "Rabat")]),
        ("O Comité de Direção reuniu-se em Lisboa a 12 de janeiro de 2026 e depois em Dakar "
         "a 18 de maio de 2026.",
         [("2026-01-12", "Lisbon"), ("2026-05-18", "Dakar")]),
        # one meeting: a month for one place only, a range of months, a second place
        # without a date of its own
        ("The SOM in Dakar in May 2025 and Lisbon discussed return.", [("2025-05", "Dakar")]),
        ("The SOM was held in Dakar in May and June 2025.", [("2025-05", "Dakar")]),
        ("A workshop was held in Dakar on 3 May 2026 and in Bamako.", [("2026-05-03", "Dakar")]),
        ("Le Comité de pilotage s'est réuni à Paris le 15 janvier 2026 puis à Rabat.",
         [("2026-01-15", "Paris")]),
    ],
)  # fmt: skip
def test_each_place_with_its_own_month_or_day(text: str, expected: list[tuple[str, str]]) -> None:
    records = extract_text(text, reference_date=REFERENCE)
    assert [(r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun after the list is another meeting: the listed ones keep the plural noun
        ("The SOMs in Niamey (May 2024) and Madrid (October 2024) prepared the ministerial "
         "conference.",
         [("senior_officials_meeting", "2024-05", "Niamey"),
          ("senior_officials_meeting", "2024-10", "Madrid")]),
        ("Les réunions des hauts fonctionnaires de Niamey (mai 2024) et de Madrid (octobre "
         "2024) ont préparé la conférence ministérielle.",
         [("senior_officials_meeting", "2024-05", "Niamey"),
          ("senior_officials_meeting", "2024-10", "Madrid")]),
    ],
)  # fmt: skip
def test_a_list_cut_by_its_second_date_stays_one_list(text: str, expected: list) -> None:
    records = extract_text(text, "x", REFERENCE)
    assert [(r.kind, r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year alone after each place, in brackets or after "in"
        ("Previous Senior Officials' Meetings took place in Abuja (2023), Accra (2024) and "
         "Porto (2025).",
         [("2023", "Abuja"), ("2024", "Accra"), ("2025", "Porto")]),
        ("Les réunions des hauts fonctionnaires se sont tenues à Abuja (2023), Accra (2024) "
         "et Porto (2025).",
         [("2023", "Abuja"), ("2024", "Accra"), ("2025", "Porto")]),
        ("Ministerial meetings were held in Dakar in 2012, in Abuja in 2016 and in Praia in "
         "2019.", [("2012", "Dakar"), ("2016", "Abuja"), ("2019", "Praia")]),
        # a place without its year leaves the list unread: one meeting, undated
        ("Previous Senior Officials' Meetings took place in Abuja (2023), Accra and Porto.",
         [(None, "Abuja")]),
    ],
)  # fmt: skip
def test_each_place_with_its_own_year(text: str, expected: list) -> None:
    records = extract_text(text, reference_date=REFERENCE)
    assert [(r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timeline's lines open on their year: each dates the meeting its line names
        ("Ministerial conferences\n2006 – Rabat: first Euro-African Ministerial Conference\n"
         "2008 – Paris: second Euro-African Ministerial Conference\n",
         [("ministerial_conference", "2006", "Rabat"),
          ("ministerial_conference", "2008", "Paris")]),
        ("Historique\n2006 : Rabat – première conférence ministérielle euro-africaine\n"
         "2008 : Paris – deuxième conférence ministérielle euro-africaine\n",
         [("ministerial_conference", "2006", "Rabat"),
          ("ministerial_conference", "2008", "Paris")]),
        # a year inside a line's sentence is no timeline's
        ("The first Euro-African Ministerial Conference took place in Rabat. In 2006 – as "
         "agreed – it adopted a plan.\n", [("ministerial_conference", None, "Rabat")]),
    ],
)  # fmt: skip
def test_a_timeline_of_years(text: str, expected: list) -> None:
    records = extract_text(text, reference_date=REFERENCE)
    assert [(r.kind, r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural noun before a run of cities that share one date: one meeting per city
        ("In 2024, the Rabat Process held three workshops, in Accra, Abuja and Dakar.",
         [("Accra", "2024"), ("Abuja", "2024"), ("Dakar", "2024")]),
        ("En 2024, le MIDWA a organisé trois ateliers nationaux, à Accra, à Abuja et à Dakar.",
         [("Accra", "2024"), ("Abuja", "2024"), ("Dakar", "2024")]),
        # as many months as places but not after them ("from … to"): the range is shared,
        # not one month each
        ("Workshops in Dakar and Bamako ran from May to June 2024.",
         [("Dakar", "2024-05"), ("Bamako", "2024-05")]),
        # a singular noun, or cities that are not the meeting's venue, list nothing
        ("The workshop in Accra on 3 May 2025 gathered experts from Abuja and Dakar.",
         [("Accra", "2025-05-03")]),
        ("Workshops were held in Accra on 3 May 2025 with experts from Abuja and Dakar.",
         [("Accra", "2025-05-03")]),
    ],
)  # fmt: skip
def test_meetings_sharing_one_date(text: str, expected: list) -> None:
    records = extract_text(text, reference_date=REFERENCE)
    assert [(r.city, r.start) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places, each with its year, after the page's own dated meeting
        ("The Ministers met in Cádiz on 13-14 December 2022. Previous ministerial conferences "
         "were held in Rabat (2006), Paris (2008) and Dakar (2011).",
         [("2022-12-13", "Cádiz"), ("2006", "Rabat"), ("2008", "Paris"), ("2011", "Dakar")]),
        ("Les ministres se sont réunis à Cadix les 13 et 14 décembre 2022. Les précédentes "
         "conférences ministérielles ont eu lieu à Rabat (2006), Paris (2008) et Dakar (2011).",
         [("2022-12-13", "Cádiz"), ("2006", "Rabat"), ("2008", "Paris"), ("2011", "Dakar")]),
        ("The Rabat Process SOM took place in Abuja on 3 May 2026. Previous Senior Officials' "
         "Meetings took place in Dakar (2024) and Madrid (2025).",
         [("2026-05-03", "Abuja"), ("2024", "Dakar"), ("2025", "Madrid")]),
        # a year for the first place only dates the one meeting there
        ("The Rabat Process SOM took place in Abuja on 3 May 2026. Workshops were held in "
         "Dakar (2024), Accra and Lomé.", [("2026-05-03", "Abuja")]),
    ],
)  # fmt: skip
def test_a_list_of_places_with_years_beside_a_dated_meeting(text: str, expected: list) -> None:
    records = extract_text(text, "x", REFERENCE)
    assert [(r.start, r.city) for r in records][: len(expected) + 1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series of meetings, each with its own kind, place and day
        ("The Process organised a thematic meeting in Nairobi on 2 March 2023, a Senior "
         "Officials' Meeting in Rome on 4 October 2023 and a workshop in Kampala on 6 November "
         "2023.",
         [("thematic_meeting", "Nairobi", "2023-03-02"),
          ("senior_officials_meeting", "Rome", "2023-10-04"),
          ("workshop", "Kampala", "2023-11-06")]),
        ("Le Processus a organisé une réunion thématique à Nairobi le 2 mars 2023, une réunion "
         "des hauts fonctionnaires à Rome le 4 octobre 2023 et un atelier à Kampala le 6 "
         "novembre 2023.",
         [("thematic_meeting", "Nairobi", "2023-03-02"),
          ("senior_officials_meeting", "Rome", "2023-10-04"),
          ("workshop", "Kampala", "2023-11-06")]),
        # a comma before an article that names no new meeting cuts nothing
        ("The thematic meeting took place in Nairobi on 2 March 2023, a date chosen by Kenya, "
         "and closed on 3 March 2023.", [("thematic_meeting", "Nairobi", "2023-03-02")]),
    ],
)  # fmt: skip
def test_a_series_of_meetings_in_one_sentence(text: str, expected: list) -> None:
    records = extract_text(text, "x", REFERENCE)
    assert [(r.kind, r.city, r.start) for r in records] == expected
