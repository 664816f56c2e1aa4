"""Datelines and sign-offs are page furniture: their city is no venue, their date no meeting
date, their initials no dialogue; a dateline without year takes the one its weekday gives."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.document import analyse
from processus.extraction.furniture import dateline_day, datelines, sign_offs


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("ACCRA, 4 June (GNA) - The regional workshop on return opened on Monday.",
         "ACCRA, 4 June (GNA) -"),
        ("LOMÉ, May 12 (Reuters) – Ministers from twelve states agreed on a plan.",
         "LOMÉ, May 12 (Reuters) –"),
        ("Bamako — Le Mali accueille depuis lundi une réunion régionale sur la traite.",
         "Bamako —"),
        ("Conakry, 3 mars (AGP)- La réunion des experts s'est ouverte ce matin à Kindia.",
         "Conakry, 3 mars (AGP)-"),
        # a Spanish agency's full stop before the dash, with an abbreviated month
        ("Sevilla, 7 jun 2025 (EFE).- Los ministros abrieron ayer la reunión sobre retorno.",
         "Sevilla, 7 jun 2025 (EFE).-"),
        ("Napoli, 9 sett. 2025 (ANSA). - Il seminario sul rimpatrio si è aperto ieri.",
         "Napoli, 9 sett. 2025 (ANSA). -"),
        # a full stop and a dash in a title, with no agency, is no dateline
        ("Reunión de Sevilla.- balance de los trabajos sobre el retorno y la reintegración",
         None),
        # headings and titles are not datelines
        ("Lisbon, Portugal – 15-16 May 2024\nThe meeting gathers partners.", None),
        ("Rabat Process – News", None),
        ("Dakar - the city hosted the workshop on labour migration last year.", None),
        ("Press release – Abuja, 10 May 2025\nThe meeting took place.", None),
        # a ministry's press release: a full date, then ".-" or a short dash and a sentence
        ("Sevilla, 14 de octubre de 2025.- El Ministerio acogió ayer la reunión sobre retorno.",
         "Sevilla, 14 de octubre de 2025.-"),
        ("Napoli, 5 novembre 2025 - Si è svolta ieri a Bari la riunione sul rimpatrio.",
         "Napoli, 5 novembre 2025 -"),
        ("Lyon, le 3 mars 2026 - Le ministère a accueilli hier la réunion sur le retour.",
         "Lyon, le 3 mars 2026 -"),
        ("Chicago, October 14, 2025 - The ministers met in Boston on Monday to talk about return.",
         "Chicago, October 14, 2025 -"),
        # the same shapes heading a calendar entry: a title, not a sentence; a range of days;
        # a word that is no month
        ("Sevilla, 14 de octubre de 2025.- Reunión temática sobre retorno y reintegración",
         None),
        ("Rabat, 12 June 2025 - Thematic meeting on labour migration and mobility in Africa\n"
         "The meeting gathers experts.", None),
        ("Chicago, October 14, 2025 - Ministerial conference on labour migration and return",
         None),
        ("Dakar, 3-4 May 2025 - The workshop gathered experts of twelve partner countries.",
         None),
        ("Accra, 12 Workshops 2025 - The partners reviewed the work of the year on return.",
         None),
        # a ministry's full stop after the full date, then a sentence
        ("Napoli, 4 luglio 2025. La riunione si terrà a Bari il 15 settembre 2025.",
         "Napoli, 4 luglio 2025."),
        ("Lyon, le 4 juillet 2025. La réunion se tiendra à Nantes le 15 septembre.",
         "Lyon, le 4 juillet 2025."),
        ("Chicago, 4 July 2025. The meeting will be held in Boston on 15 September.",
         "Chicago, 4 July 2025."),
        # ... not after a date without its year, a place, or before a name that is no sentence
        ("Chicago, 4 July. The meeting will be held in Boston on 15 September this year.", None),
        ("Chicago, Illinois. The meeting will be held in Boston on 15 September 2025.", None),
        ("Rabat, 12 June 2025. Thematic meeting on labour migration and mobility in Africa",
         None),
        ("Rabat, 12 June 2025. Meeting in Fes.", None),
        # abbreviations that are words elsewhere, read in a dateline only
        ("Porto, 14 out 2025 (Lusa) - Braga acolhe hoje a reunião temática sobre migração.",
         "Porto, 14 out 2025 (Lusa) -"),
        # an agency in brackets before the place
        ("(ANSA) - ISTANBUL, 18 MAR - Si è tenuta a Smirne, dal 16 al 17 marzo, la riunione.",
         "(ANSA) - ISTANBUL, 18 MAR -"),
        ("(EFE) – Sevilla, 7 jun 2025 (EFE).- Los ministros abrieron ayer la reunión en Huelva.",
         "(EFE) – Sevilla, 7 jun 2025 (EFE).-"),
        # an agency's dateline whose story starts on the next line
        ("MADRID, 12 Nov. (EUROPA PRESS) -\nEl secretario de Estado inauguró este miércoles "
         "la reunión del Proceso de Rabat.", "MADRID, 12 Nov. (EUROPA PRESS) -"),
        # ... not a heading with a dash at its end and no agency
        ("MADRID, 12 Nov. -\nEl secretario de Estado inauguró este miércoles la reunión del "
         "Proceso de Rabat.", None),
        # a dialogue named after a city heads a page: no dateline
        ("Khartoum Process – expert meeting on smuggling investigations held in Madrid", None),
        ("Rabat Process — thematic meeting on labour migration held in Dakar last May", None),
        ("Khartoum — Le Soudan a accueilli la réunion des hauts fonctionnaires du Processus.",
         "Khartoum —"),
        # a bracket that names no agency: a caption, not a dateline
        ("(Photo) - ISTANBUL, 18 MAR - Si è tenuta a Smirne, dal 16 al 17 marzo, la riunione.",
         None),
    ],
)  # fmt: skip
def test_datelines(text: str, dateline: str | None) -> None:
    found = [text[s:e] for s, e in datelines(text)]
    assert found == ([dateline] if dateline else [])


def test_dateline_city_is_not_the_venue_and_its_date_not_the_meeting_date() -> None:
    text = (
        "ACCRA, 4 June 2025 (GNA) - A thematic meeting of the Rabat Process opened in "
        "Kumasi on 3 June 2025, hosted by Ghana.\n"
    )
    [record] = extract_text(text, source="story.txt")
    assert (record.city, record.start) == ("Kumasi", "2025-06-03")


def test_without_a_venue_of_its_own_the_meeting_has_none() -> None:
    text = (
        "ACCRA, 4 June 2025 (GNA) - A thematic meeting of the Rabat Process on labour "
        "migration closed on 3 June 2025 with twelve recommendations.\n"
    )
    [record] = extract_text(text, source="story.txt")
    assert (record.city, record.start) == (None, "2025-06-03")


@pytest.mark.parametrize(
    ("text", "sign_off"),
    [
        ("… et ont adopté une feuille de route. KD/SB/APS/AVRIL 2023", "KD/SB/APS/AVRIL 2023"),
        ("The ministers agreed on next steps.\nA B C/D E F\nMore news", "A B C/D E F"),
        ("The talks closed on Friday. (GNA)\nJK/FO", "JK/FO"),
        # slashes inside running text, a web address, a pair of bodies: no sign-off
        ("The EU/AU summit opened in Brussels.", None),
        ("Read more at www.example.org/AB/CD", None),
        ("Report by IOM/UNHCR\nfollows below", None),
    ],
)  # fmt: skip
def test_sign_offs(text: str, sign_off: str | None) -> None:
    found = [text[s:e] for s, e in sign_offs(text)]
    assert found == ([sign_off] if sign_off else [])


def test_a_sign_off_is_no_dialogue_and_its_date_no_meeting_date() -> None:
    # "MIDSA" is a dialogue's acronym; in a sign-off it is an editor's initials
    text = (
        "A regional meeting on labour migration took place in Kumasi on 5 May 2023, "
        "hosted by Ghana.\nMIDSA/KO/GNA/JUIN 2023\n"
    )
    [record] = extract_text(text, source="story.txt")
    assert (record.start, record.city, record.dialogues) == ("2023-05-05", "Kumasi", [])


@pytest.mark.parametrize(
    ("text", "start", "city"),
    [
        # 9 April fell on a Wednesday in 2025, the last such year up to the reference date
        ("LOMÉ, April 9 (GNA) - The regional meeting of the Rabat Process on return "
         "closed on Wednesday in Kara.", "2025-04-09", "Kara"),
        ("Conakry, 16 Mars (AGP)- La réunion régionale du Processus de Rabat ouverte ce "
         "vendredi à Kankan a pris fin.", "2018-03-16", "Kankan"),
        # no weekday: the dateline's year stays unknown, and so does the meeting's date
        ("LOMÉ, April 9 (GNA) - The regional meeting of the Rabat Process on return "
         "closed in Kara.", None, "Kara"),
    ],
)  # fmt: skip
def test_a_dateline_without_year_takes_the_year_its_weekday_gives(text, start, city) -> None:
    records = extract_text(text, source="story.txt", reference_date=date(2026, 11, 23))
    # one record, dated by the dateline's day when a weekday gives its year; the dateline's
    # city is no venue
    assert [(r.start, r.city) for r in records] == [(start, city)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Sevilla, 7 jun 2025 (EFE).- Los delegados del Proceso de Rabat se reunieron ayer "
         "en Huelva en un taller sobre migración laboral.", "2025-06-06"),
        ("Oporto, 7 dez. 2025 (Lusa).- Os delegados do Processo de Rabat reuniram-se ontem "
         "em Braga numa reunião técnica sobre migração laboral.", "2025-12-06"),
    ],
)  # fmt: skip
def test_an_agency_dateline_with_a_full_stop_dates_the_story(text: str, start: str) -> None:
    [record] = extract_text(text, source="story.txt", reference_date=date(2026, 11, 23))
    assert record.start == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sevilla, 14 de octubre de 2025.- El Ministerio del Interior acogió los días 12 y 13 "
         "de octubre en Tánger una reunión temática del Proceso de Rabat sobre retorno.",
         ("2025-10-12", "2025-10-13", "Tangier")),
        ("Napoli, 5 novembre 2025 - Si è svolta ieri a Kumasi la riunione del Comitato "
         "direttivo del Processo di Khartoum.", ("2025-11-04", "2025-11-04", "Kumasi")),
        ("Lyon, le 3 mars 2026 - Le ministère de l'Intérieur a accueilli hier à Thiès la "
         "réunion thématique du Processus de Rabat sur le retour.",
         ("2026-03-02", "2026-03-02", "Thiès")),
        ("Chicago, October 14, 2025 - The Rabat Process held a thematic meeting on return in "
         "Kumasi on Monday, hosted by Ghana.", ("2025-10-13", "2025-10-13", "Kumasi")),
        # 18 March fell on a Wednesday in 2026
        ("(ANSA) - NAPOLI, 18 MAR - Si è conclusa mercoledì a Kumasi la riunione del Comitato "
         "direttivo del Processo di Khartoum.", ("2026-03-18", "2026-03-18", "Kumasi")),
        ("Napoli, 4 luglio 2025. La riunione del Comitato direttivo del Processo di Khartoum "
         "si terrà a Kumasi il 15 e 16 settembre.", ("2025-09-15", "2025-09-16", "Kumasi")),
        ("Lyon, le 4 juillet 2025. La réunion thématique du Processus de Rabat se tiendra à "
         "Thiès le 15 septembre.", ("2025-09-15", "2025-09-15", "Thiès")),
        # an agency's month abbreviation that is an everyday word elsewhere ("out", "set")
        ("Porto, 14 out 2025 (Lusa) - Decorre hoje e amanhã em Kumasi a reunião temática do "
         "Processo de Rabat sobre migração laboral.", ("2025-10-14", "2025-10-15", "Kumasi")),
        ("Napoli, 12 set 2025 - Si apre oggi a Kumasi la riunione tecnica del Processo di "
         "Khartoum sul rimpatrio.", ("2025-09-12", "2025-09-12", "Kumasi")),
        # a calendar entry's title line keeps its date and city
        ("Rabat, 12 June 2025 - Thematic meeting on labour migration and mobility in Kumasi\n"
         "The meeting gathers experts of the partner countries.",
         ("2025-06-12", "2025-06-12", "Rabat")),
    ],
)  # fmt: skip
def test_a_press_release_dateline_is_the_filing_not_the_meeting(text: str, expected) -> None:
    [record] = extract_text(text, source="release.txt", reference_date=date(2026, 11, 23))
    assert (record.start, record.end, record.city) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "City, date" line under the headline, with prose that tells its own venue or
        # date: the page's dateline, in five languages
        ("Rabat Process: workshop in Accra\nGeneva, 12 June 2025\nLast week, the workshop "
         "of the Rabat Process took place in Accra under the chairmanship of Ghana.",
         [("2025-06", "Accra")]),
        ("Processus de Rabat : atelier à Lomé\nParis, le 12 juin 2025\nLa semaine dernière, "
         "l'atelier du Processus de Rabat s'est tenu à Lomé sous la présidence du Togo.",
         [("2025-06", "Lomé")]),
        ("Proceso de Rabat: taller en Accra\nSevilla, 12 de junio de 2025\nLa semana pasada, "
         "el taller del Proceso de Rabat se celebró en Accra bajo la presidencia de Ghana.",
         [("2025-06", "Accra")]),
        ("Lisbon, 9 March 2026 – ICMPD\n\nThe Rabat Process held a workshop on return in "
         "Banjul on 2 March 2026, hosted by the Gambia.", [("2026-03-02", "Banjul")]),
        # a calendar entry's "City, date" line, with a description that tells nothing of its
        # own, or a range of days, stays the entry's heading
        ("Workshop on return\nDakar, 3 May 2025\nThe workshop gathers experts of the "
         "partner countries to discuss the reintegration of returnees.",
         [("2025-05-03", "Dakar")]),
        ("Workshop on return\nDakar, 3-4 May 2025\nThe workshop gathered experts in Thiès "
         "last month to discuss the reintegration of returnees.", [("2025-05-03", "Dakar")]),
    ],
)  # fmt: skip
def test_a_place_and_date_line_under_the_headline(text: str, expected: list) -> None:
    records = extract_text(text, source="page.txt", reference_date=date(2026, 11, 23))
    assert [(r.start, r.city) for r in records] == expected


def test_a_dateline_year_is_never_before_a_year_the_text_writes() -> None:
    # 16 March fell on a Friday in 2018, but the text writes 2019: no year fits
    text = (
        "Conakry, 16 Mars (AGP)- La réunion régionale du Processus de Rabat ouverte ce "
        "vendredi à Kindia fait suite à celle de mai 2019.\n"
    )
    records = extract_text(text, source="story.txt", reference_date=date(2020, 12, 1))
    assert "2018-03-16" not in [r.start for r in records]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a date alone on a short line under the headline: the page's date
        ("Regional meeting on return\n4 May 2023\nThe partners met in Dakar.", "publication"),
        # a date inside a first paragraph of prose: a meeting's date
        ("Regional meeting on return\nAt the invitation of Senegal, the ministers of the "
         "interior of eleven countries of the region and their partners from three regional "
         "organisations gathered on 4 May 2023 and adopted a road map on return.", "meeting"),
    ],
)  # fmt: skip
def test_a_page_date_stands_on_a_short_line(text: str, role: str) -> None:
    doc = analyse(text, None, date(2026, 11, 23))
    assert [(d.text, d.role) for d in doc.dates] == [("4 May 2023", role)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Porto, 14 out 2025 (Lusa) - Braga acolhe hoje a reunião temática sobre migração.",
         (2025, 10, 14)),
        ("Sevilla, 3 ago 2025 (EFE).- Los ministros abrieron ayer la reunión sobre retorno.",
         (2025, 8, 3)),
        # no year after it: the day and month, the year left to the reference date
        ("Porto, 14 out (Lusa) - Braga acolhe hoje a reunião temática sobre migração e retorno.",
         (None, 10, 14)),
        # a word that is no month
        ("Porto, 14 fim 2025 (Lusa) - Braga acolhe hoje a reunião temática sobre migração.",
         None),
        ("Porto, 14 outros (Lusa) - Braga acolhe hoje a reunião temática sobre migração.",
         None),
    ],
)  # fmt: skip
def test_the_filing_day_of_an_agency_abbreviation(text: str, day: tuple | None) -> None:
    spans = datelines(text)
    found = dateline_day(text, spans[0]) if spans else None
    assert (found[2] if found else None) == day


_STORY = (
    "The thematic meeting on diaspora engagement gathered 80 participants in Thiès on "
    "12 and 13 May. Senegal hosted the event.\nThe next meeting will be announced soon.\n"
)
_HISTOIRE = (
    "La réunion thématique sur la diaspora a réuni 80 participants à Thiès les 12 et 13 "
    "mai. Le Sénégal a accueilli l'événement.\nLa prochaine réunion sera annoncée.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's closing "City, day (AGENCY)." line says where and when it was filed:
        # the meeting keeps its own days and venue, in the year of the filing
        (_STORY + "Dakar, 14 May 2026 (APS).", [("2026-05-12", "2026-05-13", "Thiès")]),
        (_STORY + "Dakar, 14 May 2025", [("2025-05-12", "2025-05-13", "Thiès")]),
        (_HISTOIRE + "Dakar, le 14 mai 2025 (APS)", [("2025-05-12", "2025-05-13", "Thiès")]),
        # a calendar's last entry: its date line stands under its title, not under prose
        ("Workshop on return.\nThe workshop brings together the partners to review the "
         "reintegration of returnees and the work plan of the dialogue.\n"
         "Workshop on diaspora engagement\nDakar, 14 May 2025",
         [("2025-05-14", "2025-05-14", "Dakar")]),
        # too little prose above for a story: a short notice's own place and day
        ("Steering Committee meeting.\nDakar, 14 May 2025",
         [("2025-05-14", "2025-05-14", "Dakar")]),
    ],
)  # fmt: skip
def test_a_place_and_date_line_that_ends_the_story(text: str, expected: list) -> None:
    records = extract_text(text, source="page.txt", reference_date=date(2026, 11, 23))
    assert [(r.start, r.end, r.city) for r in records] == expected


_ONLINE = "The Rabat Process held an online consultation with civil society on 3 March 2026.\n\n"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a site's own lines say where the site is, not where the meeting was
        (_ONLINE + "© 2026 Rabat Process Secretariat – ICMPD, Vienna, Austria", None),
        (_ONLINE + "Copyright ICMPD, Vienna\n", None),
        (_ONLINE + "Rabat Process Secretariat\nRue Belliard 159, 1040 Brussels, Belgium\n", None),
        (_ONLINE + "ICMPD\nGonzagagasse 1, 1010 Vienna\n", None),
        (_ONLINE + "Posted by the Secretariat | Category: News | Tags: Dakar, return\n", None),
        (_ONLINE + "Étiquettes : Dakar, retour\n", None),
        (_ONLINE + "Contact the Secretariat\nICMPD Brussels Mission\nTel. +32 2 233 74 60\n", None),
        (_ONLINE + "Contact: Jane Doe, ICMPD Dakar office\n", None),
        # the meeting's own place in prose stays its venue
        ("The Rabat Process held a regional consultation in Dakar on 3 March 2026.\n\n"
         "© 2026 Rabat Process Secretariat – ICMPD, Vienna, Austria", "Dakar"),
        # a number and a city in a sentence are no postal address
        ("The Rabat Process held a regional consultation on 3 March 2026, 2026 participants "
         "in Dakar joined.\n", "Dakar"),
    ],
)  # fmt: skip
def test_a_sites_own_lines_name_no_venue(text: str, city: str | None) -> None:
    [record] = extract_text(text, source="page.txt", reference_date=date(2026, 11, 23))
    assert record.city == city


def test_an_agency_dateline_above_a_blank_line_and_its_story() -> None:
    text = (
        "MADRID, 20 Mar. (EUROPA PRESS) -\n\nEl Proceso de Rabat celebró el pasado 14 de marzo "
        "en Madrid una reunión técnica sobre migración laboral."
    )
    records = extract_text(text, source="wire.txt", reference_date=date(2026, 11, 23))
    assert [(r.kind, r.start) for r in records] == [("technical_meeting", "2026-03-14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline under a site's name, its breadcrumbs and a headline
        ("Swiss State Secretariat for Migration\nHome > News > Press releases\n\n"
         "Budapest Process: meeting on labour migration\n\nBern, 30 September 2025 – A "
         "thematic meeting of the Budapest Process took place in Geneva on 25 and 26 "
         "September 2025.", [("Geneva", "2025-09-25")]),
        ("Processus de Khartoum\nAccueil > Actualités\nRéunion thématique sur la traite\n\n"
         "Bruxelles, le 21 octobre 2025 – Une réunion thématique du Processus de Khartoum "
         "s'est tenue à Kampala le 20 octobre 2025.", [("Kampala", "2025-10-20")]),
        # a share line between a page's "City, date" line and its story
        ("Madrid, 22 de octubre de 2025\n\nCompartir: Facebook · X · LinkedIn\n\nLa "
         "conferencia ministerial del Proceso de Rabat se celebró los días 20 y 21 de octubre "
         "en Estambul.", [("Istanbul", "2025-10-20")]),
    ],
)  # fmt: skip
def test_a_dateline_under_a_page_s_header_lines(text: str, expected: list) -> None:
    records = extract_text(text, "page.txt", date(2026, 11, 23))
    assert [(r.city, r.start) for r in records] == expected


def _records(text: str) -> list[tuple]:
    return [(r.title, r.start, r.city) for r in extract_text(text, "x", date(2026, 11, 23))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting's name, its place and day, then prose that recalls an earlier meeting:
        # the line dates the headline's meeting, not the page
        ("Workshop on return\nAccra, 5 May 2027\nIt will build on the results of the workshop "
         "held in Dakar in March 2025.",
         [("Workshop on return", "2027-05-05", "Accra"),
          ("Workshop, Dakar, March 2025", "2025-03", "Dakar")]),
        ("Réunion thématique sur le retour\nAccra, 5 mai 2027\nElle s'appuiera sur les "
         "résultats de la réunion thématique tenue à Dakar en mars 2025.",
         [("Réunion thématique sur le retour", "2027-05-05", "Accra"),
          ("Thematic meeting, Dakar, March 2025", "2025-03", "Dakar")]),
        ("Workshop on return\n5 May 2027\nIt will build on the results of the workshop held in "
         "Dakar in March 2025.",
         [("Workshop on return", "2027-05-05", None),
          ("Workshop, Dakar, March 2025", "2025-03", "Dakar")]),
        # a meeting's name and its day, and nothing else dated
        ("Thematic Meeting on Labour Migration, Skills Mobility and Talent Partnerships\n"
         "8-9 December 2026",
         [("Thematic Meeting on Labour Migration, Skills Mobility and Talent Partnerships",
           "2026-12-08", None)]),
    ],
)  # fmt: skip
def test_a_line_under_a_meeting_s_name_dates_it_when_the_prose_only_recalls(
    text: str, expected: list[tuple]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the prose tells the meeting of the page within days of the line: the line is the
        # page's date
        ("Rabat Process workshop in Dakar\nDakar, 14 June 2025\nThe Rabat Process partners "
         "held a workshop in Dakar on 3 June 2025 on return.",
         [("Workshop, Dakar, June 2025", "2025-06-03", "Dakar")]),
        ("Dakar workshop revitalises the cooperation of the Rabat Process partners\n\n"
         "4 July 2024\n\nOn 27 June 2024 the partners held a workshop in Dakar.",
         [("Workshop, Dakar, June 2024", "2024-06-27", "Dakar")]),
    ],
)  # fmt: skip
def test_a_line_under_a_headline_stays_the_page_s_date_when_the_prose_dates_its_meeting(
    text: str, expected: list[tuple]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline with a numeric date: its city and day are the filing's
        ("Rabat, 05/06/2026 (MAP) - Le Maroc a pris part à Asmara à la réunion des hauts "
         "fonctionnaires du Processus de Khartoum, tenue les 3 et 4 juin.",
         [("Senior Officials' Meeting, Asmara, June 2026", "2026-06-03", "Asmara")]),
        ("ACCRA, 12/03/2026 (GNA) - Ghana took part in a Rabat Process workshop held on "
         "10-11 March in Banjul.", [("Workshop, Banjul, March 2026", "2026-03-10", "Banjul")]),
        ("Nouakchott, 2026-03-12 (AMI) - La Mauritanie a pris part à un atelier du Processus "
         "de Rabat tenu les 10 et 11 mars à Banjul.",
         [("Workshop, Banjul, March 2026", "2026-03-10", "Banjul")]),
        # the story's closing "City, date (AGENCY)." line under one sentence of prose
        ("The Rabat Process thematic meeting took place in Conakry on 3-4 June 2026.\n"
         "Dakar, 14 June 2026 (APS).",
         [("Thematic meeting, Conakry, June 2026", "2026-06-03", "Conakry")]),
        # a calendar's last entry under its title stays that entry's
        ("Thematic meeting on return\nDakar, 14 June 2026",
         [("Thematic meeting on return", "2026-06-14", "Dakar")]),
    ],
)  # fmt: skip
def test_numeric_datelines_and_closing_lines_are_furniture(text: str, expected: list) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # lines of a dateline's shape one after the other are a list's entries
        ("HIGHLIGHTS\nNairobi, 3 February 2026 – Kenya hosted the Steering Committee of the "
         "Khartoum Process in a session on returns.\nKampala, 17-18 March 2026 – A thematic "
         "meeting of the Khartoum Process gathered partners on smuggling.",
         ["Nairobi", "Kampala"]),
        # one such line above its story is the story's dateline
        ("DAKAR, 3 May 2026 (APS) – The Rabat Process partners met on Tuesday in Accra to "
         "discuss returns and reintegration.", ["Accra"]),
    ],
)  # fmt: skip
def test_a_list_of_dateline_shaped_entries_is_no_dateline(text: str, cities: list[str]) -> None:
    assert [c for _t, _s, c in _records(text)] == cities
