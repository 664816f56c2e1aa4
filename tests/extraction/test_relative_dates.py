"""Dates told relative to the time of writing count from the document's own date."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.dates import find_dates

READ_ON = date(2026, 11, 23)  # the day the pages were read: never what "next month" counts from


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a dateline's date
        ("DAKAR, 12 March 2025 (APS) – Delegations of the Rabat Process met on Monday and "
         "Tuesday in Dakar to take stock of reintegration.", "2025-03-10", "2025-03-11"),
        ("NIAMEY, 7 mai 2024 (ANP) – Les délégations du Processus de Rabat se sont retrouvées "
         "lundi à Niamey pour une réunion sur le retour.", "2024-05-06", "2024-05-06"),
        # a byline under the headline
        ("Ghana to host workshop of the Rabat Process\n\nDaily Graphic, Monday 2 June 2025\n\n"
         "The workshop on labour migration will open in Accra on Wednesday, 4 June.",
         "2025-06-04", "2025-06-04"),
        # a publication line, then "next month" and "le 3 mars prochain"
        ("Published on 10 January 2025\n\nThe Rabat Process will hold a thematic meeting in "
         "Lomé next month.", "2025-02", "2025-02"),
        ("Publié le 10 janvier 2025\n\nLa réunion thématique du Processus de Rabat se tiendra "
         "à Lomé le 3 mars prochain.", "2025-03-03", "2025-03-03"),
        ("Published on 10 January 2025\n\nThe Rabat Process Steering Committee met in Lisbon "
         "in April last year.", "2024-04", "2024-04"),
    ],
)  # fmt: skip
def test_relative_dates_count_from_the_documents_date(text: str, start: str, end: str) -> None:
    records = extract_text(text, "x", READ_ON)
    assert [(r.start, r.end) for r in records][:1] == [(start, end)]


def test_without_a_date_of_its_own_a_relative_date_dates_nothing() -> None:
    text = "The Rabat Process will hold a thematic meeting in Lomé next month."
    [record] = extract_text(text, "x", READ_ON)
    assert (record.start, record.city) == (None, "Lomé")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date alone under a headline is the page's date, not the meeting's
        ("Dakar workshop revitalises the cooperation of the Rabat Process partners\n\n"
         "4 July 2024\n\nOn 27 June 2024 the partners held a workshop in Dakar.", "2024-06-27"),
        # a calendar entry's date under its title is the meeting's
        ("Steering Committee (Dakar)\n\n3 June 2025\n\nSenior Officials' Meeting (Dakar)\n\n"
         "4 June 2025\n", "2025-06-03"),
        # a date right above an entry's title is that entry's, not the page's
        ("Events\n\n6 May 2026\nTraining on asylum procedures (Tunis)\n\n"
         "8 July 2026\nSteering Committee (Rabat)\n", "2026-05-06"),
        # a labelled date is the meeting's
        ("Regional training of the Khartoum Process\n\nDate: 8-10 December 2026\n"
         "Venue: Nairobi, Kenya", "2026-12-08"),
    ],
)  # fmt: skip
def test_a_date_line_of_the_header(text: str, start: str) -> None:
    records = extract_text(text, "x", READ_ON)
    assert records[0].start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the start of a period and an agent's endorsement date no meeting
        ("The Rabat Process reviewed the activities organised since December 2018. Its "
         "thematic meeting will meet in Accra on 17-18 May 2022.", "2022-05-17"),
        ("The compact was endorsed by the United Nations General Assembly in December 2018. "
         "The Rabat Process workshop will take place in Dakar on 3 May 2022.", "2022-05-03"),
        # a date after "at the meeting" stays the meeting's
        ("The plan was adopted by the ministers at the Rabat Process conference in Rabat in "
         "May 2018.", "2018-05"),
    ],
)  # fmt: skip
def test_dates_that_are_not_meeting_dates(text: str, start: str) -> None:
    records = extract_text(text, "x", READ_ON)
    assert [r.start for r in records] == [start]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("held in Brussels at the beginning of May.", (None, 5, None)),
        ("à la fin du mois de juin", (None, 6, None)),
        ("in mid-June", (None, 6, None)),
        ("au mois de juillet", (None, 7, None)),
        ("a finales de mayo", (None, 5, None)),
        ("no início de março", (None, 3, None)),
        ("all'inizio di marzo", (None, 3, None)),
        ("A marzo, la riunione tecnica si è svolta ad Accra.", (None, 3, None)),
        ("si è svolta a maggio 2025", (2025, 5, None)),
        ("quatre tables rondes ont eu lieu à Bruxelles en avril", (None, 4, None)),
        ("in late October 2020", (2020, 10, None)),
    ],
)  # fmt: skip
def test_a_part_of_a_month(text: str, first: tuple[int | None, int | None, int | None]) -> None:
    [mention] = find_dates(text, relative=True)
    assert mention.first == first


@pytest.mark.parametrize(
    "text",
    [
        "the end of the meeting",
        "in the middle of the road",
        "in Mayotte",
        "early on",
        "a Marsiglia",
    ],
)
def test_not_a_part_of_a_month(text: str) -> None:
    assert find_dates(text, relative=True) == []


def test_a_month_without_its_year_takes_the_year_of_the_page() -> None:
    text = (
        "Four round tables of the Rabat Process were organised in Brussels in April 2017. The "
        "outcomes were presented at the Rabat Process Senior Officials' Meeting held in "
        "Brussels at the beginning of May."
    )
    records = extract_text(text, "x", READ_ON)
    assert sorted((r.kind, r.start) for r in records) == [
        ("other", "2017-04"),
        ("senior_officials_meeting", "2017-05"),
    ]


def test_the_same_meeting_told_again_is_no_new_record() -> None:
    text = (
        "Egypt to host the ministerial meeting of the Khartoum Process\n\n"
        "Ahram Online, Tuesday 8 Apr 2025\n\n"
        "The Second Ministerial Meeting of the Khartoum Process will open in Cairo on "
        "Wednesday, 9 April. According to a statement on Tuesday, the conference seeks to "
        "assess progress."
    )
    [record] = extract_text(text, "x", READ_ON)
    assert (record.kind, record.start, record.city) == (
        "ministerial_conference", "2025-04-09", "Cairo"
    )  # fmt: skip


def test_a_month_alone_does_not_outrank_a_written_date_as_the_main_meeting() -> None:
    text = (
        "A workshop of the Rabat Process will take place in Paris in October. The Senior "
        "Officials' Meeting of the Rabat Process will take place in Dakar on 16 September 2020."
    )
    main = extract_text(text, "x", READ_ON)[0]
    assert (main.kind, main.start) == ("senior_officials_meeting", "2020-09-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year or a month told relative to the page dates less than the days beside it
        ("Published on 10 November 2026\nThis year the thematic meeting on return took "
         "place in Kampala on 3 and 4 November 2026.", [("2026-11-03", "Kampala")]),
        ("Publié le 10 novembre 2026\nCe mois-ci, l'atelier sur le retour s'est tenu à "
         "Kampala les 3 et 4 novembre 2026.", [("2026-11-03", "Kampala")]),
        # the meeting of last year, told before this year's, keeps its own year
        ("Published on 10 November 2026\nLast year's Senior Officials' Meeting in Asmara "
         "agreed on a work plan. This year the thematic meeting on return took place in "
         "Kampala on 3 and 4 November 2026.",
         [("2026-11-03", "Kampala"), ("2025", "Asmara")]),
        # alone in its sentence, "this year" still dates the meeting
        ("Published on 10 November 2026\nThis year the thematic meeting on return took "
         "place in Kampala.", [("2026", "Kampala")]),
    ],
)  # fmt: skip
def test_a_relative_year_or_month_does_not_outrank_the_days(text: str, expected: list) -> None:
    assert [(r.start, r.city) for r in extract_text(text, "x", READ_ON)] == expected


def test_plural_direction_words() -> None:
    [mention] = find_dates("se tiendra à Accra les 22 et 23 avril prochains.", relative=True)
    assert (mention.first, mention.direction) == ((None, 4, 22), 1)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("12/02/2019 - 13/02/2019 | Ouagadougou", (2019, 2, 12), (2019, 2, 13)),
        ("du 03/10/2024 au 05/10/2024 à Praia", (2024, 10, 3), (2024, 10, 5)),
        ("2024-06-12 – 2024-06-14, Dakar", (2024, 6, 12), (2024, 6, 14)),
    ],
)  # fmt: skip
def test_two_written_days_as_one_range(
    text: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    [mention] = find_dates(text, relative=True)
    assert (mention.first, mention.last) == (first, last)


def test_two_days_far_apart_stay_two_dates() -> None:
    found = find_dates("12/02/2019 - 13/05/2019", relative=True)
    assert [d.first for d in found] == [(2019, 2, 12), (2019, 5, 13)]


def test_two_weekdays_as_one_range_counted_from_the_dateline() -> None:
    text = (
        "ANKARA, 7 November 2024 – Senior officials of the Budapest Process met on Tuesday "
        "and Wednesday in Ankara to review their cooperation."
    )
    [record] = extract_text(text, "x", READ_ON)
    assert (record.start, record.end) == ("2024-11-05", "2024-11-06")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ACCRA, 5 February 2025 - Experts of the Rabat Process met yesterday and today in "
         "Kumasi for a workshop on return.", "2025-02-04", "2025-02-05"),
        ("LOMÉ, 12 mars 2025 - Les experts du Processus de Rabat se sont réunis hier et "
         "aujourd'hui à Kara pour un atelier sur le retour.", "2025-03-11", "2025-03-12"),
        ("Sevilla, 20 de mayo de 2025.- Los expertos del Proceso de Rabat se reúnen hoy y "
         "mañana en Huelva en un taller sobre retorno.", "2025-05-20", "2025-05-21"),
        ("Napoli, 4 luglio 2025 - Gli esperti del Processo di Khartoum si sono riuniti ieri e "
         "oggi a Bari per un seminario sul rimpatrio.", "2025-07-03", "2025-07-04"),
        ("Porto, 7 de abril de 2025 - Os peritos do Processo de Rabat reuniram-se ontem e hoje "
         "em Braga num seminário sobre o regresso.", "2025-04-06", "2025-04-07"),
        # two days that do not follow each other stay two dates: the first is the meeting's
        ("ACCRA, 5 February 2025 - Experts of the Rabat Process met yesterday in Kumasi for a "
         "workshop on return, and the report was adopted tomorrow.", "2025-02-04",
         "2025-02-04"),
        ("ACCRA, 5 February 2025 - Experts of the Rabat Process met today in Kumasi for a "
         "workshop on return.", "2025-02-05", "2025-02-05"),
    ],
)  # fmt: skip
def test_two_day_words_in_a_row_as_one_range(text: str, start: str, end: str) -> None:
    [record] = extract_text(text, "x", READ_ON)
    assert (record.start, record.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("met yesterday and today", [(-1, 0)]),
        ("se reúnen hoy y mañana", [(0, 1)]),
        # not consecutive, or the later first: two mentions
        ("met yesterday and tomorrow", [(-1, None), (1, None)]),
        ("today and yesterday", [(0, None), (-1, None)]),
    ],
)  # fmt: skip
def test_consecutive_day_words_join(text: str, offsets: list) -> None:
    found = find_dates(text, relative=True)
    assert [(m.relative[1] if m.relative else None, m.day_last) for m in found] == offsets


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a post's event line under a calendar emoji dates its meeting, not the page
        ("Today the #KhartoumProcess Senior Officials' Meeting opens in #Nairobi\n"
         "📅 12 March 2025\nDelegations are discussing the next action plan.", "2025-03-12"),
        ("Aujourd'hui s'ouvre à #Dakar la réunion thématique du #ProcessusDeRabat.\n"
         "🗓️ 20 mars 2025", "2025-03-20"),
        # the same line without its emoji is the page's date, from which "today" counts
        ("Rabat Process\n12 March 2025\nToday the Senior Officials' Meeting opens in Nairobi.",
         "2025-03-12"),
        # "happening now" is today, counted from the page's date
        ("Khartoum Process · 9 October 2025\nHappening now in #Kampala: the thematic meeting "
         "on trafficking gathers experts.", "2025-10-09"),
        # "en ce moment" is "at present" as often as "right now": a written date keeps the lead
        ("Publié le 4 mars 2025\nEn ce moment, le Processus de Rabat prépare la conférence "
         "ministérielle prévue à Rabat en octobre 2025.", "2025-10"),
    ],
)  # fmt: skip
def test_a_posts_event_line_and_happening_now(text: str, start: str) -> None:
    [record] = extract_text(text, "post.txt", READ_ON)
    assert record.start == start


def test_happening_now_without_a_page_date_dates_nothing() -> None:
    [record] = extract_text(
        "Happening now in Kampala: the thematic meeting on trafficking.", "post.txt", READ_ON
    )
    assert record.start is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a meeting under way since a day began that day
        ("Published Wed 9 April 2025\nA Rabat Process training on document fraud has been "
         "under way in Dakar since Monday, 7 April 2025.", "2025-04-07"),
        ("Publié le 9 avril 2025\nUn atelier du Processus de Rabat se tient depuis hier à "
         "Abuja.", "2025-04-08"),
        ("Publicado el 9 de abril de 2025\nEl taller del Proceso de Rabat se celebra desde "
         "ayer en Dakar.", "2025-04-08"),
        ("Pubblicato il 9 aprile 2025\nIl seminario del Processo di Khartoum si svolge da "
         "ieri a Roma.", "2025-04-08"),
        # since a month or a year: a period's start, which dates no meeting
        ("The Rabat Process workshop series has been under way in Dakar since December 2018.",
         None),
    ],
)  # fmt: skip
def test_a_meeting_under_way_since_a_day(text: str, start: str | None) -> None:
    [record] = extract_text(text, "news.txt", READ_ON)
    assert record.start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a day of the month told relative to the page: its month and year from the page's date
        ("Lisboa, 27 out 2026 (Lusa) - O ministro participou no passado dia 14, em Bruxelas, "
         "na reunião ministerial do Processo de Rabat.", "2026-10-14"),
        ("Madrid, 20 de marzo de 2026 (EFE).- La reunión técnica del Proceso de Rabat se "
         "celebró el pasado día 14 en Madrid.", "2026-03-14"),
        ("Roma, 20 marzo 2026 - La riunione del Processo di Khartoum si è svolta lo scorso 14 "
         "a Roma.", "2026-03-14"),
        # the last 30th before 10 March is in January
        ("Madrid, 10 de marzo de 2026 (EFE).- La reunión técnica del Proceso de Rabat se "
         "celebró el pasado día 30 en Madrid.", "2026-01-30"),
        ("Madrid, 10 de marzo de 2026 (EFE).- La reunión técnica del Proceso de Rabat se "
         "celebrará el próximo día 20 en Madrid.", "2026-03-20"),
        # without a page date it dates nothing
        ("La reunión técnica del Proceso de Rabat se celebró el pasado día 14 en Madrid.", None),
    ],
)  # fmt: skip
def test_a_day_of_the_month_told_relative_to_the_page(text: str, start: str | None) -> None:
    [record] = extract_text(text, "wire.txt", READ_ON)
    assert record.start == start


@pytest.mark.parametrize(
    "text", ["Los próximos 3 años serán decisivos.", "I prossimi 3 anni saranno decisivi."]
)
def test_a_count_after_a_direction_is_no_day(text: str) -> None:
    assert find_dates(text, relative=True) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a bare weekday told in the future is the next one after the document's date (a
        # Monday here), in every language; told in the past, the last one before it
        ("ISTANBUL, 2 November 2026 (AA) - The Budapest Process ministerial conference will "
         "open on Wednesday in Istanbul.", "2026-11-04", "2026-11-04"),
        ("Publié le 2 novembre 2026\n\nLa réunion du Processus de Rabat se tiendra vendredi à "
         "Dakar.", "2026-11-06", "2026-11-06"),
        ("Publicado el 2 de noviembre de 2026\n\nEl Proceso de Rabat celebrará el jueves una "
         "reunión en Dakar.", "2026-11-05", "2026-11-05"),
        ("Pubblicato il 2 novembre 2026\n\nIl Processo di Rabat terrà venerdì una riunione a "
         "Dakar.", "2026-11-06", "2026-11-06"),
        ("Published on 2 November 2026\n\nThe Rabat Process held a workshop in Dakar on "
         "Friday.", "2026-10-30", "2026-10-30"),
        # a month without its year told in the future comes after the page's date; told in
        # the past, before it
        ("Published on 15 May 2025\n\nThe Rabat Process will hold a SOM in Rabat in December.",
         "2025-12", "2025-12"),
        ("Publié le 15 mai 2025\n\nLe Processus de Rabat tiendra une réunion à Rabat en "
         "décembre.", "2025-12", "2025-12"),
        ("Published on 15 May 2025\n\nThe Rabat Process held a SOM in Rabat in December.",
         "2024-12", "2024-12"),
        # the tense of the meeting's own clause, not of the clause after it
        ("Published on 10 January 2026\n\nNigeria hosted the Rabat Process thematic meeting in "
         "Abuja in August, and it will hand over the Chairmanship next month.",
         "2025-08", "2025-08"),
    ],
)  # fmt: skip
def test_the_tense_places_a_weekday_or_a_month_after_or_before_the_page_s_date(
    text: str, start: str, end: str
) -> None:
    records = extract_text(text, "x", READ_ON)
    assert [(r.start, r.end) for r in records][:1] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a day written out beside a relative mention in its sentence dates the meeting
        ("MAPUTO, 8 July 2026 (Lusa) - Mozambique took part this week in Windhoek in the "
         "MIDSA Ministerial Forum, held on 6-7 July 2026.", "2026-07-06", "2026-07-07"),
        ("ISTANBUL, 2 November 2026 (AA) - The minister will travel to Istanbul on Wednesday "
         "to take part in the ministerial conference of the Budapest Process, which Türkiye is "
         "hosting on 4–5 November 2026.", "2026-11-04", "2026-11-05"),
        # alone, the relative mention dates it
        ("MAPUTO, 8 July 2026 (Lusa) - Mozambique took part this week in Windhoek in the "
         "MIDSA Ministerial Forum.", "2026-07", "2026-07"),
    ],
)  # fmt: skip
def test_a_written_day_beats_a_relative_one_in_its_sentence(
    text: str, start: str, end: str
) -> None:
    records = extract_text(text, "x", READ_ON)
    assert [(r.start, r.end) for r in records][:1] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a part of the day counts as its day, in five languages
        ("Published on 12 June 2025\nThe Rabat Process workshop opened this morning in Dakar.",
         "2025-06-12"),
        ("Publié le 12 juin 2025\nL'atelier du Processus de Rabat s'est ouvert ce matin à Dakar.",
         "2025-06-12"),
        ("Publicado el 12 de junio de 2025\nEl taller del Proceso de Rabat se inauguró esta "
         "mañana en Dakar.", "2025-06-12"),
        ("Pubblicato il 12 giugno 2025\nIl seminario del Processo di Rabat si è aperto "
         "stamattina a Dakar.", "2025-06-12"),
        ("Publicado a 12 de junho de 2025\nA reunião do Processo de Rabat abriu esta manhã em "
         "Dakar.", "2025-06-12"),
        ("Published on 12 June 2025\nThe Rabat Process workshop will open tomorrow morning in "
         "Dakar.", "2025-06-13"),
        ("Published on 12 June 2025\nThe Rabat Process workshop closed yesterday afternoon in "
         "Dakar.", "2025-06-11"),
    ],
)  # fmt: skip
def test_a_part_of_the_day(text: str, start: str) -> None:
    records = extract_text(text, "x", READ_ON)
    assert [r.start for r in records][:1] == [start]
