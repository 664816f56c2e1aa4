"""Splitting documents into passages."""

from __future__ import annotations

import time
from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.aliases import name_index
from processus.extraction.dates import find_dates
from processus.extraction.kinds import find_kinds
from processus.extraction.segmentation import is_feed, sentences, split_passages
from tests.extraction import documents


def _passages(text: str):
    kinds = [(k.start, k.end) for k in find_kinds(text)]
    return split_passages(text, find_dates(text), name_index().find(text), kinds)


def test_plain_document_is_one_passage() -> None:
    passages = _passages(documents.ANNOUNCEMENT)
    assert [(p.start, p.end, p.shape) for p in passages] == [
        (0, len(documents.ANNOUNCEMENT), "document")
    ]


def test_listing_headings() -> None:
    text = documents.LISTING
    listings = [p for p in _passages(text) if p.shape == "listing"]
    headings = [text[p.heading[0] : p.heading[1]] for p in listings if p.heading]
    assert [h.split(",")[0] for h in headings] == ["Dakar", "Tunis", "Bamako"]
    assert all(p.parent == 0 for p in listings)


def test_date_first_headings() -> None:
    text = "12 May 2020 – Nairobi\nA workshop.\n\n3 June 2021 – Kigali\nAnother workshop.\n"
    listings = [p for p in _passages(text) if p.shape == "listing"]
    assert len(listings) == 2


def test_a_sentence_with_a_city_is_not_a_heading() -> None:
    text = "Rabat is where the partners met. Dakar, they said, was next.\n"
    assert [p.shape for p in _passages(text)] == ["document"]


def test_feed_posts_and_items() -> None:
    text = documents.FEED
    assert is_feed(text)
    passages = _passages(text)
    posts = [p for p in passages if p.shape == "post"]
    items = [p for p in passages if p.shape == "item"]
    assert len(posts) == 3
    assert [text[p.start : p.start + 20] for p in items] == [
        "❇️Climate and mobili",
        "❇️Legal pathways❇️ A",
    ]
    for post in posts:
        chunk = text[post.start : post.end]
        assert "To view or add a comment" not in chunk
        assert "followers" not in chunk
        assert "More Relevant Posts" not in chunk


def test_bullet_arrows_are_not_items() -> None:
    text = "Agenda: ➡️ skills ➡️ mobility ➡️ pathways\nTo view or add a comment, sign in\n"
    assert [p.shape for p in _passages(text)] == ["post"]


def test_sentences() -> None:
    text = "First one. Second one!\nThird line without stop\n\nFourth? Yes."
    spans = sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "First one.",
        "Second one!",
        "Third line without stop",
        "Fourth?",
        "Yes.",
    ]


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        # "City (Country), dates, …"
        (
            "Archive\nKigali (Rwanda), 3-4 May 2018, hosted by Rwanda.\nA workshop on data.\n"
            "Accra (Ghana), 9 June 2017, hosted by Ghana.\nA meeting on return.\n",
            ["Kigali", "Accra"],
        ),
        # "meeting name – City, date" (French and English)
        (
            "Archives\n\nPremière réunion – Bamako, les 3 et 4 mars 2015\n"
            "Accueillie par le Mali.\n\nDeuxième réunion – Niamey, le 8 juin 2016\n"
            "Accueillie par le Niger.\n",
            ["Première", "Deuxième"],
        ),
        (
            "Webinar on remittances – 4 May 2021\nOnline.\n\n"
            "Thematic meeting on skills – Accra, 5-6 June 2022\nHosted by Ghana.\n",
            ["Webinar", "Thematic"],
        ),
        # "date – meeting name" without a place
        (
            "2 May 2019 – Steering Committee meeting\nHeld online.\n\n"
            "8 March 2020 – Senior Officials' Meeting\nHeld in Dakar.\n",
            ["2 May", "8 March"],
        ),
        # "Online, date – meeting name"
        (
            "Online, 3 June 2020 – Steering Committee\nA call.\n\n"
            "Lomé, 4 July 2021 – Steering Committee\nA meeting.\n",
            ["Online", "Lomé"],
        ),
        # a title line, then "Location: … Date: …": the title opens the entry
        (
            "Activities\n\nWorkshop on data\nLocation: Kigali, Rwanda. Date: 3-4 May 2018.\n"
            "Text.\n\nTraining on borders\nLocation: Accra, Ghana. Date: 9 June 2017.\nText.\n",
            ["Workshop on data", "Training on borders"],
        ),
    ],
)
def test_listing_heading_shapes(text: str, entries: list[str]) -> None:
    listings = [p for p in _passages(text) if p.shape == "listing"]
    assert len(listings) == len(entries)
    firsts = [text[p.start : p.end].split("\n")[0] for p in listings]
    assert [f[: len(e)] for f, e in zip(firsts, entries, strict=True)] == entries


@pytest.mark.parametrize(
    "text",
    [
        # one "meeting – date" line alone is a title, not a list
        "Thematic meeting on skills – Accra, 5-6 June 2022\nHosted by Ghana.\n",
        # prose sentences with dates and dashes are not headings
        "The meeting – held in Dakar on 3 May 2019 – was useful, and many partners came to it "
        "to talk about a long list of subjects.\nThe partners met again – in Accra on 4 June "
        "2020 – to follow up on everything that had been agreed at the first meeting.\n",
    ],
)
def test_not_a_listing(text: str) -> None:
    assert [p.shape for p in _passages(text)] == ["document"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Title (City)" then its date alone on the next line, with or without a blank line
        ("Agenda\n\nSteering Committee (Dakar)\n\n3 June 2025\n\n"
         "Senior Officials' Meeting (Dakar)\n\n4 June 2025\n\n"
         "6th Ministerial Conference (Dakar)\n\n5 June 2025\n\nSearch\n",
         [("steering_committee", "2025-06-03", "Dakar"),
          ("senior_officials_meeting", "2025-06-04", "Dakar"),
          ("ministerial_conference", "2025-06-05", "Dakar")]),
        ("Atelier régional (Lomé)\n12 mars 2024\nRéunion thématique (Cotonou)\n20 mai 2024\n",
         [("workshop", "2024-03-12", "Lomé"), ("thematic_meeting", "2024-05-20", "Cotonou")]),
        # a date line under a line that names no meeting opens no entry
        ("Our partners in Dakar\n\n3 June 2025\n\nNews of the week.\n", []),
        # the date above its title, entries apart: each date is its own entry's
        ("Agenda\n\n7 April 2026\nWorkshop on border data (Accra)\n\n"
         "9–10 June 2026\nSteering Committee (Banjul)\n\n2 October 2026\n"
         "Ministerial Conference (Lomé)\n",
         [("workshop", "2026-04-07", "Accra"), ("steering_committee", "2026-06-09", "Banjul"),
          ("ministerial_conference", "2026-10-02", "Lomé")]),
        # the same without blank lines: the first date line sets the orientation
        ("Calendrier\n14 janvier 2027\nAtelier sur les visas (Niamey)\n"
         "3 mars 2027\nRéunion thématique (Conakry)\n",
         [("workshop", "2027-01-14", "Niamey"), ("thematic_meeting", "2027-03-03", "Conakry")]),
    ],
)  # fmt: skip
def test_title_line_above_a_date_line(text: str, expected: list[tuple[str, str, str]]) -> None:
    records = extract_text(text)
    assert [(r.kind, r.start, r.city) for r in records] == expected


def test_place_cards_open_one_entry_each() -> None:
    text = (
        "Our activities include thematic meetings and workshops.\n\n"
        "  • Date:\n  • Location: Kampala, Uganda\n\n"
        "On 3 - 4 May 2023, Uganda hosted the Khartoum Process workshop on climate data.\n\n"
        "  • Date:\n  • Location: Kigali, Rwanda\n\n"
        "On 7 - 8 June 2024, the thematic meeting of the Khartoum Process met on asylum.\n"
    )
    records = extract_text(text)
    assert [(r.kind, r.start, r.city) for r in records] == [
        ("workshop", "2023-05-03", "Kampala"),
        ("thematic_meeting", "2024-06-07", "Kigali"),
    ]


def test_a_single_place_card_is_the_page_s_own() -> None:
    text = (
        "  • Date:\n  • Location: Kampala, Uganda\n\n"
        "On 3 - 4 May 2023, Uganda hosted the Khartoum Process workshop on climate data.\n"
    )
    [record] = extract_text(text)
    assert (record.start, record.city) == ("2023-05-03", "Kampala")


@pytest.mark.parametrize(
    ("tentative", "found"),
    [
        (" (tbc)", True),
        (" (TBC)", True),
        (" (to be confirmed)", True),
        (" (à confirmer)", True),
        (" (por confirmar)", True),
        (" (da confermare)", True),
        (" (in Accra)", False),
    ],
)
def test_a_tentative_date_on_its_own_line_opens_an_entry(tentative: str, found: bool) -> None:
    text = (
        "Upcoming events\n\nFebruary 2026\nSenior Officials Meeting\nDakar, Senegal\n\n"
        f"March 2026{tentative}\nThematic meeting on diaspora\nKumasi, Ghana\n"
    )
    records = extract_text(text, "x", date(2026, 11, 23))
    expected = [("senior_officials_meeting", "2026-02")]
    if found:
        expected.append(("thematic_meeting", "2026-03"))
    assert [(r.kind, r.start) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a calendar's date line may open on its preposition: each entry keeps its own facts
        ("Rabat Process – Calendar\n\nThematic meeting on youth mobility (Praia)\n"
         "from 28 February to 1 March 2024\n\nSteering Committee meeting (Paris)\n"
         "on 1 July 2024\n\nSenior Officials' Meeting (Rabat)\n12-13 December 2024\n",
         [("thematic_meeting", "2024-02-28", "Praia"),
          ("steering_committee", "2024-07-01", "Paris"),
          ("senior_officials_meeting", "2024-12-12", "Rabat")]),
        ("Processus de Rabat – Calendrier\n\nRéunion thématique sur la mobilité (Praia)\n"
         "du 28 février au 1er mars 2024\n\nRéunion du comité de pilotage (Paris)\n"
         "le 1er juillet 2024\n\nRéunion des hauts fonctionnaires (Rabat)\n12-13.12.2024\n",
         [("thematic_meeting", "2024-02-28", "Praia"),
          ("steering_committee", "2024-07-01", "Paris"),
          ("senior_officials_meeting", "2024-12-12", "Rabat")]),
        # a line that says more than its date is no calendar's date line
        ("Rabat Process – Calendar\n\nThematic meeting on youth mobility (Praia)\n"
         "on 1 July 2024 the partners agreed\n",
         [("thematic_meeting", "2024-07-01", "Praia")]),
    ],
)  # fmt: skip
def test_a_date_line_opening_on_its_preposition(text: str, expected: list) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [(r.kind, r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Date | Meeting | Venue\n20-21/01/2026 | Senior Officials' Meeting | Abuja\n",
         "2026-01-20", "2026-01-21"),
        ("Réunion des hauts fonctionnaires (Rabat)\n12-13.12.2024\n", "2024-12-12", "2024-12-13"),
        ("Date | Meeting | Venue\n21/01/2026 | Senior Officials' Meeting | Abuja\n",
         "2026-01-21", "2026-01-21"),
    ],
)  # fmt: skip
def test_a_numeric_range_in_a_listing(text: str, start: str, end: str) -> None:
    [record] = extract_text(text, reference_date=date(2026, 11, 23))
    assert (record.start, record.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listing's date line with an abbreviated weekday and its hours
        ("Upcoming events\n\nThu 12 Mar 2026 · 09:00–17:00\nSteering Committee meeting – "
         "Brussels\n\nWed 25 Mar 2026 – Thu 26 Mar 2026\nThematic meeting on diaspora "
         "engagement – Lisbon\n\nTue 14 Apr 2026 · 10:00–12:00 CET\nTraining on return – "
         "Dakar\n",
         [("2026-03-12", "2026-03-12", "Brussels"), ("2026-03-25", "2026-03-26", "Lisbon"),
          ("2026-04-14", "2026-04-14", "Dakar")]),
        ("Agenda\n\njeu. 12 mars 2026, 9h00-17h00\nRéunion du comité de pilotage – "
         "Bruxelles\n\nmer. 25 mars 2026 – jeu. 26 mars 2026\nRéunion thématique sur la "
         "diaspora – Lisbonne\n",
         [("2026-03-12", "2026-03-12", "Brussels"), ("2026-03-25", "2026-03-26", "Lisbon")]),
        # a calendar's date badges, their parts on lines of their own
        ("Events\n\n12\nMAR\n2026\nSteering Committee meeting\nBrussels, Belgium\n\n"
         "25\nMAR\n2026\nThematic meeting on diaspora engagement\nLisbon, Portugal\n",
         [("2026-03-12", "2026-03-12", "Brussels"), ("2026-03-25", "2026-03-25", "Lisbon")]),
        # a line that says more than its date and hours is no date line: one meeting
        ("Upcoming events\n\nThu 12 Mar 2026 · 09:00 the partners open the Steering "
         "Committee meeting in Brussels\nThematic meeting on diaspora engagement – Lisbon\n",
         [("2026-03-12", "2026-03-12", "Brussels")]),
    ],
)  # fmt: skip
def test_listing_date_lines_with_weekdays_hours_and_badges(text: str, expected: list) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [(r.start, r.end, r.city) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "Other activities" entry under the page's story is one more meeting, with its
        # own title line, not the page's dateline
        ("Taller sobre migración circular\nEl Proceso de Rabat organizó un taller sobre "
         "migración circular en Sevilla el 14 de abril de 2026.\nOtras actividades\n"
         "Reunión temática sobre protección internacional\nMadrid, 5-6 de mayo de 2026\n",
         [("workshop", "2026-04-14", "Seville"), ("thematic_meeting", "2026-05-05", "Madrid")]),
        ("Workshop on circular migration\nThe Rabat Process organised a workshop on circular "
         "migration in Seville on 14 April 2026.\nYou may also be interested in\n"
         "Thematic meeting on diaspora engagement\nLisbon, 25-26 March 2026\n",
         [("workshop", "2026-04-14", "Seville"), ("thematic_meeting", "2026-03-25", "Lisbon")]),
        # above the story, the one "City, date" line is the page's own meeting's
        ("Workshop on return\nDakar, 3 May 2025\nThe workshop gathers experts of the partner "
         "countries to discuss the reintegration of returnees.",
         [("workshop", "2025-05-03", "Dakar")]),
    ],
)  # fmt: skip
def test_an_entry_under_the_pages_story(text: str, expected: list) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [(r.kind, r.start, r.city) for r in records] == expected


READ_ON = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-sentence story above an "Upcoming events" entry: the entry is one more
        # meeting, not the page's dateline
        ("The MTM Dialogue held an expert meeting in Valletta on 22 September 2025.\n\n"
         "Upcoming events\n\nMTM Senior Officials' Meeting\nRome, 4 December 2025",
         [("Valletta", "2025-09-22"), ("Rome", "2025-12-04")]),
        # a short line above is no story: the "City, date" line is the page's dateline
        ("Press release\n\nRome, 4 December 2025\n\nThe Senior Officials' Meeting opened "
         "today in Rome.", [("Rome", "2025-12-04")]),
        ("News from the dialogue.\nRome, 4 December 2025\nThe Senior Officials' Meeting "
         "opened today in Rome.", [("Rome", "2025-12-04")]),
    ],
)  # fmt: skip
def test_an_entry_under_a_story_of_one_sentence(text: str, expected: list) -> None:
    records = extract_text(text, "page.txt", READ_ON)
    assert [(r.city, r.start) for r in records] == expected


def test_a_long_line_above_an_entry_is_read_once() -> None:
    """A line of a hundred thousand words without a full stop above a listing entry."""
    text = "word " * 100_000 + "\nSenior Officials' Meeting\nRome, 4 December 2025\n"
    started = time.perf_counter()
    _passages(text)
    assert time.perf_counter() - started < 10


def test_an_agenda_of_date_and_place_lines_above_their_titles() -> None:
    """ "date | City" (or "| en ligne") above "Dialogue – meeting": one entry each, with its
    city, though the dialogue's name opens the next line."""
    text = (
        "Agenda des dialogues\n\n"
        "2026-12-10 | Genève\nProcessus de Rabat – Comité de pilotage\n\n"
        "2026-12-15 | en ligne\nProcessus de Prague – Webinaire sur la protection temporaire\n\n"
        "2027-01-19 – 2027-01-20 | Tunis\nDialogue MTM – Réunion d'experts sur la migration\n"
    )
    records = extract_text(text, "agenda.txt", READ_ON)
    assert [(r.start, r.city, r.format) for r in records] == [
        ("2026-12-10", "Geneva", None),
        ("2026-12-15", None, "virtual"),
        ("2027-01-19", "Tunis", None),
    ]


def test_entries_under_year_headings_take_their_heading_s_year() -> None:
    text = (
        "2019\nThematic meeting on smuggling, Cairo, 12 March\n"
        "Senior Officials' Meeting, Khartoum, 20 November\n\n2021\nWebinar on return, 9 June\n"
    )
    records = extract_text(text, "archive.txt", READ_ON)
    assert [r.start for r in records] == ["2019-03-12", "2019-11-20", "2021-06-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card whose date is still to come keeps its own place; the dated card its own
        ("Senior Officials' Meeting\nDate: to be confirmed\nVenue: Abuja, Nigeria\n\n"
         "Thematic meeting on diaspora\nDate: 12/03/2027\nVenue: Accra, Ghana",
         [("senior_officials_meeting", None, "Abuja"),
          ("thematic_meeting", "2027-03-12", "Accra")]),
        ("Atelier sur le retour\nDate : à confirmer\nLieu : Abuja, Nigeria\n\n"
         "Atelier sur la diaspora\nDate : 12/03/2027\nLieu : Dakar, Sénégal",
         [("workshop", None, "Abuja"), ("workshop", "2027-03-12", "Dakar")]),
        # one card alone with a date to come: one meeting
        ("Senior Officials' Meeting\nDate: to be confirmed\nVenue: Abuja, Nigeria",
         [("senior_officials_meeting", None, "Abuja")]),
    ],
)  # fmt: skip
def test_a_card_whose_date_is_to_be_confirmed(text: str, expected: list) -> None:
    records = extract_text(text, "cards.txt", READ_ON)
    assert [(r.kind, r.start, r.city) for r in records] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Past Ministerial Conferences\n\nBudapest, Hungary (1991)\nBerlin, Germany (1993)\n"
        "Istanbul, Turkey (2013)",
        "Past Ministerial Conferences\n- Budapest, 1991\n- Berlin, 1993\n- Istanbul, 2013",
        "Conférences ministérielles passées\n• Budapest (1991)\n• Berlin (1993)\n• Istanbul (2013)",
    ],
)
def test_past_meetings_listed_by_place_and_year(text: str) -> None:
    records = extract_text(text, "list.txt", READ_ON)
    assert [(r.kind, r.city, r.start) for r in records] == [
        ("ministerial_conference", "Budapest", "1991"),
        ("ministerial_conference", "Berlin", "1993"),
        ("ministerial_conference", "Istanbul", "2013"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the launch of a dialogue on a timeline is no meeting; the summit beside it is
        ("Milestones\n2014 – Rome: launch of the Khartoum Process\n"
         "2015 – Valletta: Summit on Migration", [("Valletta", "2015")]),
        ("2009 – Prague: launch of the Prague Process", []),
        ("2014 – Roma: lanzamiento del Proceso de Jartum", []),
        # a launch at a meeting keeps the meeting
        ("2006 – Rabat: launch of the Rabat Process at the first Euro-African Ministerial "
         "Conference", [("Rabat", "2006")]),
    ],
)  # fmt: skip
def test_a_timeline_s_launch_is_no_meeting(text: str, expected: list) -> None:
    records = extract_text(text, "timeline.txt", READ_ON)
    assert [(r.city, r.start) for r in records] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a card's place label in Spanish, Italian, Portuguese stays its card's
        "Reunión temática del Proceso de Rabat\nFecha: 2-3 de diciembre de 2026\nLugar: Madrid, "
        "España\n\nReunión de altos funcionarios del Proceso de Rabat\nFecha: 17 de marzo de 2027\n"
        "Lugar: Dakar\n",
        "Riunione tematica del Processo di Rabat\nData: 2-3 dicembre 2026\nLuogo: Madrid\n\n"
        "Riunione degli alti funzionari\nData: 17 marzo 2027\nLuogo: Dakar\n",
        "Reunião temática do Processo de Rabat\nData: 2-3 de dezembro de 2026\nLocal: Madrid\n\n"
        "Reunião de altos funcionários\nData: 17 de março de 2027\nLocal: Dakar\n",
    ],
)
def test_a_card_s_place_label_in_other_languages(text: str) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [(r.start, r.city) for r in records] == [
        ("2026-12-02", "Madrid"),
        ("2027-03-17", "Dakar"),
    ]


def test_cards_whose_date_line_opens_on_an_abbreviated_weekday() -> None:
    text = (
        "Events\n\nMon 12 Oct 2026 | Prague\nSenior Officials' Meeting of the Prague Process\n\n"
        "Tue 9 Mar 2027 | Warsaw\nThematic workshop on labour migration\n\n"
        "Wed 14 Apr 2027 | Vienna\nSteering Committee meeting\n"
    )
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [(r.kind, r.city, r.start) for r in records] == [
        ("senior_officials_meeting", "Prague", "2026-10-12"),
        ("workshop", "Warsaw", "2027-03-09"),
        ("steering_committee", "Vienna", "2027-04-14"),
    ]


def test_cards_of_date_then_place_then_title() -> None:
    text = (
        "Past events\n\n17 September 2025\nLisbon, Portugal\n"
        "Thematic Meeting on Legal Migration\n\n"
        "4 June 2025\nAbuja, Nigeria\nSenior Officials' Meeting\n\n"
        "12 March 2025\nNairobi, Kenya\nWorkshop on Migrant Smuggling\n"
    )
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [(r.kind, r.city, r.start) for r in records] == [
        ("thematic_meeting", "Lisbon", "2025-09-17"),
        ("senior_officials_meeting", "Abuja", "2025-06-04"),
        ("workshop", "Nairobi", "2025-03-12"),
    ]
