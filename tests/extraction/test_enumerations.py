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
        # as many months as places but not after them ("from … to"): no list
        ("Workshops in Dakar and Bamako ran from May to June 2024.", ["Dakar"]),
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
