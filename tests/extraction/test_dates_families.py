"""Wording families of dates seen on pages nobody here wrote (issue #11), in five languages:
the days of a week told relative to the writing, elided range words, year-less datelines,
deadlines that are no meeting dates."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.dates import find_dates
from processus.extraction.furniture import datelines

READ_ON = date(2026, 11, 23)  # the day the pages were read: never what "next week" counts from


def _mentions(text: str) -> list[tuple[str, tuple, tuple]]:
    return [(d.text, d.first, d.last) for d in find_dates(text, relative=True)]


# --- the days of a week told relative to the writing ---------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        ("Morocco will host next week, from 17 to 19, a workshop.", "next week, from 17 to 19",
         (None, None, 17), (None, None, 19)),
        ("Le Sénégal accueillera la semaine prochaine, du 17 au 19, un atelier.",
         "semaine prochaine, du 17 au 19", (None, None, 17), (None, None, 19)),
        ("España acogerá la próxima semana, del 17 al 19, un taller.",
         "próxima semana, del 17 al 19", (None, None, 17), (None, None, 19)),
        ("L'Italia ospiterà la prossima settimana, dal 17 al 19, un seminario.",
         "prossima settimana, dal 17 al 19", (None, None, 17), (None, None, 19)),
        ("Portugal vai acolher na próxima semana, de 17 a 19, a reunião.",
         "próxima semana, de 17 a 19", (None, None, 17), (None, None, 19)),
        # a list of two days, an elided "dall'", a dash, days without a word before them
        ("La semaine prochaine, les 17 et 18, à Dakar.", "semaine prochaine, les 17 et 18",
         (None, None, 17), (None, None, 18)),
        ("Na próxima semana, nos dias 17 e 18, em Lisboa.", "próxima semana, nos dias 17 e 18",
         (None, None, 17), (None, None, 18)),
        ("La prossima settimana, dall'8 al 10, a Roma.", "prossima settimana, dall'8 al 10",
         (None, None, 8), (None, None, 10)),
        ("Next week, 17-19, in Rabat.", "Next week, 17-19", (None, None, 17), (None, None, 19)),
        ("Next week, on 18, in Accra.", "Next week, on 18", (None, None, 18), (None, None, 18)),
    ],
)  # fmt: skip
def test_a_relative_week_takes_the_days_written_after_it(
    text: str, span: str, first: tuple, last: tuple
) -> None:
    [mention] = find_dates(text, relative=True)
    assert (mention.text, mention.first, mention.last, mention.relative[0]) == (
        span, first, last, "week",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month follows: the written days, as they are written
        ("Next week, from 17 to 19 March, the workshop will meet.",
         [("Next week, from 17 to 19 March", (None, 3, 17), (None, 3, 19))]),
        ("La semaine prochaine, du 17 au 19 mars, l'atelier.",
         [("semaine prochaine, du 17 au 19 mars", (None, 3, 17), (None, 3, 19))]),
        # a number without a word before it and without a second day is a count
        ("Next week, 20 experts will meet in Rabat.",
         [("Next week", (None, None, None), (None, None, None))]),
        ("La semana próxima, 20 expertos se reunirán.",
         [("semana próxima", (None, None, None), (None, None, None))]),
        # days that are no run within one week
        ("La semaine prochaine, du 28 au 3, à Dakar.",
         [("semaine prochaine", (None, None, None), (None, None, None))]),
        ("Next week, from 2 to 20, in Accra.",
         [("Next week", (None, None, None), (None, None, None))]),
        # a numeric date after the week is the day meant
        ("Next week, from 12/03/2026.",
         [("Next week, from 12/03/2026", (2026, 3, 12), (2026, 3, 12))]),
    ],
)  # fmt: skip
def test_a_relative_week_without_days_of_its_own_to_take(text: str, expected: list) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Press release, 9 March 2026\n\nMorocco will host next week, from 17 to 19, in Rabat "
         "a workshop of the Rabat Process on diaspora engagement.", "2026-03-17", "2026-03-19"),
        ("Communiqué de presse, 9 mars 2026\n\nLe Sénégal accueillera la semaine prochaine, du "
         "17 au 19, à Dakar un atelier du Processus de Rabat.", "2026-03-17", "2026-03-19"),
        ("Nota de prensa, 9 de marzo de 2026\n\nEl Ministerio del Interior acogerá la próxima "
         "semana, del 17 al 19, en Madrid, un taller del Proceso de Rabat.",
         "2026-03-17", "2026-03-19"),
        ("Comunicato stampa del 9 marzo 2026\n\nL'Italia ospiterà la prossima settimana, dal 17 "
         "al 19, a Roma un seminario del Processo di Khartoum.", "2026-03-17", "2026-03-19"),
        ("Comunicado de imprensa, 10 de março de 2026\n\nPortugal vai acolher na próxima "
         "semana, de 17 a 19, a reunião técnica do Processo de Rabat, em Lisboa.",
         "2026-03-17", "2026-03-19"),
        # the week meant runs into the next month: the days' month is that of the week
        ("Press release, 25 March 2026\n\nMorocco will host next week, from 1 to 3, in Rabat a "
         "workshop of the Rabat Process.", "2026-04-01", "2026-04-03"),
        # the week of the writing, which began in the month before
        ("Communiqué de presse, 2 avril 2026\n\nLe Sénégal accueille cette semaine, du 30 au "
         "31, à Dakar un atelier du Processus de Rabat.", "2026-03-30", "2026-03-31"),
    ],
)  # fmt: skip
def test_the_days_of_a_relative_week_take_its_month(text: str, start: str, end: str) -> None:
    [record] = extract_text(text, "x", READ_ON)
    assert (record.start, record.end) == (start, end)


def test_days_that_no_month_of_the_week_has_date_nothing() -> None:
    # the week of 23 February 2026 touches only February, which has no 30th
    text = (
        "Press release, 20 February 2026\n\nMorocco will host next week, from 30 to 31, in "
        "Rabat a workshop of the Rabat Process."
    )
    assert [r.start for r in extract_text(text, "x", READ_ON)] == [None]


# --- elided range and list words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dal 10 all'11 marzo 2026", [("10 all'11 marzo 2026", (2026, 3, 10), (2026, 3, 11))]),
        ("dal 10 all’11 marzo 2026", [("10 all’11 marzo 2026", (2026, 3, 10), (2026, 3, 11))]),
        ("dall'8 all'11 giugno", [("8 all'11 giugno", (None, 6, 8), (None, 6, 11))]),
        ("dal 30 giugno all'1 luglio 2026",
         [("30 giugno all'1 luglio 2026", (2026, 6, 30), (2026, 7, 1))]),
        ("il 10 e l'11 marzo", [("10 e l'11 marzo", (None, 3, 10), (None, 3, 11))]),
        ("le 10 et le 11 mars 2026", [("10 et le 11 mars 2026", (2026, 3, 10), (2026, 3, 11))]),
        ("el 10 y el 11 de marzo", [("10 y el 11 de marzo", (None, 3, 10), (None, 3, 11))]),
        # another language's word joins no days
        ("du 10 all'11 mars", [("11 mars", (None, 3, 11), (None, 3, 11))]),
        ("le 10 e l'11 mars", [("11 mars", (None, 3, 11), (None, 3, 11))]),
        ("el 10 et le 11 de marzo", [("11 de marzo", (None, 3, 11), (None, 3, 11))]),
    ],
)  # fmt: skip
def test_elided_range_and_list_words(text: str, expected: list) -> None:
    assert _mentions(text) == expected


# --- a dateline without its year -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Rome, 12 novembre - Les partenaires du Processus de Khartoum se sont réunis à Rome "
         "pour une réunion thématique.", "Rome, 12 novembre -"),
        ("Lisboa, 4 de junho - Decorreu hoje em Lisboa a reunião de altos funcionários do "
         "Processo de Rabat.", "Lisboa, 4 de junho -"),
        ("Roma, 9 ottobre - Si è svolta ieri a Roma la riunione tecnica del Processo di "
         "Khartoum sulla tratta.", "Roma, 9 ottobre -"),
        ("Accra, May 3 - Senior officials of the Rabat Process met in Accra on Tuesday for a "
         "thematic meeting.", "Accra, May 3 -"),
        # a calendar entry's short title, a title without a sentence: no dateline
        ("Rabat, 12 June - Thematic meeting on return and reintegration.", None),
        ("Rome, 12 novembre - Réunion thématique sur la traite des êtres humains", None),
    ],
)  # fmt: skip
def test_a_dateline_without_year_before_a_story(text: str, dateline: str | None) -> None:
    assert [text[s:e] for s, e in datelines(text)] == ([dateline] if dateline else [])


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the page's own date gives the year
        ("Regional news\nPublished 4 May 2026\n\nDAKAR, 3 May – Senior officials of the Rabat "
         "Process met in Dakar on Tuesday and Wednesday for a thematic meeting hosted by "
         "Senegal.", "2026-04-28", "2026-04-29"),
        # a neighbouring date does
        ("Lisboa, 4 de junho – Decorreu hoje em Lisboa a reunião de altos funcionários do "
         "Processo de Rabat, presidida por Portugal.\nO comunicado foi publicado a 4 de junho "
         "de 2025.", "2025-06-04", "2025-06-04"),
        ("MADRID, 21 de marzo (EFE) – El Proceso de Rabat celebró hoy en Madrid una reunión "
         "técnica sobre migración laboral, según la nota de prensa publicada el 21 de marzo de "
         "2024.", "2024-03-21", "2024-03-21"),
        ("Roma, 9 ottobre – Si è svolta ieri a Roma la riunione tecnica del Processo di "
         "Khartoum sulla migrazione irregolare.\nIl prossimo comitato direttivo si terrà nel "
         "febbraio 2025.", "2024-10-08", "2024-10-08"),
    ],
)  # fmt: skip
def test_a_year_less_dateline_takes_its_year_from_the_page(text: str, start: str, end: str) -> None:
    records = extract_text(text, "x", READ_ON)
    assert (records[0].start, records[0].end) == (start, end)


def test_a_year_less_dateline_on_a_page_without_a_year_takes_the_reference_year() -> None:
    # a date written without its year takes the reference date's (the last 21 March up to
    # it); read as of no given date, the page dates nothing: never the day it is read
    text = (
        "MADRID, 21 de marzo (EFE) – El Proceso de Rabat celebró hoy en Madrid una reunión "
        "técnica sobre migración laboral."
    )
    assert [r.start for r in extract_text(text, "x", READ_ON)] == ["2026-03-21"]
    assert [r.start for r in extract_text(text, "x", date(2026, 3, 1))] == ["2025-03-21"]
    assert [r.start for r in extract_text(text, "x")] == [None]


# --- deadlines are no meeting dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Domande di partecipazione entro il 5 marzo 2026.", "deadline"),
        ("Le richieste di adesione vanno inviate entro il 5 marzo 2026.", "deadline"),
        ("Per confermare la partecipazione, scrivere entro il 5 marzo 2026.", "deadline"),
        ("Las solicitudes deberán enviarse antes del 10 de abril de 2026.", "deadline"),
        ("Os pedidos de participação devem ser enviados antes de 30 de abril de 2026.",
         "deadline"),
        ("Les demandes de participation doivent parvenir avant le 28 avril 2026.", "deadline"),
        ("Requests for participation should reach the Secretariat by 25 May 2026.", "deadline"),
        ("Expressions of interest are due by 25 May 2026.", "deadline"),
        ("Les manifestations d'intérêt sont attendues avant le 28 avril 2026.", "deadline"),
        ("Las manifestaciones de interés se reciben hasta el 10 de abril de 2026.", "deadline"),
        ("Le manifestazioni di interesse vanno inviate entro il 5 marzo 2026.", "deadline"),
        ("As manifestações de interesse são aceites até 30 de abril de 2026.", "deadline"),
        ("The call for proposals closes on 25 May 2026.", "deadline"),
        ("L'appel à propositions est ouvert jusqu'au 28 avril 2026.", "deadline"),
        # the same words' neighbours that are no request, and meeting dates
        ("La riunione si terrà entro il 5 marzo 2026.", "meeting"),
        ("Il seminario ha discusso le domande di asilo il 5 marzo 2026.", "meeting"),
        ("The meeting discussed requests from partners on 25 May 2026.", "meeting"),
        ("The demand for labour was discussed on 25 May 2026.", "meeting"),
        ("The report is due out after the meeting of 25 May 2026.", "meeting"),
        ("La reunión abordó el interés de los socios el 10 de abril de 2026.", "meeting"),
    ],
)  # fmt: skip
def test_requests_to_take_part_are_deadlines(text: str, role: str) -> None:
    [mention] = find_dates(text, relative=True)
    assert mention.role == role


def test_a_deadline_in_italian_is_the_records_deadline() -> None:
    text = (
        "Riunione tecnica del Processo di Khartoum\n\nLa riunione tecnica si terrà a Roma il "
        "20 marzo 2026.\nDomande di partecipazione entro il 5 marzo 2026."
    )
    [record] = extract_text(text, "x", READ_ON)
    assert (record.start, record.registration_deadline) == ("2026-03-20", "2026-03-05")


# --- posts of a thread ---------------------------------------------------------------------

_FEED_END = "\nLike\nComment\nTo view or add a comment, sign in\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each post's own date line dates its "today" / "yesterday"
        ("Processus de Rabat\n15 octobre 2026\nAujourd'hui, la réunion du comité de pilotage "
         "du Processus de Rabat s'est tenue à Bruxelles." + _FEED_END + "Processus de Rabat\n"
         "12 octobre 2026\nRetour sur l'atelier de Dakar du Processus de Rabat consacré à la "
         "migration régulière, qui s'est tenu hier." + _FEED_END,
         [("2026-10-15", "Brussels"), ("2026-10-11", "Dakar")]),
        ("Proceso de Rabat\nPublicado el 4 de marzo de 2026\nHoy se ha celebrado en Rabat la "
         "reunión del Comité de Dirección del Proceso de Rabat." + _FEED_END,
         [("2026-03-04", "Rabat")]),
        # a post's age counts from a reading day nobody knows: an earlier post's date does not
        # date a later post's "today"
        ("Rabat Process\nPosted on 4 March 2026\nThe thematic meeting on labour migration of "
         "the Rabat Process will take place in Abuja on 18 March 2026." + _FEED_END
         + "Rabat Process\n3d •\nToday the Steering Committee of the Rabat Process met in "
         "Brussels under the chairmanship of Nigeria." + _FEED_END,
         [("2026-03-18", "Abuja"), (None, "Brussels")]),
        ("Processo di Khartoum\nPubblicato il 2 marzo 2026\nIl seminario tecnico del Processo "
         "di Khartoum sulla tratta si svolgerà a Nairobi il 15 aprile 2026." + _FEED_END
         + "Processo di Khartoum\n2 giorni fa\nOggi si è riunito a Roma il Comitato direttivo "
         "del Processo di Khartoum." + _FEED_END,
         [("2026-04-15", "Nairobi"), (None, "Rome")]),
    ],
)  # fmt: skip
def test_each_post_of_a_thread_is_dated_by_its_own_line(text: str, expected: list) -> None:
    records = extract_text(text, "x", READ_ON)
    assert [(r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("age", "dated"),
    [
        ("3d •", False),
        ("2 days ago", False),
        ("@RabatProcess · 3 h", False),
        ("il y a 2 jours", False),
        ("hace 3 días", False),
        ("2 giorni fa", False),
        ("há 3 dias", False),
        # lines that are no post's age
        ("3 delegations", True),
        ("Two days of talks", True),
    ],
)
def test_a_posts_age_ends_the_reach_of_an_earlier_date(age: str, dated: bool) -> None:
    text = (
        "Rabat Process news\nPublished on 4 March 2026\n\nThe Rabat Process held a workshop in "
        f"Accra on 2 March 2026.\n{age}\nToday the Steering Committee of the Rabat Process met "
        "in Brussels."
    )
    starts = [r.start for r in extract_text(text, "x", READ_ON)]
    assert "2026-03-02" in starts
    assert ("2026-03-04" in starts) is dated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page's capture date less the post's age: "next month" of a post written on 29
        # April, 3 days before the page was read on 2 May
        ("Processus de Rabat – publications (consulté le 2 mai 2025)\n\nProcessus de Rabat\n"
         "3 j •\nLe mois prochain, la réunion thématique du Processus de Rabat se tiendra à "
         "Lomé." + _FEED_END, "2025-05"),
        ("Rabat Process posts (accessed on 2 May 2025)\n\nRabat Process\n1 mo •\nNext month the "
         "thematic meeting of the Rabat Process will be held in Lomé." + _FEED_END, "2025-05"),
        # a publication date is no capture date: a later post's age leaves it behind
        ("Rabat Process posts, published on 2 May 2025\n\nRabat Process\n1 mo •\nNext month "
         "the thematic meeting of the Rabat Process will be held in Lomé." + _FEED_END, None),
        # an age in an unknown unit dates nothing
        ("Rabat Process posts (accessed on 2 May 2025)\n\nRabat Process\n3 zz •\nNext month the "
         "thematic meeting of the Rabat Process will be held in Lomé." + _FEED_END, None),
    ],
)  # fmt: skip
def test_a_posts_age_counts_back_from_the_pages_capture_date(text: str, expected) -> None:
    [record] = extract_text(text, "x", READ_ON)
    assert record.start == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # no dated neighbour in the post: the year is the page's, not the reading day's
        ("Processus de Rabat – publications (consulté le 15 avril 2025)\n\nProcessus de Rabat\n"
         "1 mois •\nRetour en images sur la réunion des hauts fonctionnaires du Processus de "
         "Rabat à Porto (29-30 janvier)." + _FEED_END, "2025-01-29"),
        ("Rabat Process news, published on 3 February 2025\n\nThe Senior Officials' Meeting of "
         "the Rabat Process took place in Porto on 29-30 January.", "2025-01-29"),
        # without a date of the page, the reading day decides: the nearest such day, or the
        # one before or after it that the tense tells
        ("The Senior Officials' Meeting of the Rabat Process will take place in Porto on 29-30 "
         "January.", "2027-01-29"),
        ("The Senior Officials' Meeting of the Rabat Process took place in Porto on 29-30 "
         "January.", "2026-01-29"),
        ("The Senior Officials' Meeting of the Rabat Process took place in Porto on 29-30 "
         "October.", "2026-10-29"),
        ("The Senior Officials' Meeting of the Rabat Process will take place in Porto on 29-30 "
         "October.", "2027-10-29"),
        ("The Senior Officials' Meeting of the Rabat Process in Porto, 29-30 October.",
         "2026-10-29"),
    ],
)  # fmt: skip
def test_a_date_without_year_takes_the_pages_own_year(text: str, start: str) -> None:
    [record] = extract_text(text, "x", READ_ON)
    assert record.start == start


# --- a range across the turn of a year -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'atelier s'est tenu du 29 décembre au 2 janvier 2026.",
         [("29 décembre au 2 janvier 2026", (2025, 12, 29), (2026, 1, 2))]),
        ("El taller se celebró del 29 de diciembre al 2 de enero de 2026.",
         [("29 de diciembre al 2 de enero de 2026", (2025, 12, 29), (2026, 1, 2))]),
        ("Il seminario si è svolto dal 29 dicembre al 2 gennaio 2026.",
         [("29 dicembre al 2 gennaio 2026", (2025, 12, 29), (2026, 1, 2))]),
        ("A oficina decorreu de 29 de dezembro a 2 de janeiro de 2026.",
         [("29 de dezembro a 2 de janeiro de 2026", (2025, 12, 29), (2026, 1, 2))]),
        ("The workshop ran from 29 December to 2 January 2026.",
         [("29 December to 2 January 2026", (2025, 12, 29), (2026, 1, 2))]),
        ("The workshop ran from December 29 to January 2, 2026.",
         [("December 29 to January 2, 2026", (2025, 12, 29), (2026, 1, 2))]),
        # within one year, as before
        ("The workshop ran from May 12 to May 14, 2026.",
         [("May 12 to May 14, 2026", (2026, 5, 12), (2026, 5, 14))]),
        # months apart: no meeting's range; a list's "and" joins no range
        ("du 3 septembre au 2 janvier 2026",
         [("3 septembre", (None, 9, 3), (None, 9, 3)),
          ("2 janvier 2026", (2026, 1, 2), (2026, 1, 2))]),
        ("From March 3 to April 20, 2026 the programme ran.",
         [("March 3", (None, 3, 3), (None, 3, 3)),
          ("April 20, 2026", (2026, 4, 20), (2026, 4, 20))]),
        ("The SOM on 12 May and the workshop on 14 May 2026.",
         [("12 May", (None, 5, 12), (None, 5, 12)),
          ("14 May 2026", (2026, 5, 14), (2026, 5, 14))]),
    ],
)  # fmt: skip
def test_a_range_across_the_turn_of_a_year(text: str, expected: list) -> None:
    assert _mentions(text) == expected


# --- plural direction words before two days; Italian "e il" --------------------------------


@pytest.mark.parametrize(
    ("text", "span", "direction"),
    [
        ("La reunión se celebró los pasados 3 y 4 de junio.", "pasados 3 y 4 de junio", -1),
        ("La reunión se celebrará los próximos 3 y 4 de junio.", "próximos 3 y 4 de junio", 1),
        ("La reunión se celebrará los próximos días 3 y 4 de junio.",
         "próximos días 3 y 4 de junio", 1),
        ("A reunião realizou-se nos passados dias 3 e 4 de junho.",
         "passados dias 3 e 4 de junho", -1),
        ("A reunião terá lugar nos próximos dias 3 e 4 de junho.",
         "próximos dias 3 e 4 de junho", 1),
        ("Il seminario si terrà i prossimi 3 e 4 luglio.", "prossimi 3 e 4 luglio", 1),
        ("Il seminario si è tenuto gli scorsi 3 e 4 luglio.", "scorsi 3 e 4 luglio", -1),
    ],
)  # fmt: skip
def test_plural_direction_words_before_two_days(text: str, span: str, direction: int) -> None:
    [mention] = find_dates(text, relative=True)
    assert (mention.text, mention.direction) == (span, direction)


@pytest.mark.parametrize(
    "text",
    [
        "Los próximos 3 años serán decisivos.",
        "I prossimi 3 anni saranno decisivi.",
        "Os próximos dias serão decisivos.",
        "Nos passados dias, a equipa trabalhou muito.",
    ],
)
def test_plural_direction_words_before_no_date(text: str) -> None:
    assert find_dates(text, relative=True) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La riunione si è tenuta il 3 e il 4 giugno 2025.",
         [("3 e il 4 giugno 2025", (2025, 6, 3), (2025, 6, 4))]),
        ("La riunione si è svolta tra il 3 e il 5 giugno 2025.",
         [("3 e il 5 giugno 2025", (2025, 6, 3), (2025, 6, 5))]),
        # "e il" joins no French or English days
        ("Les 3 e il 4 juin 2025.", [("4 juin 2025", (2025, 6, 4), (2025, 6, 4))]),
    ],
)  # fmt: skip
def test_italian_days_joined_by_e_il(text: str, expected: list) -> None:
    assert _mentions(text) == expected


# --- a relative week or month, then the days meant ----------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # days without their month take the month told relative to the writing
        ("Publié le 12 mars 2026\n\nLe mois prochain, les 14 et 15, Accra accueillera la "
         "réunion thématique du Processus de Rabat.", "2026-04-14", "2026-04-15"),
        ("Publicado el 12 de marzo de 2026\n\nEl próximo mes, los días 14 y 15, Acra acogerá la "
         "reunión temática del Proceso de Rabat.", "2026-04-14", "2026-04-15"),
        ("Pubblicato il 12 marzo 2026\n\nIl mese prossimo, dal 14 al 16, Roma ospiterà la "
         "riunione tematica del Processo di Khartoum.", "2026-04-14", "2026-04-16"),
        ("Publicado em 12 de março de 2026\n\nNo próximo mês, de 14 a 16, Lisboa acolhe a "
         "reunião temática do Processo de Rabat.", "2026-04-14", "2026-04-16"),
        # days written with their month: the written days
        ("Publié le 12 mars 2026\n\nCette semaine, du 9 au 11 mars, Dakar accueille la réunion "
         "thématique du Processus de Rabat.", "2026-03-09", "2026-03-11"),
        ("Published on 12 March 2026\n\nNext month, on 14 and 15 April, Accra will host the "
         "Rabat Process thematic meeting on diaspora.", "2026-04-14", "2026-04-15"),
        # a count after the month is no day
        ("Published on 12 March 2026\n\nNext month, 20 experts will gather in Accra for the "
         "Rabat Process thematic meeting.", "2026-04", "2026-04"),
    ],
)  # fmt: skip
def test_a_relative_month_then_the_days_meant(text: str, start: str, end: str) -> None:
    [record] = extract_text(text, "x", READ_ON)
    assert (record.start, record.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cette semaine, du 9 au 11 mars, à Dakar.",
         [("Cette semaine, du 9 au 11 mars", (None, 3, 9), (None, 3, 11))]),
        ("Last month, on 3 March 2025, in Rabat.",
         [("Last month, on 3 March 2025", (2025, 3, 3), (2025, 3, 3))]),
        # a sentence between: two mentions
        ("Last month the partners met. On 3 March 2025 in Rabat.",
         [("Last month", (None, None, None), (None, None, None)),
          ("3 March 2025", (2025, 3, 3), (2025, 3, 3))]),
        # a month's days beyond a fortnight are no run
        ("Le mois prochain, du 2 au 28, à Dakar.",
         [("mois prochain", (None, None, None), (None, None, None))]),
    ],
)  # fmt: skip
def test_a_relative_week_or_month_with_the_written_days(text: str, expected: list) -> None:
    assert _mentions(text) == expected


def test_days_a_relative_month_does_not_have_date_nothing() -> None:
    # February 2026 has no 30th
    text = (
        "Published on 12 January 2026\n\nNext month, from 30 to 31, Accra will host the Rabat "
        "Process thematic meeting."
    )
    assert [r.start for r in extract_text(text, "x", READ_ON)] == [None]


# --- more relative words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "first", "relative", "direction"),
    [
        # a direction, the word for month and a month's name: that month, not last month
        ("El pasado mes de junio, los socios se reunieron en Rabat.", "pasado mes de junio",
         (None, 6, None), None, -1),
        ("O passado mês de junho, os parceiros reuniram-se em Lisboa.", "passado mês de junho",
         (None, 6, None), None, -1),
        ("Lo scorso mese di giugno, i partner si sono riuniti a Roma.",
         "scorso mese di giugno", (None, 6, None), None, -1),
        ("El próximo mes de junio, los socios se reunirán.", "próximo mes de junio",
         (None, 6, None), None, 1),
        # without the month's name, the month before or after
        ("El pasado mes, los socios se reunieron en Rabat.", "pasado mes",
         (None, None, None), ("month", -1), -1),
        # Portuguese contractions of "this"
        ("No início deste mês, os parceiros reuniram-se em Lisboa.", "deste mês",
         (None, None, None), ("month", 0), 0),
        ("Nesta semana, os parceiros reúnem-se em Lisboa.", "Nesta semana",
         (None, None, None), ("week", 0), 0),
        # two days back or ahead
        ("L'altro ieri i partner si sono riuniti a Roma.", "L'altro ieri",
         (None, None, None), ("day", -2), 0),
        ("The day before yesterday, the partners met in Rabat.", "The day before yesterday",
         (None, None, None), ("day", -2), 0),
        ("The day after tomorrow the partners will meet in Rabat.", "The day after tomorrow",
         (None, None, None), ("day", 2), 0),
        ("Ieri i partner si sono riuniti a Roma.", "Ieri", (None, None, None), ("day", -1), 0),
    ],
)  # fmt: skip
def test_more_relative_words(
    text: str, span: str, first: tuple, relative: tuple | None, direction: int
) -> None:
    [mention] = find_dates(text, relative=True)
    assert (mention.text, mention.first, mention.relative, mention.direction) == (
        span, first, relative, direction,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["On the day, the partners met.", "The day before the meeting, experts gathered."],
)
def test_the_day_alone_is_no_date(text: str) -> None:
    assert find_dates(text, relative=True) == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the one day written and the meeting's length, in every language
        ("A two-day workshop on return opened in Accra on 3 May 2025.",
         ("2025-05-03", "2025-05-04")),
        ("The partners met in Accra on 3 May 2025 over three days.", ("2025-05-03", "2025-05-05")),
        ("Une réunion technique de deux jours s'est ouverte à Dakar le 3 mars 2025.",
         ("2025-03-03", "2025-03-04")),
        ("El taller de tres días comenzó en Rabat el 3 de marzo de 2025.",
         ("2025-03-03", "2025-03-05")),
        ("Il seminario di due giorni si è aperto a Roma il 3 marzo 2025.",
         ("2025-03-03", "2025-03-04")),
        ("A reunião de dois dias começou em Lisboa a 3 de março de 2025.",
         ("2025-03-03", "2025-03-04")),
        # the day written is the last when the meeting ended then
        ("A three-day training ended in Accra on 3 May 2025.", ("2025-05-01", "2025-05-03")),
        ("La formation de trois jours s'est achevée à Accra le 3 mai 2025.",
         ("2025-05-01", "2025-05-03")),
        # a meeting that opened on the day written and closed later is dated by its first
        ("A two-day workshop opened in Accra on 3 May 2025 and closed with recommendations.",
         ("2025-05-03", "2025-05-04")),
        # the length told where the next sentence names the meeting again
        ("The workshop on return opened in Accra on 3 May 2025. The two-day meeting is hosted "
         "by Ghana.", ("2025-05-03", "2025-05-04")),
        ("L'atelier sur le retour s'est ouvert à Dakar le 3 mars 2025. Cette réunion de deux "
         "jours est accueillie par le Sénégal.", ("2025-03-03", "2025-03-04")),
        ("Il seminario si è aperto a Roma il 3 marzo 2025. L'incontro di tre giorni è "
         "ospitato dall'Italia.", ("2025-03-03", "2025-03-05")),
        # ... not another event, nor a sentence that dates its own
        ("The workshop on return opened in Accra on 3 May 2025. The two-day training that "
         "followed was hosted by Ghana.", ("2025-05-03", "2025-05-03")),
        ("The workshop on return opened in Accra on 3 May 2025. A report on the two-day "
         "course is online.", ("2025-05-03", "2025-05-03")),
        # no length of the meeting: "two days after", a range already written
        ("The workshop took place in Accra on 3 May 2025, two days after the SOM.",
         ("2025-05-03", "2025-05-03")),
        ("A two-day workshop took place in Accra on 3 and 4 May 2025.",
         ("2025-05-03", "2025-05-04")),
        ("A two-day workshop took place in Accra in May 2025.", ("2025-05", "2025-05")),
    ],
)  # fmt: skip
def test_a_meetings_length_gives_its_other_day(text: str, dates: tuple[str, str]) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [(r.start, r.end) for r in records] == [dates]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Calendar of activities 2025\n\n• 10-11 March: Thematic meeting on return, Kumasi\n"
         "• 14-16 October: Senior Officials' Meeting, Thiès", ["2025-03-10", "2025-10-14"]),
        ("Calendrier 2025\n\n- 10-11 mars : Réunion thématique sur le retour, Thiès",
         ["2025-03-10"]),
        ("Actividades en 2025\n\n10-11 de marzo – Reunión temática sobre retorno, Huelva",
         ["2025-03-10"]),
        # each section under its own year
        ("Past meetings\n\n2024\n12-13 November – Thematic meeting on return, Kumasi\n\n2023\n"
         "14-15 December – Senior Officials' Meeting, Thiès", ["2024-11-12", "2023-12-14"]),
        ("Senior Officials' Meeting 2023\nThe meeting took place in Thiès on 14 and 15 "
         "December.", ["2023-12-14"]),
        # a year in a sentence heads nothing
        ("The Rabat Process was launched in 2006.\nThe thematic meeting took place in Kumasi "
         "on 12 May.", ["2026-05-12"]),
        ("Reports published in 2024 are online. See the archive.\nThe thematic meeting took "
         "place in Kumasi on 12 May.", ["2026-05-12"]),
        ("Reports published in 2024\nThe thematic meeting took place in Kumasi on 12 May.",
         ["2024-05-12"]),
    ],
)  # fmt: skip
def test_a_heading_year_dates_the_days_under_it(text: str, starts: list[str]) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [r.start for r in records] == starts


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the year of a meeting told in passing, in brackets, is not this meeting's
        ("Published on 14 November 2025\n\nFollowing the ministerial conference in Cádiz "
         "(December 2022), partners met in Accra on 12 November for a technical meeting.",
         "2025-11-12"),
        ("Publié le 14 novembre 2025\n\nSuite à la conférence ministérielle de Cadix (décembre "
         "2022), les partenaires se sont réunis à Accra le 12 novembre pour une réunion "
         "technique.", "2025-11-12"),
        ("Publicado el 14 de noviembre de 2025\n\nTras la conferencia ministerial de Cádiz "
         "(diciembre de 2022), los socios se reunieron en Accra el 12 de noviembre en una "
         "reunión técnica.", "2025-11-12"),
        # a full date of the passage outside brackets still gives its year
        ("Published on 14 November 2025\n\nThe ministerial conference took place in Cádiz on "
         "12 December 2022 and a technical meeting in Accra on 14 December.", "2022-12-14"),
    ],
)  # fmt: skip
def test_a_date_in_brackets_gives_no_year(text: str, start: str) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [r.start for r in records if r.kind == "technical_meeting"] == [start]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a meeting opened on one weekday runs until another
        ("SALY, 4 juin 2024 (APS) – Un atelier régional du Processus de Rabat s'est ouvert "
         "mardi à Saly. Les travaux, qui se tiennent jusqu'à jeudi, portent sur le retour.",
         ("2024-06-04", "2024-06-06")),
        ("ACCRA, 4 June 2024 (GNA) – A regional workshop of the Rabat Process opened on "
         "Tuesday in Accra. The work goes on until Thursday.", ("2024-06-04", "2024-06-06")),
        ("Sevilla, 4 de junio de 2024 (EFE).- Un taller del Proceso de Rabat se abrió el "
         "martes en Huelva y durará hasta el jueves.", ("2024-06-04", "2024-06-06")),
        # what else runs until a weekday is not the meeting
        ("ACCRA, 4 June 2024 (GNA) – A regional workshop of the Rabat Process opened on "
         "Tuesday in Accra. Registration for the next one is open until Thursday.",
         ("2024-06-04", "2024-06-04")),
    ],
)  # fmt: skip
def test_a_meeting_runs_until_a_weekday(text: str, dates: tuple[str, str]) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [(r.start, r.end) for r in records] == [dates]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # on an undated page, the weekday says which year, before the tense or the distance
        ("On Wednesday 2 April the Khartoum Process partners convened in Cairo for the thematic "
         "meeting hosted by Egypt.", "2025-04-02"),
        ("The Budapest Process will hold a workshop on Thursday, 5 March, in Ankara.",
         "2026-03-05"),
        ("Le jeudi 5 mars, l'atelier du Processus de Rabat s'est tenu à Dakar.", "2026-03-05"),
        ("El miércoles 2 de abril, el taller del Proceso de Rabat se celebró en Dakar.",
         "2025-04-02"),
        # a nearby date gives the year unless the weekday says otherwise
        ("The Rabat Process workshop took place in Dakar on 20 September 2018. The next workshop "
         "will take place in Accra on Thursday, 13 June.", "2019-06-13"),
        # without a weekday, the year is the nearest one as before
        ("The Rabat Process workshop took place in Dakar on 2 April.", "2026-04-02"),
    ],
)  # fmt: skip
def test_a_weekday_written_with_its_day_chooses_the_year(text: str, start: str) -> None:
    starts = [r.start for r in extract_text(text, reference_date=date(2026, 11, 23))]
    assert start in starts


@pytest.mark.parametrize(
    ("text", "start", "city"),
    [
        # a meeting moved to another date (and place) is recorded at the new one
        ("The Senior Officials' Meeting initially scheduled for 14-15 May 2026 in Bamako has "
         "been postponed to 8-9 October 2026 and moved to Dakar.", "2026-10-08", "Dakar"),
        ("La réunion thématique, initialement prévue les 15 et 16 juin 2026 à Niamey, a été "
         "reportée aux 3 et 4 novembre 2026.", "2026-11-03", None),
        # a planned date the text does not move is the meeting's
        ("The thematic meeting was originally planned for 3 May 2025 in Tunis.",
         "2025-05-03", None),
    ],
)  # fmt: skip
def test_a_meeting_moved_to_another_date(text: str, start: str, city: str | None) -> None:
    [record] = extract_text(text, reference_date=date(2026, 11, 23))
    assert (record.start, record.city) == (start, city)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # an end verb that dates another day: the date written first is the first day
        ("On 1 October 2025, the focal points of the Rabat Process met in Lomé for a two-day "
         "working meeting, which ended on 2 October.", "2025-10-01", "2025-10-02"),
        ("Le 1er octobre 2025, les points focaux du Processus de Rabat se sont réunis à Lomé "
         "pour une réunion de travail de deux jours, qui s'est achevée le 2 octobre.",
         "2025-10-01", "2025-10-02"),
        # an end verb before the one date: that date is the last day
        ("The three-day training of the Rabat Process ended on 3 May 2025 in Dakar.",
         "2025-05-01", "2025-05-03"),
    ],
)  # fmt: skip
def test_the_day_an_end_verb_dates(text: str, start: str, end: str) -> None:
    [record] = extract_text(text, reference_date=date(2026, 11, 23))
    assert (record.start, record.end) == (start, end)


def test_an_agency_dateline_above_its_story_dates_its_weekdays() -> None:
    """12 November was a Wednesday in 2025: "este miércoles" is that day, "hasta el jueves"
    the next."""
    text = (
        "MADRID, 12 Nov. (EUROPA PRESS) -\n"
        "El secretario de Estado de Migraciones inauguró este miércoles en Madrid la reunión de "
        "altos funcionarios del Proceso de Rabat, que reúne hasta el jueves a las delegaciones.\n"
    )
    [record] = extract_text(text, reference_date=date(2026, 11, 23))
    assert (record.start, record.end, record.city) == ("2025-11-12", "2025-11-13", "Madrid")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # opened today, closes tomorrow: the next day is the last
        ("ROMA, 8 ottobre 2025 (ANSA) - Si è aperta oggi a Roma la conferenza ministeriale del "
         "Processo di Rabat, i cui lavori si chiuderanno domani.", "2025-10-09"),
        ("DAKAR, 8 October 2025 (APS) - The thematic meeting of the Rabat Process opened today "
         "in Dakar and will close tomorrow.", "2025-10-09"),
        ("DAKAR, 8 octobre 2025 (APS) - La réunion thématique du Processus de Rabat s'est "
         "ouverte aujourd'hui à Dakar et se clôturera demain.", "2025-10-09"),
        # what else closes tomorrow says nothing of the meeting's end
        ("DAKAR, 8 October 2025 (APS) - The thematic meeting of the Rabat Process opened today "
         "in Dakar. Registration will close tomorrow.", "2025-10-08"),
    ],
)  # fmt: skip
def test_opened_today_and_closing_tomorrow(text: str, end: str) -> None:
    [record] = extract_text(text, reference_date=date(2026, 11, 23))
    assert (record.start, record.end) == ("2025-10-08", end)
