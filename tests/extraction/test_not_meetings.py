"""Pages about what a dialogue does in general, and dates of things that are no meetings,
make no record; the meetings beside them keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text

READ_ON = date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        # a bare plural tells what a dialogue does, not a meeting; a secretariat's seat is
        # no venue
        "The dialogue is guided by a Steering Committee of 13 countries. The Secretariat is "
        "based in Brussels.",
        "Il Processo di Khartoum organizza riunioni tematiche. Il segretariato ha sede a Roma.",
        "Le Processus organise des ateliers de formation. Le secrétariat est basé à Dakar.",
        "Tasks: prepare workshops with partner countries in Brussels.",
        # a verb wished for before the plural, not told as held
        "Partners would like to see thematic meetings in Brussels.",
        "Partners would have held workshops in Brussels.",
        # the dates of interviews, of a tender's opening, of an inauguration
        "Vacancy: Project Officer. Tasks: prepare workshops with partner countries.\n"
        "Interviews will take place in Brussels in February 2025.",
        "Les entretiens auront lieu à Bruxelles en mars 2025 (conférences téléphoniques).",
        "La seduta pubblica di apertura delle offerte avrà luogo il 2 luglio 2025 a Roma.",
        "Le centre de formation a été inauguré à Niamey le 20 janvier 2022.",
    ],
)
def test_no_meeting_is_told(text: str) -> None:
    assert extract_text(text, "page.txt", READ_ON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # given meetings, plural with their article or number, or singular
        ("The workshops took place in Dakar and Accra.", [("workshop", "Dakar")]),
        ("Its thematic meetings were held in Rabat.", [("thematic_meeting", "Rabat")]),
        ("La Réunion des hauts fonctionnaires se tiendra à Rabat.",
         [("senior_officials_meeting", "Rabat")]),
        # a dated plural is given meetings, and so is one told as held or to be held
        ("Thematic meetings were held in Rabat in May 2025.", [("thematic_meeting", "Rabat")]),
        ("Des ateliers se sont tenus à Dakar.", [("workshop", "Dakar")]),
        ("Le Processus a tenu des ateliers à Dakar.", [("workshop", "Dakar")]),
        ("Thematic meetings will take place in Rabat.", [("thematic_meeting", "Rabat")]),
        # a plural after a verb in the simple past, listed with each meeting's own date
        ("The Rabat Process held ministerial conferences in Paris (2008), Dakar (2011) and "
         "Rome (2014).", [("ministerial_conference", "Paris"), ("ministerial_conference", "Dakar"),
                          ("ministerial_conference", "Rome")]),
        ("En 2022, el Proceso de Rabat celebró reuniones temáticas en Madrid (abril) y en "
         "Sevilla (septiembre).",
         [("thematic_meeting", "Madrid"), ("thematic_meeting", "Seville")]),
        ("Nel 2022 il Processo di Rabat ha tenuto riunioni tematiche a Roma (aprile) e a Napoli "
         "(settembre).", [("thematic_meeting", "Rome"), ("thematic_meeting", "Naples")]),
        ("Em 2022, o Processo de Rabat realizou reuniões temáticas em Lisboa (abril) e em Faro "
         "(setembro).", [("thematic_meeting", "Lisbon"), ("thematic_meeting", "Faro")]),
        # a meeting held where an office is located keeps its venue
        ("The workshop took place in Accra, where the ECOWAS office is located.",
         [("workshop", "Accra")]),
    ],
)  # fmt: skip
def test_given_meetings_stay(text: str, expected: list) -> None:
    assert [(r.kind, r.city) for r in extract_text(text, "page.txt", READ_ON)] == expected


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a count registered since or in a year is no registration deadline
        ("The thematic meeting took place in Conakry on 4 June 2024. Guinea has registered "
         "more than 20,000 returns since 2017.", None),
        ("La réunion thématique s'est tenue à Conakry le 4 juin 2024. La Guinée a enregistré "
         "plus de 20 000 retours en 2023.", None),
        ("La reunión temática se celebró en Conakry el 4 de junio de 2024. Guinea registró más "
         "de 20.000 retornos en 2023.", None),
        # registration by a day is one
        ("The thematic meeting will take place in Conakry on 4 June 2026. Please register by "
         "20 May 2026.", "2026-05-20"),
        ("La réunion aura lieu à Conakry le 4 juin 2026. Inscriptions avant le 20 mai 2026.",
         "2026-05-20"),
    ],
)  # fmt: skip
def test_registered_counts_are_no_deadline(text: str, deadline: str | None) -> None:
    [record] = extract_text(text, "page.txt", READ_ON)
    assert record.registration_deadline == deadline


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a year in brackets after the meeting's place dates it
        ("The Rabat Process held a ministerial conference in Paris (2008).", "2008"),
        ("Le Processus a organisé un atelier à Saly (2019).", "2019"),
        # not a year in brackets after something else
        ("The Rabat Process held a ministerial conference in Paris (see report 2008).", None),
    ],
)
def test_a_year_in_brackets_after_the_place(text: str, start: str | None) -> None:
    [record] = extract_text(text, "page.txt", READ_ON)
    assert record.start == start


@pytest.mark.parametrize(
    "text",
    [
        # a meeting a dialogue holds every year, on a page that reports none
        "The Process organises every year a Senior Officials' Meeting in Rabat.",
        "Le Processus organise chaque année une réunion des hauts fonctionnaires à Vienne.",
        "El Proceso celebra cada año una reunión de altos funcionarios en Madrid.",
        "Il Processo organizza ogni anno una riunione tematica a Roma.",
        # the day a post starts is no meeting's
        "Offre d'emploi – Assistant\nLieu : Vienne (Autriche)\nPrise de poste : 1er février "
        "2026\nLe poste appuie la réunion des hauts fonctionnaires.",
        "Vacancy – Project Officer\nEntry on duty: 1 February 2026, Vienna\nThe officer "
        "supports the Senior Officials' Meeting.",
    ],
)
def test_a_yearly_meeting_and_a_post_s_start_make_no_record(text: str) -> None:
    assert extract_text(text, "page.txt", READ_ON) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # dated, the meeting of one year stays
        ("The Process organises every year a Senior Officials' Meeting. This year's Senior "
         "Officials' Meeting took place in Rabat on 3 May 2025.", "2025-05-03"),
        ("Chaque année, le Processus organise une réunion. La réunion des hauts fonctionnaires "
         "s'est tenue à Vienne le 3 mai 2025.", "2025-05-03"),
    ],
)  # fmt: skip
def test_the_meeting_of_one_year_stays(text: str, start: str) -> None:
    assert [r.start for r in extract_text(text, "page.txt", READ_ON)] == [start]


@pytest.mark.parametrize(
    "text",
    [
        # a call for tenders: its publication and opening dates, and the meetings it serves
        "Call for tenders: conference services\n\nICMPD invites offers for conference "
        "services for meetings of the Prague Process in 2026.\nPublication of the call: 3 "
        "November 2025\nOpening of tenders: 3 December 2025, Vienna",
        # figures counted between two months, and a meeting to come without date or place
        "Data brief – Eastern Sudan\n\nBetween January and June 2025, 5,300 migrants were "
        "registered in Kassala, Sudan. This brief will be discussed by the Steering Committee "
        "at its next meeting.",
    ],
)
def test_tenders_and_data_briefs_make_no_record(text: str) -> None:
    assert extract_text(text, "page.txt", READ_ON) == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # an undated meeting keeps a city of its own sentence, or of a heading naming it
        ("The Steering Committee will meet in Kassala. Figures were registered in Gedaref.",
         "Kassala"),
        ("Thematic meeting of the Rabat Process\n\nThe thematic meeting took place in Rabat.",
         "Rabat"),
    ],
)  # fmt: skip
def test_an_undated_meeting_keeps_its_own_city(text: str, city: str) -> None:
    assert [r.city for r in extract_text(text, "page.txt", READ_ON)] == [city]
