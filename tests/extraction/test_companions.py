"""Meetings named together in one sentence make one record each."""

from __future__ import annotations

from datetime import date

import pytest

from processus.extraction import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 and 4 May 2025, a Senior Officials' Meeting (SOM) and a special event on "
         "seasonal work will be held in Dakar, Senegal, under the Rabat Process.",
         [("senior_officials_meeting", "2025-05-03", "2025-05-04", "Dakar"),
          ("side_event", "2025-05-03", "2025-05-04", "Dakar")]),
        # "respectively": one day each, in the order of the nouns
        ("On 5 and 6 June 2019, the Khartoum Process partners convened for Steering "
         "Committee and Senior Officials Meetings respectively in Kampala, Uganda.",
         [("steering_committee", "2019-06-05", "2019-06-05", "Kampala"),
          ("senior_officials_meeting", "2019-06-06", "2019-06-06", "Kampala")]),
        ("Le comité de pilotage et la réunion des hauts fonctionnaires du Processus de Rabat "
         "se sont tenus à Praia les 2 et 3 octobre 2024.",
         [("steering_committee", "2024-10-02", "2024-10-03", "Praia"),
          ("senior_officials_meeting", "2024-10-02", "2024-10-03", "Praia")]),
        # without "respectively" both keep the whole range
        ("On 5 and 6 June 2019, the Khartoum Process partners convened for Steering "
         "Committee and Senior Officials Meetings in Kampala, Uganda.",
         [("steering_committee", "2019-06-05", "2019-06-06", "Kampala"),
          ("senior_officials_meeting", "2019-06-05", "2019-06-06", "Kampala")]),
        # two nouns not joined by "and" are not two meetings of the sentence
        ("Delegates of the workshop joined the Senior Officials' Meeting of the Rabat Process, "
         "held in Abuja on 3 May 2025.",
         [("senior_officials_meeting", "2025-05-03", "2025-05-03", "Abuja")]),
    ],
)  # fmt: skip
def test_meetings_named_together(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    records = extract_text(text)
    assert sorted((r.kind, r.start, r.end, r.city) for r in records) == sorted(expected)


def test_a_role_told_of_the_second_meeting_is_its_own() -> None:
    text = (
        "On 5 and 6 June 2019, the Khartoum Process partners convened for Steering "
        "Committee and Senior Officials Meetings respectively in Kampala, Uganda.\n\n"
        "Chaired by Uganda, this Senior Officials Meeting adopted the work plan."
    )
    committee, som = extract_text(text)
    assert (committee.kind, committee.chairs) == ("steering_committee", [])
    assert (som.kind, som.chairs) == ("senior_officials_meeting", ["Uganda"])


def test_a_meeting_in_the_margins_of_another_is_no_companion() -> None:
    text = (
        "The Senior Officials' Meeting took place in Rabat on 1 February 2024. On 31 January, "
        "on the margins of the Senior Officials' Meeting, a side event gathered 130 people."
    )
    assert sorted(r.kind for r in extract_text(text)) == ["senior_officials_meeting", "side_event"]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("The Senior Officials' Meeting of the Rabat Process will take place in Porto, Portugal, "
         "on 29 January 2025. It will be preceded by a Steering Committee meeting on 28 January "
         "2025.", "Porto", "Portugal"),
        ("La réunion des hauts fonctionnaires du Processus de Rabat s'est tenue à Praia le 3 "
         "octobre 2024. Elle a été précédée par une réunion du comité de pilotage le 2 octobre "
         "2024.", "Praia", "Cabo Verde"),
        # a meeting told apart from the main one keeps no place
        ("The Senior Officials' Meeting of the Rabat Process will take place in Porto, Portugal, "
         "on 29 January 2025. A Steering Committee meeting was held on 3 May 2024.", None, None),
    ],
)  # fmt: skip
def test_a_meeting_held_beside_the_main_one_shares_its_place(
    text: str, city: str | None, country: str | None
) -> None:
    records = extract_text(text)
    [committee] = [r for r in records if r.kind == "steering_committee"]
    assert (committee.city, committee.country) == (city, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 24 May 2022, South Sudan hosted a regional training of the Khartoum Process on "
         "border management.", "South Sudan"),
        # online, or with a place of its own, the host's country is not the venue
        ("On 24 May 2022, South Sudan hosted a virtual training of the Khartoum Process on "
         "border management.", None),
        ("On 24 May 2022, South Sudan hosted a regional training of the Khartoum Process in "
         "Nairobi.", "Kenya"),
        # an organisation hosts no country
        ("On 24 May 2022, IOM hosted a regional training of the Khartoum Process on data.", None),
    ],
)  # fmt: skip
def test_the_host_state_is_the_country_when_no_place_is_written(
    text: str, country: str | None
) -> None:
    [record] = extract_text(text)
    assert record.country == country


_TOGETHER = (
    "On 3 and 4 May 2025, a Senior Officials' Meeting (SOM) and a special event on seasonal "
    "work will be held in Dakar, Senegal, under the Rabat Process.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb's object is the special event: the inviter organises it
        ("Beside the SOM, the Ghanaian Ministry of Labour invites SOM delegates to a special "
         "event on seasonal work.", {"side_event": ["Ghana"], "senior_officials_meeting": []}),
        # the verb's object is the SOM: the role stays with it
        ("Beside the special event, the Ghanaian Ministry of Labour invites delegates to the "
         "SOM.", {"side_event": [], "senior_officials_meeting": ["Ghana"]}),
    ],
)  # fmt: skip
def test_a_role_verb_names_its_meeting_by_its_object(sentence: str, expected) -> None:
    records = extract_text(_TOGETHER + sentence)
    assert {r.kind: r.organisers for r in records} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting named in passing as the one another was held beside: a record too
        ("In May 2022 a training on document fraud was organised in the margins of a Rabat "
         "Process meeting in Praia.",
         [("other", "2022-05", "Praia"), ("training", "2022-05", "Praia")]),
        ("A workshop on return was held on 3 May 2023 in Dakar on the sidelines of a Senior "
         "Officials' Meeting of the Rabat Process.",
         [("senior_officials_meeting", "2023-05-03", "Dakar"),
          ("workshop", "2023-05-03", "Dakar")]),
        ("En marge de la réunion des hauts fonctionnaires du Processus de Rabat, un atelier "
         "s'est tenu à Dakar le 3 mai 2023.",
         [("senior_officials_meeting", "2023-05-03", "Dakar"),
          ("workshop", "2023-05-03", "Dakar")]),
        ("Al margen de una reunión del Proceso de Rabat, se celebró un taller en Rabat el 3 de "
         "mayo de 2023.",
         [("other", "2023-05-03", "Rabat"), ("workshop", "2023-05-03", "Rabat")]),
        # "the meeting": the one told before, not a new one
        ("In May 2022 a training on document fraud was organised in Praia in the margins of "
         "the meeting.", [("training", "2022-05", "Praia")]),
        # the host has a date of its own in the sentence: not given the side meeting's
        ("A workshop on return took place in Dakar on 3 May 2023 in the margins of a Senior "
         "Officials' Meeting, which opened on 4 May 2023.", [("workshop", "2023-05-03", "Dakar")]),
    ],
)  # fmt: skip
def test_the_meeting_another_was_held_beside(text: str, expected) -> None:
    records = extract_text(text)
    assert sorted((r.kind, r.start, r.city) for r in records) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senior Officials' Meeting of the Khartoum Process took place in Kigali on 3 October "
         "2024, preceded by a Steering Committee meeting the day before and followed by a field "
         "visit to a reception centre.",
         [("field_visit", None, "Kigali", "Field visit, Kigali"),
          ("senior_officials_meeting", "2024-10-03", "Kigali",
           "Senior Officials' Meeting, Kigali, October 2024"),
          ("steering_committee", "2024-10-02", "Kigali",
           "Steering Committee meeting, Kigali, October 2024")]),
        ("La réunion des hauts fonctionnaires s'est tenue à Dakar le 4 mars 2025, précédée d'une "
         "réunion du comité de pilotage la veille.",
         [("senior_officials_meeting", "2025-03-04", "Dakar",
           "Senior Officials' Meeting, Dakar, March 2025"),
          ("steering_committee", "2025-03-03", "Dakar",
           "Steering Committee meeting, Dakar, March 2025")]),
        ("La reunión de altos funcionarios se celebró en Rabat el 4 de marzo de 2025, seguida de "
         "un taller al día siguiente.",
         [("senior_officials_meeting", "2025-03-04", "Rabat",
           "Senior Officials' Meeting, Rabat, March 2025"),
          ("workshop", "2025-03-05", "Rabat", "Workshop, Rabat, March 2025")]),
        # the noun after "followed by" is never the reported meeting's own
        ("The Senior Officials' Meeting took place in Accra on 4 March 2025, followed by a side "
         "event the next day.",
         [("senior_officials_meeting", "2025-03-04", "Accra",
           "Senior Officials' Meeting, Accra, March 2025"),
          ("side_event", "2025-03-05", "Accra", "Side event, Accra, March 2025")]),
        # what follows and is no meeting of its own kind makes no record
        ("The Senior Officials' Meeting took place in Accra on 4 March 2025, followed by a press "
         "conference.",
         [("senior_officials_meeting", "2025-03-04", "Accra",
           "Senior Officials' Meeting, Accra, March 2025")]),
        ("The Senior Officials' Meeting took place in Accra on 4 March 2025, followed by the "
         "closing session.",
         [("senior_officials_meeting", "2025-03-04", "Accra",
           "Senior Officials' Meeting, Accra, March 2025")]),
    ],
)  # fmt: skip
def test_a_meeting_held_just_before_or_after_the_reported_one(
    text: str, expected: list[tuple[str, str | None, str, str]]
) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert sorted((r.kind, r.start, r.city, r.title) for r in records) == expected


def test_the_day_before_is_cited_as_written() -> None:
    text = (
        "The Senior Officials' Meeting took place in Kigali on 3 October 2024, preceded by a "
        "Steering Committee meeting the day before."
    )
    [committee] = [r for r in extract_text(text) if r.kind == "steering_committee"]
    cited = [(e.text, text[e.start : e.end]) for e in committee.evidence if e.field == "start"]
    assert cited == [("the day before", "the day before")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone did on the sidelines of a meeting is no meeting: "the conference"
        # told next is the meeting itself, with its host
        ("The Minister met the EU Commissioner on the sidelines of the Khartoum Process "
         "Ministerial Conference in Rome on 28 November 2024. The conference was hosted by "
         "Italy.", [("ministerial_conference", "Rome", ("Italy",))]),
        ("Le ministre a rencontré son homologue en marge de la Conférence ministérielle "
         "euro-africaine tenue à Cadix en décembre 2022. La conférence, accueillie par "
         "l'Espagne, a adopté un plan d'action.",
         [("ministerial_conference", "Cádiz", ("Spain",))]),
        # a side event's own noun keeps it a record beside the conference
        ("A side event on return was held on the sidelines of the Ministerial Conference in "
         "Rome on 28 November 2024.",
         [("side_event", "Rome", ()), ("ministerial_conference", "Rome", ())]),
        # a meeting named anew ("a meeting") is not the conference told again
        ("The Minister met the Commissioner on the sidelines of the Ministerial Conference in "
         "Rome on 28 November 2024. A meeting of the partners was hosted by Italy.",
         [("other", "Rome", ("Italy",)), ("ministerial_conference", "Rome", ())]),
    ],
)  # fmt: skip
def test_the_conference_told_again_after_its_sidelines(text: str, expected: list) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [(r.kind, r.city, tuple(r.hosts)) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city that will host names the page's own meeting, over a side event told after
        ("Napoli ospiterà dal 3 al 5 dicembre 2026 la riunione tecnica del Dialogo MTM. La "
         "riunione sarà presieduta dall'Italia. Il 2 dicembre si terrà a Napoli un evento "
         "collaterale organizzato dall'OIM.",
         [("technical_meeting", "2026-12-03", ("Italy",)), ("side_event", "2026-12-02", ())]),
        ("Sevilla acogerá del 3 al 5 de diciembre de 2026 la reunión técnica del Proceso de "
         "Rabat. La reunión será presidida por España. El 2 de diciembre se celebrará en "
         "Sevilla un evento paralelo organizado por la OIM.",
         [("technical_meeting", "2026-12-03", ("Spain",)), ("side_event", "2026-12-02", ())]),
    ],
)  # fmt: skip
def test_a_city_that_hosts_names_the_main_meeting(text: str, expected: list) -> None:
    records = extract_text(text, reference_date=date(2026, 11, 23))
    assert [(r.kind, r.start, tuple(r.chairs)) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two meetings joined by a word of sequence, each with its own place and date
        ("A workshop will be held in Dakar in May 2027, then a thematic meeting in Conakry in "
         "July 2027.", [("workshop", "Dakar", "2027-05"),
                        ("thematic_meeting", "Conakry", "2027-07")]),
        ("Un atelier se tiendra à Dakar en mai 2027, puis une réunion thématique à Conakry en "
         "juillet 2027.", [("workshop", "Dakar", "2027-05"),
                           ("thematic_meeting", "Conakry", "2027-07")]),
        # two meetings with their own topics sharing place and date
        ("A workshop on smuggling and a thematic meeting on return will take place in Dakar in "
         "May 2027.", [("thematic_meeting", "Dakar", "2027-05"), ("workshop", "Dakar", "2027-05")]),
        ("Un atelier sur la traite et une réunion thématique sur le retour se tiendront à Dakar "
         "en mai 2027.", [("thematic_meeting", "Dakar", "2027-05"),
                          ("workshop", "Dakar", "2027-05")]),
        # one meeting whose topic holds "and"
        ("The workshop on return and reintegration took place in Dakar on 3 May 2025.",
         [("workshop", "Dakar", "2025-05-03")]),
    ],
)  # fmt: skip
def test_meetings_joined_by_then_or_by_and_after_a_topic(text: str, expected: list) -> None:
    records = extract_text(text, "page.txt", date(2026, 11, 23))
    assert [(r.kind, r.city, r.start) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting held on one of the main meeting's days, with no place of its own, is
        # held where the main one is
        ("The Rabat Process thematic meeting will take place in Rabat on 9-10 December 2026. "
         "A Steering Committee meeting will be held on 10 December.",
         [("thematic_meeting", "Rabat"), ("steering_committee", "Rabat")]),
        ("The Rabat Process thematic meeting took place in Lisbon on 16-17 October 2026. A "
         "field visit took place on 17 October.",
         [("thematic_meeting", "Lisbon"), ("field_visit", "Lisbon")]),
        # on another day it may be anywhere
        ("The Rabat Process thematic meeting took place in Lisbon on 16-17 October 2026. A "
         "Steering Committee meeting was held on 20 October.",
         [("thematic_meeting", "Lisbon"), ("steering_committee", None)]),
    ],
)  # fmt: skip
def test_a_meeting_on_the_main_meeting_s_days_shares_its_place(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    records = extract_text(text, "x", date(2026, 11, 23))
    assert [(r.kind, r.city) for r in records] == expected
