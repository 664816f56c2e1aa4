"""Whole documents in, full meeting records out."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import RECORD_KEYS, extract, extract_text, normalize_text
from processus.extraction.composed_titles import given_title
from tests.extraction import documents

REF = date(2026, 1, 15)


def _records(text: str, reference: date | None = REF) -> list[dict]:
    """The records' values; a composed title counts as none (test_composed_titles.py)."""
    out = []
    for record in extract(text, "doc.txt", reference).records:
        data = record.to_dict()
        data["title"] = given_title(data)
        data.pop("evidence")
        data.pop("source")
        out.append(data)
    return out


def _blank(**values: object) -> dict:
    record: dict = {key: None for key in RECORD_KEYS if key not in ("source", "evidence")}
    for key in ("dialogues", "hosts", "chairs", "organisers", "themes"):
        record[key] = []
    record.update(values)
    return record


def test_listing_page() -> None:
    assert _records(documents.LISTING) == [
        _blank(
            kind="thematic_meeting", title="Thematic Meeting on Labour Migration and Skills",
            dialogues=["Rabat Process"], start="2019-03-12", end="2019-03-13", city="Dakar",
            country="Senegal", status="past", hosts=["Senegal"], chairs=["Senegal", "Italy"],
            participants=95, participants_qualifier="about", countries_count=38,
            recommendations=14, themes=[2],
        ),
        _blank(
            kind="side_event", dialogues=["Rabat Process"], start="2018-12-04", end="2018-12-04",
            city="Tunis", country="Tunisia", status="past", organisers=["ICMPD"], themes=[4],
        ),
        _blank(
            kind="other", dialogues=["Khartoum Process", "Rabat Process"], start="2017-05-22",
            end="2017-05-23",
            city="Bamako", country="Mali", status="past", hosts=["Mali"], chairs=["Mali"],
            themes=[5],
        ),
    ]  # fmt: skip


def test_announcement_with_recalled_meeting() -> None:
    assert _records(documents.ANNOUNCEMENT, reference=None) == [
        _blank(
            kind="technical_meeting", dialogues=["Rabat Process"], start="2025-10-09",
            end="2025-10-10", city="Praia", country="Cabo Verde", format="hybrid",
            status="upcoming", chairs=["Belgium", "Cabo Verde"],
            registration_deadline="2025-09-15", themes=[3],
        ),
        _blank(
            kind="technical_meeting", dialogues=["Rabat Process"], start="2021-03", end="2021-03",
            city="Accra", country="Ghana", status="past",
        ),
    ]  # fmt: skip


def test_meeting_page() -> None:
    assert _records(documents.PAGE) == [
        _blank(
            kind="workshop", title="Workshop on Diaspora Investment and Remittances",
            dialogues=["Rabat Process"], start="2016-05-03", end="2016-05-04", city="Lisbon",
            country="Portugal", status="past", organisers=["ICMPD", "IOM"], participants=70,
            participants_qualifier="over", countries_count=25, recommendations=9, themes=[1],
        )
    ]  # fmt: skip


def test_feed() -> None:
    records = _records(documents.FEED, reference=date(2025, 5, 20))
    assert records == [
        _blank(
            kind="steering_committee", dialogues=["Rabat Process"], start="2025-06-04",
            end="2025-06-05", city="Rome", country="Italy", status="upcoming",
            chairs=["Italy", "Mauritania"], themes=[5],
        ),
        _blank(
            kind="thematic_meeting", city="Accra", country="Ghana", organisers=["Ghana", "France"],
            recommendations=11, themes=[1],
        ),
    ]  # fmt: skip


def test_french_concept_note() -> None:
    assert _records(documents.NOTE_FR, reference=date(2024, 9, 1)) == [
        _blank(
            kind="thematic_meeting", dialogues=["Rabat Process"], start="2024-11-13",
            end="2024-11-14", city="Dakar", country="Senegal", format="in_person",
            status="upcoming", chairs=["Senegal", "Spain"], participants=80,
            participants_qualifier="over", registration_deadline="2024-10-20", themes=[2],
        ),
        _blank(
            kind="ministerial_conference", dialogues=["Rabat Process"], start="2022-12",
            end="2022-12", city="Cádiz", country="Spain", status="past",
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [documents.LISTING, documents.ANNOUNCEMENT, documents.PAGE, documents.FEED, documents.NOTE_FR],
)
def test_evidence_points_into_the_text(text: str) -> None:
    result = extract(text, "doc.txt", REF)
    assert result.text == normalize_text(text)
    for record in result.records:
        data = record.to_dict()
        assert list(data) == list(RECORD_KEYS)
        fields = {e.field for e in record.evidence}
        for key, value in data.items():
            if key in ("source", "evidence") or value in (None, []):
                continue
            assert key in fields, (key, record)
        for item in record.evidence:
            assert result.text[item.start : item.end] == item.text
            assert item.field in RECORD_KEYS


def test_inferred_values_say_so() -> None:
    record = extract_text("The workshop took place in Rabat on 3 and 4 June.", "x", REF)[0]
    start = next(e for e in record.evidence if e.field == "start")
    assert start.inferred and start.note == (
        "year from reference date 2026-01-15, the last before it, as the text tells it as past"
        " ('took place')"
    )
    country = next(e for e in record.evidence if e.field == "country")
    assert country.inferred and country.note == "country of Rabat in the gazetteer"
    assert record.start == "2025-06-03"


def test_year_from_the_passage() -> None:
    text = (
        "Dakar, 10 March 2019, hosted by Senegal.\n"
        "The workshop followed a technical meeting held on 8 March in the same city.\n"
    )
    records = extract_text(text, "x", REF)
    assert [r.start for r in records] == ["2019-03-10", "2019-03-08"]


def test_status_from_the_reference_date() -> None:
    text = "The Rabat Process will hold a workshop in Dakar on 5 May 2020."
    assert extract_text(text, "x", date(2021, 1, 1))[0].status == "past"
    assert extract_text(text, "x", date(2019, 1, 1))[0].status == "upcoming"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a month that takes in the reference date: the tense of the text decides
        ("The Rabat Process thematic meeting was held last week in Dakar.", "past"),
        ("La reunión temática del Proceso de Rabat se celebró la semana pasada en Dakar.",
         "past"),
        ("The Rabat Process thematic meeting will take place later this month in Dakar.",
         "upcoming"),
        # a day, even today's, is compared with the reference date as before: begun, not over
        ("The Rabat Process thematic meeting was opened in Dakar on 20 November 2026.",
         "upcoming"),
    ],
)  # fmt: skip
def test_a_month_that_takes_in_the_reference_date_is_told_by_the_tense(
    text: str, status: str
) -> None:
    [record] = extract_text(f"Brussels, 20 November 2026\n\n{text}\n", "x", date(2026, 11, 20))
    assert record.start.startswith("2026-11")
    assert record.status == status


@pytest.mark.parametrize(
    ("verb", "start", "status"),
    [
        # the year-less day after the page's date when told to come, before it when told past
        ("will take place", "2023-05-04", "upcoming"),
        ("took place", "2022-05-04", "past"),
    ],
)
def test_publication_date_is_the_reference(verb: str, start: str, status: str) -> None:
    text = f"Published on 2 February 2023\n\nThe Rabat Process workshop {verb} in Dakar on 4 May."
    record = extract_text(text, "x")[0]
    assert (record.start, record.status) == (start, status)


def test_no_fabricated_meetings() -> None:
    text = (
        "On 18 December we celebrate the International Day of Migrants. Remittances from "
        "migrant workers help families in many countries. #remittances"
    )
    assert extract_text(text, "x", REF) == []


def test_meeting_without_dialogue_needs_kind_and_place() -> None:
    assert extract_text("The meeting was useful for 40 people.", "x", REF) == []
    record = extract_text("A two-day workshop was held in Kampala on 5 May 2022.", "x", REF)[0]
    assert (record.kind, record.city, record.dialogues) == ("workshop", "Kampala", [])


def test_programme_period_and_signing_are_not_meeting_dates() -> None:
    text = (
        "The Rabat Process adopted its programme for 2023-2027. The declaration signed on "
        "5 March 2016 was recalled at the thematic meeting in Rabat on 7 June 2018."
    )
    records = extract_text(text, "x", REF)
    assert [(r.start, r.city) for r in records] == [("2018-06-07", "Rabat")]


def test_repeated_mentions_merge() -> None:
    text = (
        "Over 60 participants attended the Thematic Meeting on Asylum Systems in Dakar on "
        "2 May 2018.\n\nOver 60 participants attended the Thematic Meeting on Asylum Systems "
        "in Dakar on 2 May 2018."
    )
    assert len(extract_text(text, "x", REF)) == 1


def test_joint_meeting_lists_both_dialogues() -> None:
    text = (
        "The Khartoum Process and Rabat Process Joint Meeting took place in Cairo on "
        "3 April 2019, co-chaired by Egypt and France."
    )
    record = extract_text(text, "x", REF)[0]
    assert record.kind == "joint_meeting"
    assert record.dialogues == ["Khartoum Process", "Rabat Process"]
    assert record.chairs == ["Egypt", "France"]


def test_empty_and_whitespace() -> None:
    assert extract_text("", "x") == []
    assert extract_text("   \n\n ", "x") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # partners of a second dialogue invited / taking part
        (
            "The Rabat Process holds a thematic meeting in Accra on 4 May 2022. Partners of "
            "the Khartoum Process are invited to attend.",
            ["Khartoum Process", "Rabat Process"],
        ),
        (
            "Le Processus de Khartoum organise une réunion thématique à Kigali le 3 mars 2023. "
            "Les partenaires du Processus de Rabat y participeront.",
            ["Khartoum Process", "Rabat Process"],
        ),
        # "the two dialogues" makes a shared meeting
        (
            "The first thematic meeting of the two dialogues, the Rabat Process and the "
            "Khartoum Process, took place in Nairobi on 6 June 2021.",
            ["Khartoum Process", "Rabat Process"],
        ),
        # a dialogue named as a topic only is not a participant
        (
            "The Rabat Process will hold a workshop in Dakar on 2 June 2022. It will present "
            "the work of the Khartoum Process.",
            ["Rabat Process"],
        ),
        # a declaration is not a dialogue
        (
            "A workshop on the Niamey Declaration was held in Niamey on 5 May 2019.",
            [],
        ),
        # "not a meeting of either dialogue"
        (
            "Leaders met in Valletta on 3 May 2016 for a summit. The summit was not a meeting "
            "of either dialogue, the Rabat Process or the Khartoum Process.",
            [],
        ),
    ],
)
def test_dialogues_of_a_meeting(text: str, expected: list[str]) -> None:
    records = extract_text(text, "x", REF)
    assert len(records) == 1
    assert records[0].dialogues == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rabat Process – News\n\nA workshop took place in Accra on 3 May 2022. An earlier "
        "thematic meeting on the same subject was held in Dakar on 4 March 2021.",
        "Processus de Rabat – Actualités\n\nUn atelier s'est tenu à Accra le 3 mai 2022. Une "
        "réunion thématique sur le même sujet s'était tenue à Dakar le 4 mars 2021.",
    ],
)
def test_heading_dialogue_goes_to_unnamed_meetings(text: str) -> None:
    records = extract_text(text, "x", REF)
    assert [r.city for r in records] == ["Accra", "Dakar"]
    assert all(r.dialogues == ["Rabat Process"] for r in records)
    ev = next(e for e in records[1].evidence if e.field == "dialogues")
    assert ev.inferred


def test_heading_with_two_dialogues_gives_none() -> None:
    text = (
        "Rabat Process and Khartoum Process – archive\n\nA workshop took place in Accra on "
        "3 May 2022. Another workshop was held in Dakar on 4 March 2021."
    )
    assert extract_text(text, "x", REF)[1].dialogues == []


def test_list_title_names_the_kind_of_its_entries() -> None:
    text = (
        "Processus de Rabat – Réunions ministérielles (archives)\n\n"
        "Première réunion – Accra, le 3 mai 2010\nAccueillie par le Ghana.\n\n"
        "Deuxième réunion – Lomé, le 4 juin 2013\nAccueillie par le Togo.\n"
    )
    records = extract_text(text, "x", REF)
    assert [(r.kind, r.city, r.hosts) for r in records] == [
        ("ministerial_conference", "Accra", ["Ghana"]),
        ("ministerial_conference", "Lomé", ["Togo"]),
    ]


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "Concept note\n\nAt the third ministerial conference, held in Rome in May 2014, "
            "partners agreed on a plan. The thematic meeting on asylum will take place in "
            "Accra on 3 and 4 June 2015. It is co-chaired by Ghana and Spain.",
            ("2015-06-03", "Accra", ["Ghana", "Spain"]),
        ),
        (
            "Note conceptuelle\n\nLe Dialogue a déjà traité le sujet : un atelier s'est tenu à "
            "Dakar le 3 mars 2021. La réunion thématique aura lieu à Lomé les 5 et 6 mai 2022. "
            "Elle est coprésidée par le Togo et la France.",
            ("2022-05-05", "Lomé", ["Togo", "France"]),
        ),
    ],
)
def test_main_meeting_is_the_one_that_takes_place(text: str, main: tuple) -> None:
    records = extract_text(text, "x", REF)
    assert (records[0].start, records[0].city, records[0].chairs) == main
    assert all(r.chairs == [] for r in records[1:])


@pytest.mark.parametrize(
    ("text", "fmt", "city"),
    [
        (
            "The Rabat Process thematic meeting was held in Accra on 3 May 2022 in a hybrid "
            "format: some delegations joined by videoconference.",
            "hybrid",
            "Accra",
        ),
        (
            "A virtual thematic meeting of the Rabat Process took place on 3 May 2021. It was "
            "originally planned to take place in Lisbon.",
            "virtual",
            None,
        ),
        (
            "Une réunion thématique virtuelle du Processus de Rabat s'est tenue le 3 mai 2021. "
            "Elle était initialement prévue à Lisbonne.",
            "virtual",
            None,
        ),
        # one guest who took part from afar: the meeting held in its city keeps no format
        (
            "The Minister joined online the Senior Officials' Meeting held in Rabat on 13 "
            "November 2024.",
            None,
            "Rabat",
        ),
        (
            "Le Tchad a participé à distance à la réunion des hauts fonctionnaires tenue à "
            "Rabat le 13 novembre 2024.",
            None,
            "Rabat",
        ),
        (
            "España participó por videoconferencia en la reunión técnica celebrada en Rabat el "
            "13 de noviembre de 2024.",
            None,
            "Rabat",
        ),
        # ... but a meeting with no venue that people joined online was held online
        (
            "Forty experts joined online the thematic meeting on return on 13 November 2024.",
            "virtual",
            None,
        ),
    ],
)
def test_format_and_venue(text: str, fmt: str, city: str | None) -> None:
    record = extract_text(text, "x", REF)[0]
    assert (record.format, record.city) == (fmt, city)


@pytest.mark.parametrize(
    "text",
    [
        "Glad to see the summit between the Northern Union and the African Union held in "
        "Brussels on 17 February 2022! Leaders discussed migration and mobility. #Partnership "
        "#Cooperation Some Agency European Commission AfricanUnion Rabat Process Khartoum "
        "Process",
        "Heureux de voir le sommet entre l'Union du Nord et l'Union africaine tenu à Bruxelles "
        "le 17 février 2022 ! Les dirigeants ont parlé de mobilité. #Partenariat #Coopération "
        "Une Agence Commission européenne Union africaine Processus de Rabat",
        # a feed post: the tag run closes the post, not the document
        "12h • \nGlad to see the summit held in Brussels on 17 February 2022! #Partnership "
        "#Cooperation Some Agency Rabat Process\nTo view or add a comment, sign in\n",
    ],
)
def test_trailing_tags_give_no_dialogue(text: str) -> None:
    records = _records(text)
    assert records, "the summit is dated and placed: it stays a record"
    assert all(r["dialogues"] == [] for r in records)


@pytest.mark.parametrize(
    "text",
    [
        "Meetings held so far\n\nThe Rabat Process brings its partners together every year. "
        "It organised the following meetings.\n\n"
        "Dakar, 3-4 May 2018\nThematic meeting on legal migration. Members of the Khartoum "
        "Process were also invited.\n\n"
        "Madrid, 10 October 2019\nSenior officials meeting of the Rabat Process.\n\n"
        "Accra, 5 March 2020\nTechnical meeting of the Rabat Process on return.\n",
        "Réunions passées\n\nLe Processus de Rabat réunit ses partenaires chaque année. Il a "
        "organisé les réunions suivantes.\n\n"
        "Dakar, 3-4 mai 2018\nRéunion thématique sur la migration légale. Les membres du "
        "Processus de Khartoum ont aussi été invités.\n\n"
        "Madrid, 10 octobre 2019\nRéunion des hauts fonctionnaires du Processus de Rabat.\n\n"
        "Accra, 5 mars 2020\nRéunion technique du Processus de Rabat sur le retour.\n",
    ],
)
def test_invited_dialogue_keeps_the_lists_dialogue(text: str) -> None:
    records = _records(text)
    assert [r["dialogues"] for r in records] == [
        ["Khartoum Process", "Rabat Process"],
        ["Rabat Process"],
        ["Rabat Process"],
    ]
    assert [r["city"] for r in records] == ["Dakar", "Madrid", "Accra"]


@pytest.mark.parametrize(
    "guests",
    [
        "Members of the Khartoum Process were also invited.",
        "Partners of the Khartoum Process were invited as observers.",
        "Representatives of the Khartoum Process had been invited too.",
        "Les membres du Processus de Khartoum ont aussi été invités.",
        "Des représentants du Processus de Khartoum étaient invités.",
        "Les partenaires du Processus de Khartoum ont été invités.",
    ],
)
def test_invited_guests_phrasings(guests: str) -> None:
    text = (
        "The Rabat Process organised the following meetings.\n\n"
        f"Dakar, 3-4 May 2018\nThematic meeting on legal migration. {guests}\n\n"
        "Madrid, 10 October 2019\nSenior officials meeting of the Rabat Process.\n"
    )
    records = _records(text)
    assert records[0]["dialogues"] == ["Khartoum Process", "Rabat Process"]
    assert records[1]["dialogues"] == ["Rabat Process"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"Skills for Jobs": high-level meeting in Accra\n\nThe Rabat Process will hold a '
         "thematic meeting in Accra on 3 and 4 May 2026, co-chaired by Ghana and Spain.",
         "Skills for Jobs"),
        ("Processus de Rabat\n\nLomé accueillera la réunion « Villes et migrations » les 3 et 4 "
         "mai 2026. Cette réunion thématique est coprésidée par le Togo et la France.",
         "Villes et migrations"),
        ("Past meetings of the Rabat Process\n\nRéunion « Villes et migrations » – Lomé, les 3 "
         "et 4 mai 2021\nOrganisée par le Togo, cette réunion thématique a réuni 80 participants.",
         "Villes et migrations"),
    ],
)  # fmt: skip
def test_a_name_written_beside_another_mention_of_the_meeting(text: str, title: str) -> None:
    records = extract_text(text, "x", REF)
    assert records[0].title == title
    assert [e.text for e in records[0].evidence if e.field == "title"] == [title]


def test_a_side_meeting_keeps_the_rest_of_its_paragraph() -> None:
    text = (
        "The Senior Officials' Meeting of the Rabat Process took place in Rabat on 1 February "
        "2024, hosted by Morocco. In all, 115 participants took part.\n\n"
        "On 31 January 2024, also in Rabat, a side event co-chaired by Morocco and Portugal "
        "gathered 130 participants. Two panels discussed skills, and the event produced 14 "
        "recommendations.\n"
    )
    main, side = extract_text(text, "x", REF)
    assert (main.kind, main.participants, main.recommendations) == (
        "senior_officials_meeting", 115, None)  # fmt: skip
    assert (side.kind, side.participants, side.recommendations) == ("side_event", 130, 14)


def test_a_sentence_naming_both_meetings_keeps_its_facts_with_the_main_one() -> None:
    text = (
        "Tunis, 4 December 2018, organised by ICMPD\n"
        "A side event was organised in the margins of the annual conference held on "
        "3 December 2018. It looked at border management statistics.\n"
    )
    records = extract_text(text, "x", REF)
    assert records[0].kind == "side_event" and records[0].themes == [4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Concept note\n\nThe Rabat Process has already worked on the subject: a virtual "
         "thematic meeting was held in December 2021, and a thematic meeting took place in "
         "Málaga on 29-30 September 2022, co-chaired by Spain and Nigeria. The thematic "
         "meeting will be held in Praia on 20-21 June 2024.",
         [("2024-06-20", "Praia", []), ("2021-12", None, []),
          ("2022-09-29", "Málaga", ["Spain", "Nigeria"])]),
        ("Rapport\n\nLe Processus de Rabat a tenu un atelier à Dakar le 3 mai 2019, et une "
         "réunion technique s'est tenue à Accra le 5 juin 2019.",
         [("2019-06-05", "Accra", []), ("2019-05-03", "Dakar", [])]),
        ("The Rabat Process held a workshop on 3 and 4 May 2019 in Dakar, and partners "
         "thanked Senegal.",
         [("2019-05-03", "Dakar", [])]),
    ],
)  # fmt: skip
def test_two_meetings_in_one_sentence(text: str, expected: list[tuple]) -> None:
    records = extract_text(text, "x", REF)
    assert [(r.start, r.city, r.chairs) for r in records] == expected


def test_the_two_dialogues_of_a_page_about_both() -> None:
    text = (
        "Meetings shared by the Rabat Process and the Khartoum Process\nCompiled 1 June 2025\n\n"
        "8-9 November 2017 – Luxor, Egypt\nTrilateral thematic meeting of the Khartoum "
        "Process and the Rabat Process on trafficking.\n\n"
        "5-7 October 2022 – Addis Ababa, Ethiopia\n"
        "First thematic meeting of the two dialogues on climate change and migration.\n"
    )
    luxor, addis = extract_text(text, "x", REF)
    assert luxor.dialogues == addis.dialogues == ["Khartoum Process", "Rabat Process"]
    names = [e.text for e in addis.evidence if e.field == "dialogues"]
    assert sorted(names) == ["Khartoum Process", "Rabat Process"]


def test_joint_meeting_named_with_both_dialogues_in_french() -> None:
    text = (
        "Communiqué – Bruxelles, le 2 mai 2024\n\nLomé accueillera une réunion conjointe des "
        "processus de Khartoum et de Rabat\n\nUne Réunion conjointe de haut niveau du Processus "
        "de Khartoum et du Processus de Rabat aura lieu à Lomé les 6 et 7 juin 2024."
    )
    (record,) = extract_text(text, "x", REF)
    assert record.dialogues == ["Khartoum Process", "Rabat Process"]


@pytest.mark.parametrize(
    "same",
    ["on the same subject", "on the same topic", "sur le même sujet"],
)
def test_a_meeting_on_the_same_subject_shares_the_themes(same: str) -> None:
    text = (
        "The Rabat Process held a thematic meeting on voluntary return and reintegration in "
        "Yaoundé on 25 April 2023. It built on a webinar " + same + ", co-chaired by France, "
        "which took place online on 21 January 2021."
    )
    main, earlier = extract_text(text, "x", REF)
    assert main.themes == earlier.themes == [5]
    (ev,) = [e for e in earlier.evidence if e.field == "themes"]
    assert ev.inferred and same in ev.text


def test_topics_of_other_meetings_are_not_this_meetings_themes() -> None:
    text = (
        "The Senior Officials' Meeting of the Rabat Process took place in Porto on 29-30 "
        "January 2025. Its film recalled a thematic meeting on diaspora engagement and "
        "another on mobility schemes.\n\nA side event on circular migration\n"
    )
    (record,) = extract_text(text, "x", REF)
    assert record.kind == "senior_officials_meeting" and record.themes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une réunion conjointe se tiendra à Lisbonne les 16 et 17 octobre 2024. Leur première "
         "réunion thématique conjointe s'est tenue à Louxor, en Égypte, en 2017.",
         ("2017", "Luxor", "past")),
        ("The thematic meeting will take place in Berlin on 4 and 5 October 2023. Back in "
         "2021, the Rabat Process had organised a workshop on climate and mobility.",
         ("2021", None, "past")),
        ("Une réunion thématique du Processus de Rabat aura lieu à Dakar le 3 mai 2026. "
         "Dès 2019, un atelier avait eu lieu à Niamey sur ce sujet.",
         ("2019", "Niamey", "past")),
    ],
)  # fmt: skip
def test_a_recalled_meeting_dated_by_its_year(text: str, expected: tuple) -> None:
    records = extract_text(text, "x", REF)
    assert len(records) == 2
    recalled = records[1]
    assert (recalled.start, recalled.city, recalled.status) == expected
    assert recalled.end == recalled.start


@pytest.mark.parametrize(
    "text",
    [
        # no meeting said to be held in that year
        "The thematic meeting will take place in Berlin on 4 and 5 October 2023. Partners "
        "adopted the plan in 2018.",
        # a fuller date in the same sentence dates the meeting
        "The thematic meeting will take place in Berlin on 4 and 5 October 2023. A workshop "
        "was held in Dakar on 3 May 2021, in 2021's first quarter.",
        # a year that is not introduced as the time of the meeting
        "The thematic meeting will take place in Berlin on 4 and 5 October 2023. A workshop "
        "was held on the 2018 action plan.",
    ],
)
def test_years_that_date_no_meeting(text: str) -> None:
    records = extract_text(text, "x", REF)
    assert all(r.start is None or len(r.start) > 4 for r in records)


def test_a_sentence_about_the_new_meeting_is_not_the_recalled_ones() -> None:
    text = (
        "Une réunion conjointe des deux processus se tiendra à Lisbonne les 16 et 17 octobre "
        "2024 sur la mobilité.\n\nLa première réunion conjointe s'est tenue à Louxor en 2017. "
        "Cette nouvelle rencontre portera sur la migration de travail et la mobilité des talents."
    )
    records = extract_text(text, "x", REF)
    assert [r.start for r in records] == ["2024-10-16", "2017"]
    assert records[1].themes == []


def test_a_title_line_above_each_list_entry() -> None:
    text = (
        "Rabat Process – Past meetings\n\n"
        "Workshop on labour migration\nRabat, Morocco, 4 May 2023. Hosted by Morocco.\n\n"
        "Thematic meeting on asylum\nDakar, Senegal, 6 June 2023. Hosted by Senegal.\n\n"
        "Senior Officials' Meeting\nLisbon, Portugal, 7 July 2023.\n"
    )
    records = extract_text(text, "x", REF)
    assert [(r.city, r.kind, r.themes) for r in records] == [
        ("Rabat", "workshop", [2]),
        ("Dakar", "thematic_meeting", [3]),
        ("Lisbon", "senior_officials_meeting", []),
    ]
    assert [r.title for r in records[:2]] == [
        "Workshop on labour migration", "Thematic meeting on asylum"]  # fmt: skip


def test_a_description_line_below_an_entry_stays_with_it() -> None:
    text = (
        "Past meetings\n\n"
        "Dakar, Senegal, 12 March 2019, hosted by Senegal.\nThematic meeting on asylum\n"
        "Tunis, Tunisia, 4 December 2018, hosted by Tunisia.\nWorkshop on labour migration\n"
    )
    records = extract_text(text, "x", REF)
    assert [(r.city, r.kind) for r in records] == [
        ("Dakar", "thematic_meeting"), ("Tunis", "workshop")]  # fmt: skip


@pytest.mark.parametrize(
    "then",
    ["Delegations then adopted 10 recommendations.",
     "Afterwards, delegations adopted 10 recommendations.",
     "Les délégations ont ensuite adopté 10 recommandations."],
)  # fmt: skip
def test_a_side_meetings_paragraph_stops_where_the_story_moves_on(then: str) -> None:
    text = (
        "The Senior Officials' Meeting took place in Lisbon on 16 January 2025. On 15 "
        "January, a side event on diaspora investment brought together 40 participants. " + then
    )
    main, side = extract_text(text, "x", REF)
    assert (main.recommendations, side.recommendations) == (10, None)
    assert side.participants == 40


def test_a_side_event_on_the_margins_of_the_main_meeting_keeps_its_kind() -> None:
    text = (
        "The Senior Officials' Meeting took place in Rabat on 1 February 2024. On 31 January, "
        "on the margins of the Senior Officials' Meeting, a side event on circular migration "
        "gathered 130 participants."
    )
    main, side = extract_text(text, "x", REF)
    assert (main.kind, side.kind, side.participants) == (
        "senior_officials_meeting", "side_event", 130)  # fmt: skip


def test_list_entries_of_a_page_about_two_dialogues_take_neither() -> None:
    text = (
        "Meetings shared by the Rabat Process and the Khartoum Process\n\n"
        "3 May 2019 – Rome, Italy\nThematic meeting on smuggling.\n\n"
        "5 June 2020 – Accra, Ghana\nSecond joint thematic meeting on skills.\n"
    )
    rome, accra = extract_text(text, "x", REF)
    assert rome.dialogues == []
    assert accra.dialogues == ["Khartoum Process", "Rabat Process"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dialogue hosted a workshop on smuggling in Asmara in 2018.", ("2018", "Asmara")),
        ("The thematic meeting took place in Accra on 3 May 2026. Delegates recalled the "
         "workshop on visas held in Dakar in 2025.", ("2025", "Dakar")),
        ("The Rabat Process has already worked on asylum: a workshop took place in Tunis in "
         "2016, and a thematic meeting was held in Rabat on 15-16 June 2015.", ("2016", "Tunis")),
    ],
)  # fmt: skip
def test_more_meetings_dated_by_their_year(text: str, expected: tuple) -> None:
    records = extract_text(text, "x", REF)
    assert expected in [(r.start, r.city) for r in records]


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        ("The thematic meeting on return was held in Banjul on 4 June 2025.", [5]),
        ("Un atelier sur la traite s'est tenu à Dakar le 3 mai 2025.", [4]),
        # a weak word deep in the topic, or beside a strong one, is not promoted
        ("The thematic meeting on youth mobility took place in Accra on 3 May 2026.", []),
        ("A webinar on the protection of victims of trafficking took place online on 3 May "
         "2021.", [4]),
    ],
)  # fmt: skip
def test_a_weak_word_that_opens_the_meetings_topic(text: str, themes: list[int]) -> None:
    (record,) = extract_text(text, "x", REF)
    assert record.themes == themes


def test_document_nouns_number_words_and_publications() -> None:
    text = (
        "Rabat Process – News\n\n"
        "The thematic meeting on legal pathways was held in Banjul on 4 June 2025 and gathered "
        "two dozen experts from a dozen countries. The report of the meeting lists 12 "
        "recommendations.\n\nThe final meeting report will be released on 30 July 2025.\n"
    )
    (record,) = extract_text(text, "x", REF)
    assert (record.participants, record.countries_count, record.recommendations) == (24, 12, 12)


def test_a_french_training_in_cairo() -> None:
    text = (
        "Processus de Rabat – Actualités\n\n"
        "Une formation de deux jours destinée aux inspecteurs du travail s'est tenue au Caire "
        "les 3 et 4 mars 2025. Elle a réuni trois cents participants.\n\n"
        "Le rapport de la réunion a été diffusé le 30 avril 2025. Une étude publiée par le "
        "Secrétariat en 2026 formule 15 recommandations.\n"
    )
    (record,) = extract_text(text, "x", REF)
    assert (record.kind, record.city, record.country, record.participants) == (
        "training", "Cairo", "Egypt", 300)  # fmt: skip
    assert record.recommendations is None


def test_short_city_names_and_plus_counts() -> None:
    text = (
        "A workshop of the Khartoum Process took place in Addis on 10 October 2024 with 150+ "
        "participants."
    )
    (record,) = extract_text(text, "x", REF)
    assert (record.city, record.participants, record.participants_qualifier) == (
        "Addis Ababa", 150, "over")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Senior Officials' Meeting of December 2024 recalled a thematic meeting on visa "
        "facilitation held in Praia.",
        "La réunion des hauts fonctionnaires de décembre 2024 a rappelé la réunion thématique "
        "sur les visas tenue à Praia.",
    ],
)
def test_the_venue_and_topic_of_a_meeting_recalled_in_passing(text: str) -> None:
    (record,) = extract_text(text, "x", REF)
    assert (record.kind, record.start, record.city, record.themes) == (
        "senior_officials_meeting", "2024-12", None, [])  # fmt: skip


def test_a_meetings_own_venue_after_held_in() -> None:
    (record,) = extract_text(
        "The thematic meeting on visas held in Praia on 3 May 2024 was a success.", "x", REF
    )
    assert (record.kind, record.city) == ("thematic_meeting", "Praia")


@pytest.mark.parametrize(
    ("sentence", "kind", "city"),
    [
        ("Alongside the meeting, civil society groups held their own side event in Lisbon.",
         "side_event", "Lisbon"),
        ("The programme also included a field visit in Mindelo to a reception centre.",
         "field_visit", "Mindelo"),
        ("En marge de la réunion, une visite de terrain a été organisée à Mindelo.",
         "field_visit", "Mindelo"),
    ],
)  # fmt: skip
def test_an_undated_meeting_told_beside_the_main_one(sentence: str, kind: str, city: str) -> None:
    text = (
        "The Rabat Process held a thematic meeting in Praia on 20 and 21 June 2024, "
        "co-chaired by Cabo Verde and Portugal. " + sentence
    )
    main, other = extract_text(text, "x", REF)
    assert (main.kind, main.city, main.chairs) == (
        "thematic_meeting", "Praia", ["Cabo Verde", "Portugal"])  # fmt: skip
    assert (other.kind, other.start, other.city, other.chairs) == (kind, None, city, [])


@pytest.mark.parametrize(
    "sentence",
    [
        # the same meeting told again
        "The Rabat Process held a thematic meeting on skills in Praia.",
        # no place of its own
        "The programme also included a field visit to a reception centre.",
        # a meeting in general, not a new one
        "Field visits in Praia are also planned for the next years.",
    ],
)
def test_sentences_that_place_no_other_meeting(sentence: str) -> None:
    text = "Praia, 20-21 June 2024, hosted by Cabo Verde and co-chaired by Portugal. " + sentence
    (record,) = extract_text(text, "x", REF)
    assert (record.city, record.chairs) == ("Praia", ["Cabo Verde", "Portugal"])


@pytest.mark.parametrize(
    "text",
    [
        "The Senior Officials' Meeting of the Rabat Process opened in Dakar on 12 March 2025, "
        "and the meeting closed on 14 March 2025 with the adoption of conclusions.",
        "Le Processus de Rabat a tenu sa réunion thématique à Dakar le 3 avril 2025 et la "
        "réunion a réuni 80 participants le 4 avril 2025.",
    ],
)
def test_the_same_meeting_told_twice_in_one_sentence_is_one_record(text: str) -> None:
    (record,) = extract_text(text, "x", REF)
    assert record.city == "Dakar"


@pytest.mark.parametrize(
    "sentence",
    [
        "Participants also discussed the possibility of organising a workshop in Conakry.",
        "Alongside the meeting, a side event was planned in Mindelo but was cancelled.",
        "Le programme comprenait également un atelier à Bamako, annulé faute de financement.",
        "Alongside the meeting, a training gathered border officers from Kampala.",
    ],
)
def test_no_record_for_an_unreal_or_unplaced_side_meeting(sentence: str) -> None:
    text = "The thematic meeting took place in Praia on 20 June 2024. " + sentence
    (record,) = extract_text(text, "x", REF)
    assert record.city == "Praia"


@pytest.mark.parametrize(
    "text",
    [
        "Arrivals along the route doubled in 2023, the workshop held in Niamey heard.",
        "The thematic meeting on return, held in Tunis, welcomed the progress made in 2024.",
        "A training was organised in Nouakchott; the curriculum had been written in 2021.",
        "The workshop, which was first proposed in 2019, was finally held in Freetown.",
    ],
)
def test_a_year_that_is_not_the_meetings(text: str) -> None:
    (record,) = extract_text(text, "x", REF)
    assert record.start is None


@pytest.mark.parametrize(
    "then",
    [
        "Overall, 200 delegates from 45 countries attended, and the conclusions contain 18 "
        "recommendations.",
        "Au total, 200 délégués de 45 pays ont participé et les conclusions contiennent 18 "
        "recommandations.",
        "Day two was devoted to skills; 200 participants from 45 countries took part and "
        "adopted 18 recommendations.",
    ],
)
def test_what_sums_up_the_whole_meeting_is_not_the_side_events(then: str) -> None:
    text = (
        "The Senior Officials' Meeting took place in Rabat on 30 and 31 January 2026. On 31 "
        "January, a side event on diaspora investment gathered 60 participants. " + then
    )
    main, side = extract_text(text, "x", REF)
    assert (main.recommendations, side.recommendations, side.participants) == (18, None, 60)


def test_a_list_entry_under_a_heading_naming_two_dialogues() -> None:
    text = (
        "Meetings shared by the Rabat Process and the Khartoum Process\n\n"
        "Dakar, 3 March 2025\nWorkshop on labour migration organised by ICMPD.\n"
    )
    (record,) = extract_text(text, "x", REF)
    assert (record.dialogues, record.title, record.organisers) == (
        [], "Workshop on labour migration", ["ICMPD"])  # fmt: skip


def test_a_meeting_held_to_prepare_another_is_not_the_other() -> None:
    text = (
        "Senior officials of the Rabat Process partners met in Madrid on 20 October 2022 to "
        "prepare the 6th Ministerial Conference."
    )
    [record] = extract_text(text)
    assert (record.kind, record.city, record.start) == (
        "senior_officials_meeting", "Madrid", "2022-10-20"
    )  # fmt: skip


def test_a_meeting_carried_out_is_reported_as_held() -> None:
    text = (
        "The second webinar of the Khartoum Process series was carried out on 28 April 2021.\n"
        "The virtual event gathered over 140 participants.\n"
        "On 31 March 2021, more than 100 attendees met online during a first webinar."
    )
    first, *_rest = extract_text(text)
    assert (first.start, first.participants) == ("2021-04-28", 140)


def _headline_page(headline_name: str) -> str:
    return (
        f"Ghana to host {headline_name} of the Rabat Process on Monday\n\n"
        "The Senior Officials' Meeting of the Rabat Process took place in Kumasi on "
        "3 March 2025.\n\n"
        "Officials will open the Third Ministerial Meeting of the Rabat Process in Accra on "
        "Monday, 12 May 2025, after two years of preparation.\n"
    )


def test_the_headline_meeting_takes_the_date_of_the_sentence_naming_it() -> None:
    records = extract_text(_headline_page("Third Ministerial Meeting"), source="news.txt")
    hosted = [(r.start, r.city, r.kind) for r in records if r.hosts == ["Ghana"]]
    assert hosted == [("2025-05-12", "Accra", "ministerial_conference")]


def test_a_headline_no_sentence_names_leaves_the_anchor_to_the_sentences() -> None:
    records = extract_text(_headline_page("Regional Conference"), source="news.txt")
    # the first meeting reported as held stays the page's own
    hosted = [(r.start, r.city) for r in records if r.hosts == ["Ghana"]]
    assert hosted == [("2025-03-03", "Kumasi")]


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        # the format of another session, dated on its own line, is not the entry's
        ("Training on document fraud – Abidjan, 5 March 2024\nOnline follow-up session on 12 "
         "March 2024.", None),
        # the entry's own format
        ("Training on document fraud – Abidjan, 5 March 2024\nThe training was held online.",
         "virtual"),
        ("Training on document fraud – Abidjan, 5 March 2024\nHeld online on 5 March 2024.",
         "virtual"),
    ],
)  # fmt: skip
def test_a_format_belongs_to_the_session_its_sentence_dates(text: str, fmt: str | None) -> None:
    records = extract_text(text, "x", REF)
    assert [r.format for r in records][:1] == [fmt]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roles, a dialogue and a kind without a date or a place say no meeting
        ("ICMPD organises the thematic meetings of the Rabat Process.", []),
        ("Le Maroc préside les réunions du Processus de Rabat.", []),
        # a date or a place makes one
        ("ICMPD organised the Rabat Process thematic meeting in Dakar.",
         [("thematic_meeting", None, "Dakar")]),
        ("ICMPD organised the Rabat Process thematic meeting on 3 May 2025.",
         [("thematic_meeting", "2025-05-03", None)]),
    ],
)  # fmt: skip
def test_a_meeting_needs_a_date_or_a_place(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [(r.kind, r.start, r.city) for r in records] == expected
