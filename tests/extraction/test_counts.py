"""Participants, countries and recommendations."""

from __future__ import annotations

import re
from datetime import date

import pytest

from processus.extraction import extract_text
from processus.extraction.counts import _WORDY, find_counts


def _counts(text: str) -> dict[str, tuple[int, str | None]]:
    out: dict[str, tuple[int, str | None]] = {}
    for c in find_counts(text):
        out.setdefault(c.field, (c.value, c.qualifier))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 90 delegates from 25 countries took part.",
         {"participants": (90, "over"), "countries_count": (25, None)}),
        ("More than 150 participants attended.", {"participants": (150, "over")}),
        ("Nearly 70 experts and officials attended.", {"participants": (70, "nearly")}),
        ("Almost 40 participants joined.", {"participants": (40, "nearly")}),
        ("Some 60 representatives participated.", {"participants": (60, "about")}),
        ("Around 45 participants gathered.", {"participants": (45, "about")}),
        ("At least 30 participants registered.", {"participants": (30, "at least")}),
        ("Up to 25 participants can attend.", {"participants": (25, "up to")}),
        ("It gathered 64 participants representing 21 partner countries.",
         {"participants": (64, None), "countries_count": (21, None)}),
        ("1,200 participants came.", {"participants": (1200, None)}),
        ("Plus de 100 participants de 30 pays ont participé.",
         {"participants": (100, "over"), "countries_count": (30, None)}),
        ("Environ 80 délégués étaient présents.", {"participants": (80, "about")}),
        ("Une centaine de participants.", {"participants": (100, "about")}),
        ("Sixty participants took part.", {"participants": (60, None)}),
        ("The meeting produced 12 recommendations.", {"recommendations": (12, None)}),
        ("Five policy takeaways emerged.", {"recommendations": (5, None)}),
        ("Les 18 recommandations ont été adoptées.", {"recommendations": (18, None)}),
        ("The course trained 31 border and customs officials.", {"participants": (31, None)}),
        ("La formation a réuni 22 agents et fonctionnaires.", {"participants": (22, None)}),
    ],
)  # fmt: skip
def test_counts(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The initiative brings together 18 Member States of the Process.",
        "Our page has 2,503 followers",
        "Among the 98 conclusions that had previously been adopted, few concern this.",
        "The 12 countries of the region share a border.",
        "In 2019 participants were fewer.",
        "Officials met in Accra on 3 May 2021 for a Senior Officials' Meeting.",
        "Portugal took the Chair at the 2024 Senior Officials' Meeting.",
        "Ils se sont réunis à Dakar en mars 2022 pour une réunion des hauts fonctionnaires.",
    ],
)
def test_not_counts(text: str) -> None:
    assert not [c for c in find_counts(text) if c.field != "recommendations" or "98" not in c.text]


def test_offsets() -> None:
    text = "In the end, over 75 participants from 30 countries attended."
    for c in find_counts(text):
        assert text[c.start : c.end] == c.text
        if c.qualifier_span:
            assert text[c.qualifier_span[0] : c.qualifier_span[1]].lower() == "over"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number word and a multiplier make one number: their product (and sum)
        ("The round table brought together two dozen experts.", {"participants": (24, None)}),
        ("A forum with three hundred participants opened today.", {"participants": (300, None)}),
        ("Two hundred and fifty delegates were registered.", {"participants": (250, None)}),
        ("Some two thousand people followed the stream.", {"participants": (2000, "about")}),
        ("Twenty-five officials attended the course.", {"participants": (25, None)}),
        ("A dozen countries sent a delegation.", {"countries_count": (12, None)}),
        ("A hundred participants registered in a week.", {"participants": (100, None)}),
        ("Le séminaire a réuni deux cents participants.", {"participants": (200, None)}),
        ("Trois cents participants étaient inscrits.", {"participants": (300, None)}),
        ("Deux cent quarante délégués ont voté.", {"participants": (240, None)}),
        ("Une douzaine de pays étaient représentés.", {"countries_count": (12, "about")}),
        ("Deux douzaines de pays étaient représentés.", {"countries_count": (24, None)}),
        ("Quatre-vingt-dix personnes ont assisté à la séance.", {"participants": (90, None)}),
        ("Soixante-quinze intervenants ont pris la parole.", {"participants": (75, None)}),
        ("Vingt et un pays ont participé aux échanges.", {"countries_count": (21, None)}),
        ("Trois mille personnes ont suivi la retransmission.", {"participants": (3000, None)}),
        ("Un millier de participants sont attendus.", {"participants": (1000, "about")}),
        ("Plus de deux cents délégués venus de quarante pays.",
         {"participants": (200, "over"), "countries_count": (40, None)}),
        # "150+" is "over 150"
        ("The webinar drew 150+ participants.", {"participants": (150, "over")}),
        ("Le webinaire a attiré 80+ participants.", {"participants": (80, "over")}),
        ("+60 participants joined the session.", {"participants": (60, "over")}),
    ],
)  # fmt: skip
def test_number_words_with_multipliers(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number that cannot be read safely gives no count, never a truncated one
        "Two million people are displaced in the region.",
        "Some 3 million people live abroad.",
        "Trois millions de personnes vivent à l'étranger.",
        "Hundreds of participants followed the debate.",
        "Dozens of experts sent comments.",
        "Des centaines de participants ont suivi le débat.",
        "Twenty thirty participants, depending on the day.",
        "One participant asked a question.",
        "Une réunion avec des participants.",
    ],
)
def test_numbers_not_read_safely_give_no_count(text: str) -> None:
    assert _counts(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "A study published by the Secretariat in 2026 makes 15 recommendations to member states.",
        "The 2023 edition of the annual report lists 15 recommendations.",
        "This policy paper sets out 7 key messages for governments.",
        "The evaluation, published last spring, contains 20 recommendations.",
        "Une étude publiée par le Secrétariat en 2026 formule 15 recommandations.",
        "L'édition 2023 du rapport annuel présente 11 recommandations.",
        "La note d'orientation propose 10 recommandations aux partenaires.",
    ],
)
def test_recommendations_of_a_publication_are_not_counted(text: str) -> None:
    assert "recommendations" not in _counts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the meeting's own outcome, its report included, keeps its count
        ("The meeting adopted 14 recommendations.", 14),
        ("La réunion a formulé 14 recommandations.", 14),
        ("The report of the meeting lists 12 recommendations.", 12),
        ("The workshop report lists 6 recommendations.", 6),
        ("Le rapport de la réunion contient 9 recommandations.", 9),
        ("According to the study, participants agreed on 8 recommendations.", 8),
        ("Les participants ont adopté 18 recommandations.", 18),
    ],
)
def test_recommendations_of_the_meeting(text: str, value: int) -> None:
    assert _counts(text)["recommendations"] == (value, None)


def test_plus_sign_is_the_qualifier_span() -> None:
    text = "In all, 150+ participants took part."
    (count,) = find_counts(text)
    assert count.qualifier_span is not None
    assert text[count.qualifier_span[0] : count.qualifier_span[1]] == "+"
    assert text[count.start : count.end] == count.text


@pytest.mark.parametrize(
    ("text", "field", "value", "qualifier"),
    [
        ("La reunión contó con unos 70 representantes.", "participants", 70, "about"),
        ("La riunione ha riunito oltre 80 partecipanti.", "participants", 80, "over"),
        ("Cerca de 40 participantes asistieron.", "participants", 40, "nearly"),
        ("El taller contó con cerca de 40 expertos de los ministerios.", "participants", 40,
         "nearly"),
        ("Contou com cerca de 90 participantes.", "participants", 90, "about"),
        ("A reunião contou com a participação de cerca de 90 participantes.", "participants", 90,
         "about"),
        ("Quase 90 participantes estiveram presentes.", "participants", 90, "nearly"),
        ("Perto de 60 participantes estiveram presentes.", "participants", 60, "nearly"),
        ("Participaram representantes de 11 Estados-membros.", "countries_count", 11, None),
        ("A reunião adotou 30 recomendações.", "recommendations", 30, None),
        ("La conferenza ha adottato 12 raccomandazioni.", "recommendations", 12, None),
    ],
)  # fmt: skip
def test_counts_in_spanish_italian_and_portuguese(
    text: str, field: str, value: int, qualifier: str | None
) -> None:
    [count] = find_counts(text)
    assert (count.field, count.value, count.qualifier) == (field, value, qualifier)


@pytest.mark.parametrize(
    "text",
    ["El proceso reúne a 57 países desde su creación.", "Il Processo comprende 40 paesi membri."],
)
def test_a_membership_is_no_attendance_in_other_languages(text: str) -> None:
    assert [c for c in find_counts(text) if c.field == "countries_count"] == []


def test_wordy_class_is_the_case_insensitive_class_written_out() -> None:
    """counts._WORDY spells out what [A-Za-zÀ-ÿ'\\s-] matches case-insensitively."""
    reference = re.compile(r"[A-Za-zÀ-ÿ'\s-]", re.IGNORECASE)
    for code in range(0x30000):
        char = chr(code)
        assert (reference.fullmatch(char) is None) == (_WORDY.fullmatch(char) is None), hex(code)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an attendance cue before the number: the member states that attended
        ("Representatives of 19 member states took part in the talks.", 19),
        ("Delegates from 12 member states attended the workshop.", 12),
        ("Les représentants de 14 États membres ont participé.", 14),
        # a membership verb before the number: the dialogue's members
        ("The dialogue brings together 57 member states.", None),
        ("The process comprises 28 member states and delegates attended.", None),
        ("Le Processus réunit 57 États membres.", None),
        ("Le dialogue compte 57 États membres.", None),
    ],
)
def test_member_states_are_counted_only_as_attendance(text: str, value: int | None) -> None:
    found = [c.value for c in find_counts(text) if c.field == "countries_count"]
    assert found == ([] if value is None else [value])


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("The partners held two Senior Officials' Meetings in Dakar and Lisbon.", None),
        ("Three senior officials meetings were held in 2024.", None),
        ("Four experts' meetings took place.", None),
        ("Twelve senior officials attended the workshop.", 12),
        ("45 participants meeting in Rabat agreed on a plan.", 45),
    ],
)
def test_a_meeting_named_after_its_people_counts_meetings(
    text: str, participants: int | None
) -> None:
    found = [c.value for c in find_counts(text) if c.field == "participants"]
    assert found == ([] if participants is None else [participants])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # approximate number nouns: "about", as "une soixantaine"
        ("Il seminario ha riunito una cinquantina di esperti.", {"participants": (50, "about")}),
        ("Vi hanno partecipato una quarantina di funzionari.", {"participants": (40, "about")}),
        ("Erano presenti una trentina di delegati di una ventina di paesi.",
         {"participants": (30, "about"), "countries_count": (20, "about")}),
        ("Hanno partecipato un centinaio di funzionari.", {"participants": (100, "about")}),
        ("Hanno partecipato una sessantina di persone.", {"participants": (60, "about")}),
        ("El curso reunió a una treintena de funcionarios.", {"participants": (30, "about")}),
        ("Asistieron un centenar de delegados de una decena de países.",
         {"participants": (100, "about"), "countries_count": (10, "about")}),
        ("Participaron una veintena de expertos.", {"participants": (20, "about")}),
        ("Participaram uma trintena de participantes.", {"participants": (30, "about")}),
        ("Estiveram presentes uma centena de pessoas de uma dezena de países.",
         {"participants": (100, "about"), "countries_count": (10, "about")}),
        # cardinal words, joined by "y" / "e" or written as one word
        ("El taller contó con cincuenta delegados de veinte países.",
         {"participants": (50, None), "countries_count": (20, None)}),
        ("Asistieron treinta y cinco delegados de veintidós países.",
         {"participants": (35, None), "countries_count": (22, None)}),
        ("La riunione ha visto cinquanta delegati di venti paesi.",
         {"participants": (50, None), "countries_count": (20, None)}),
        ("Hanno partecipato trentacinque delegati di ventitré paesi.",
         {"participants": (35, None), "countries_count": (23, None)}),
        ("Participaram vinte e cinco delegados de dezoito países.",
         {"participants": (25, None), "countries_count": (18, None)}),
        ("Estiveram presentes cem pessoas.", {"participants": (100, None)}),
        ("Tres mil personas siguieron la transmisión.", {"participants": (3000, None)}),
    ],
)  # fmt: skip
def test_number_words_in_spanish_italian_and_portuguese(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number noun or word before a time, a quarantine, an article "dos" ("of the"),
        # a plural magnitude ("hundreds of"), or an English look-alike: no count
        "Una decena de años de trabajo con expertos.",
        "Dos días de trabajo con los participantes.",
        "Tre giorni con i partecipanti.",
        "Due giorni di lavoro con gli esperti.",
        "La cuarentena de los participantes terminó.",
        "Una quarantina di giorni per i partecipanti.",
        "La quarantena dei partecipanti è finita.",
        "A quarentena dos participantes terminou.",
        "A maioria dos participantes dos países parceiros votou.",
        "Centinaia di partecipanti hanno seguito il dibattito.",
        "Tres centenares de participantes siguieron el debate.",
        "Dezenas de participantes seguiram o debate.",
        "Dos mil personas siguieron la transmisión.",
        "Il 40 per cento dei partecipanti ha risposto.",
        "Once participants register, they receive a badge.",
        "The due diligence experts met.",
    ],
)
def test_romance_number_words_that_give_no_count(text: str) -> None:
    assert _counts(text) == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # delegations of N member states attend: a count of countries, in every language
        ("Delegations of the 15 member states of the region are expected.", 15),
        ("Les délégations des 15 États membres de la région sont attendues.", 15),
        ("Se esperan delegaciones de los 15 Estados miembros de la región.", 15),
        ("Sono attese delegazioni dei 15 Stati membri della regione.", 15),
        ("Estão esperadas delegações dos 15 Estados-membros da região.", 15),
        ("Rappresentanti di 14 Stati membri hanno partecipato.", 14),
        ("Representantes de 14 Estados miembros participaron.", 14),
        # a membership verb, or no attendance cue: the dialogue's members
        ("Il Processo riunisce 14 Stati membri.", None),
        ("Il Processo conta 14 Stati membri.", None),
        ("El Proceso cuenta con 14 Estados miembros.", None),
        ("O Processo conta com 14 Estados-membros.", None),
        ("O Processo reúne 14 Estados-membros.", None),
        ("L'Unione europea e i suoi 27 Stati membri.", None),
        ("A União Europeia e os seus 27 Estados-membros.", None),
    ],
)
def test_member_states_in_spanish_italian_and_portuguese(text: str, value: int | None) -> None:
    found = [c.value for c in find_counts(text) if c.field == "countries_count"]
    assert found == ([] if value is None else [value])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a membership verb right before the number: the dialogue's partner countries
        ("The Process brings together 57 partner countries from Europe and Africa.", None),
        ("The dialogue brings together some 57 countries from Europe and Africa.", None),
        ("Le Processus réunit 57 pays partenaires d'Europe et d'Afrique.", None),
        ("El Proceso reúne a 57 países socios de Europa y de África.", None),
        ("Il Processo riunisce 57 paesi partner dell'Europa e dell'Africa.", None),
        ("Reúne 57 países parceiros da Europa e de África.", None),
        # a meeting as the subject, or the verb away from the number: attendance
        ("La conférence réunit 40 pays à Rabat.", 40),
        ("La reunión reúne a 40 países en Rabat.", 40),
        ("The conference brings together delegations from 40 countries.", 40),
        ("La réunion a réuni 60 délégués de 20 pays.", 20),
    ],
)
def test_partner_countries_after_a_membership_verb_are_no_attendance(
    text: str, value: int | None
) -> None:
    found = [c.value for c in find_counts(text) if c.field == "countries_count"]
    assert found == ([] if value is None else [value])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number of delegations is no number of people (the contract)
        ("Twenty-two delegations attended the conference.", {}),
        ("Over 30 delegations from 25 countries took part.", {"countries_count": (25, None)}),
        ("Vingt-deux délégations ont pris part à la conférence.", {}),
        # the people of the delegations are
        ("45 members of delegations attended the conference.", {"participants": (45, None)}),
        ("Some 80 delegates from 30 countries took part.",
         {"participants": (80, "about"), "countries_count": (30, None)}),
    ],
)  # fmt: skip
def test_delegations_are_no_participant_count(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officers and agents of a service are participants
        ("A training for 35 border officers was held.", {"participants": (35, None)}),
        ("Une formation destinée à 40 agents de l'état civil.", {"participants": (40, None)}),
        ("Un curso para 30 agentes fronterizos.", {"participants": (30, None)}),
        ("Un corso per 25 agenti consolari.", {"participants": (25, None)}),
        ("Uma formação para 20 funcionários de fronteira.", {"participants": (20, None)}),
        # not a count of people: a year, a date
        ("Officers trained since 2019 agents of the service.", {}),
        ("The agents met on 12 May.", {}),
        # the name of the group the countries belong to, between the number and the noun
        ("The consultation brought together representatives of 14 ECOWAS member states.",
         {"countries_count": (14, None)}),
        ("Delegates from 8 IGAD countries attended.", {"countries_count": (8, None)}),
        ("Des délégués de 12 pays CEDEAO ont participé.", {"countries_count": (12, None)}),
        # a membership, with or without the group's name; a word in lower case is no name
        ("The Process brings together 14 ECOWAS member states.", {}),
        ("Delegates from 8 rich countries attended.", {}),
        # Portuguese "cerca de" in a sentence with a Portuguese verb is about
        ("Reuniu cerca de 40 participantes.", {"participants": (40, "about")}),
        ("O encontro juntou cerca de 40 participantes.", {"participants": (40, "about")}),
        ("Reunió cerca de 40 participantes.", {"participants": (40, "nearly")}),
    ],
)  # fmt: skip
def test_officers_agents_and_named_groups_of_countries(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trades a training gathers, in five languages
        ("The workshop gathered 32 border guards from 11 countries.",
         {"participants": (32, None), "countries_count": (11, None)}),
        ("L'atelier a réuni 35 policiers et magistrats.", {"participants": (35, None)}),
        ("La formación reunió a 40 guardias de fronteras.", {"participants": (40, None)}),
        ("Il corso ha formato 25 magistrati.", {"participants": (25, None)}),
        ("O curso reuniu 30 juízes e procuradores.", {"participants": (30, None)}),
        # a year before the trade is no count, nor a number words away from it
        ("In 2019 judges met in Dakar.", {}),
        ("Une formation de deux jours destinée aux inspecteurs.", {}),
        # what each member may send is a quota, not the attendance
        ("Each participating state may send two delegates.", {}),
        ("Two representatives per partner country may attend.", {}),
        ("Chaque État peut désigner deux représentants.", {}),
        ("Deux experts par pays partenaire sont attendus.", {}),
        ("Cada país podrá enviar hasta dos delegados.", {}),
        # the attendance itself, beside a word of each
        ("The meeting gathered 80 delegates from each partner country.",
         {"participants": (80, None)}),
    ],
)  # fmt: skip
def test_trades_and_quotas(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a part of the members attended: the part counts
        ("Ministers from 14 of the 16 SADC member states attended.", 14),
        ("Delegates from 12 out of 15 ECOWAS countries took part.", 12),
        ("Des délégués de 14 des 16 États membres ont participé.", 14),
        ("Participaron delegados de 14 de los 16 Estados miembros.", 14),
        ("Hanno partecipato delegati di 14 dei 16 Stati membri.", 14),
        ("Participaram delegados de 14 dos 16 Estados-membros.", 14),
        # no part: the number counts
        ("Delegates from the 16 SADC member states attended.", 16),
        ("Delegates from 16 countries attended on 3 of May.", 16),
    ],
)
def test_a_part_of_the_countries_attended(text: str, value: int) -> None:
    assert _counts(text)["countries_count"] == (value, None)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the whole membership, named with its dialogue, is no attendance
        ("The meeting was attended by over 70 representatives of the 57 partner countries of "
         "the Rabat Process.", None),
        ("La réunion a rassemblé des représentants des 57 pays partenaires du Processus de "
         "Rabat.", None),
        ("La reunión reunió a representantes de los 57 países socios del Proceso de Rabat.",
         None),
        # without the article, or without the dialogue after the noun: countries that came
        ("The meeting was attended by over 70 representatives of 40 partner countries of the "
         "Rabat Process.", 40),
        ("The meeting was attended by over 70 representatives of the 40 partner countries "
         "present in Accra.", 40),
    ],
)  # fmt: skip
def test_the_members_of_a_dialogue_are_no_attendance(text: str, countries: int | None) -> None:
    counts = [c.value for c in find_counts(text) if c.field == "countries_count"]
    assert counts == ([countries] if countries else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an elided "de" after a qualifier or an approximate number
        ("La réunion a réuni plus d'une centaine de participants.", [(100, "over")]),
        ("La réunion a réuni près d'un millier de participants.", [(1000, "nearly")]),
        ("La réunion a réuni une trentaine d'experts.", [(30, "about")]),
        ("Une vingtaine d'experts ont pris part à la réunion.", [(20, "about")]),
        # an elided "de" before what is no participant
        ("Près de 40 d'entre eux ont pris la parole.", []),
        ("La réunion a réuni une trentaine d'années de travaux.", []),
    ],
)  # fmt: skip
def test_an_elided_de(text: str, expected: list[tuple[int, str]]) -> None:
    found = [(c.value, c.qualifier) for c in find_counts(text) if c.field == "participants"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "recommendations"),
    [
        # what a meeting brings to the next one is not the next one's
        ("Les débats ont permis d'identifier douze recommandations qui seront présentées lors "
         "de la prochaine réunion des hauts fonctionnaires, prévue à Rabat en décembre 2025.",
         None),
        ("The debates produced 12 recommendations that will be presented at the next Senior "
         "Officials' Meeting, planned in Rabat in December 2025.", None),
        # a meeting's own recommendations
        ("The Senior Officials' Meeting, held in Rabat in December 2025, adopted 12 "
         "recommendations.", 12),
    ],
)  # fmt: skip
def test_recommendations_brought_to_the_next_meeting(text: str, recommendations) -> None:
    body = "The thematic meeting took place in Abidjan on 15 and 16 October 2025.\n\n" + text
    records = extract_text(body, "x", date(2026, 11, 23))
    som = [r for r in records if r.kind == "senior_officials_meeting"]
    assert [r.recommendations for r in som] == [recommendations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card's attendance field, with or without a qualifier
        ("Participants: 42 (including 15 women)", [("participants", 42, None)]),
        ("Number of participants: 42", [("participants", 42, None)]),
        ("Nombre de participants : 60", [("participants", 60, None)]),
        ("Participants: about 60", [("participants", 60, "about")]),
        ("Partecipanti: circa 40", [("participants", 40, "about")]),
        ("Participantes: más de 35", [("participants", 35, "over")]),
        # a date, a year, a share or other words after the label are no attendance
        ("Participants: 12/03/2025", []),
        ("Participants: 2024", []),
        ("Participants: 42%", []),
        ("Participants: senior officials 40", []),
        ("Participants: 45 from 11 countries.",
         [("participants", 45, None), ("countries_count", 11, None)]),
        ("Participantes: 45 procedentes de 11 países",
         [("participants", 45, None), ("countries_count", 11, None)]),
        # a card's countries field
        ("Countries represented: 11", [("countries_count", 11, None)]),
        ("Number of countries: 18", [("countries_count", 18, None)]),
        ("Countries represented (18): Mali, Niger, Senegal", [("countries_count", 18, None)]),
        ("Pays représentés : 11", [("countries_count", 11, None)]),
        ("Países participantes: 9", [("countries_count", 9, None)]),
        ("Paesi rappresentati (14):", [("countries_count", 14, None)]),
        ("Countries represented: Mali, Niger", []),
        ("Countries: 2024", []),
        ("Pays : 12/03/2025", []),
        # each field of a card keeps its own number
        ("Number of participants: 45\nCountries represented: 11",
         [("participants", 45, None), ("countries_count", 11, None)]),
    ],
)  # fmt: skip
def test_a_cards_participants_field(text: str, expected: list) -> None:
    assert [(c.field, c.value, c.qualifier) for c in find_counts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year that ends a date line, before the next line's noun
        "Workshop in Abidjan\n10 March 2026\nParticipants discussed labour migration.",
        "Abuja, 14-15 October 2026\nDelegates: senior officials.",
        "It was held on 10 March 2026 Participants discussed return.",
        "La réunion s'est tenue le 14 octobre 2026\nParticipants et experts ont débattu.",
        # a number that ends a card's line is that line's value, not the next line's
        "Room capacity: 45\nCountries of the region are invited.",
        "Budget: 45\n- Experts from the ministries",
        # the minutes of a time before an agenda item
        "16:30 Conclusions",
        "11:45 Recommendations",
        "16h15 Conclusions et recommandations",
        "15.20 Conclusioni",
    ],
)
def test_a_date_s_year_a_card_s_value_and_a_time_s_minutes_count_nothing(text: str) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count broken over two lines by a layout still counts when the noun runs on
        ("The workshop gathered 45\nparticipants from the region.", [("participants", 45)]),
        ("It adopted 12\nrecommendations.", [("recommendations", 12)]),
        ("It adopted 12 recommendations at 16:30.", [("recommendations", 12)]),
    ],
)
def test_a_count_over_a_line_break_in_running_prose(text: str, expected: list) -> None:
    assert [(c.field, c.value) for c in find_counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two countries" are a pair told before, not an attendance
        ("En marge de la réunion, les ministres des deux pays ont signé un accord.", {}),
        ("Os ministros dos dois países assinaram um acordo.", {}),
        ("The ministers of the two countries signed an agreement.", {}),
        ("Los ministros de los dos países firmaron un acuerdo.", {}),
        # two countries that attended are counted
        ("Delegates from two countries attended.", {"countries_count": (2, None)}),
        ("Des délégués de deux pays ont participé.", {"countries_count": (2, None)}),
    ],
)  # fmt: skip
def test_the_two_countries_are_no_attendance(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a study presented at the meeting, or a report in a relative clause, makes its own
        # recommendations
        ("A study presented at the meeting makes 15 recommendations.", {}),
        ("Une étude présentée lors de la réunion formule 12 recommandations.", {}),
        ("Participants discussed a new IOM report, which contains 10 recommendations.", {}),
        ("Se presentó un estudio que formula 9 recomendaciones.", {}),
        # the meeting's own, and its report's
        ("The meeting adopted 12 recommendations.", {"recommendations": (12, None)}),
        ("The report of the meeting lists 12 recommendations.", {"recommendations": (12, None)}),
        # what a project reached over the years is no attendance
        ("The project has trained 2,400 officials since 2019.", {}),
        ("Depuis 2019, le projet a formé 2 400 agents.", {}),
        ("El proyecto ha formado a 300 agentes.", {}),
        ("The meeting gathered 80 participants.", {"participants": (80, None)}),
    ],
)  # fmt: skip
def test_publications_and_projects_count_for_themselves(text: str, expected: dict) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "participants", "countries"),
    [
        # a part of the attendance counted before the whole: the whole is the meeting's
        ("The workshop in Dakar on 3 May 2025 had 12 speakers and about 70 participants.",
         70, None),
        ("L'atelier à Dakar le 3 mai 2025 a réuni 12 intervenants et environ 70 participants.",
         70, None),
        ("The workshop in Dakar on 3 May 2025 gathered 30 women participants among 70 "
         "attendees.", 70, None),
        ("El taller en Dakar el 3 de mayo de 2025 contó con 8 ponentes y 60 participantes.",
         60, None),
        # a part alone is all the text counts
        ("The workshop in Dakar on 3 May 2025 gathered 40 experts.", 40, None),
        # a membership after a semicolon, or told with "qui compte", is no attendance
        ("The workshop in Dakar on 3 May 2025 gathered 45 participants; the Prague Process "
         "has 50 participating states.", 45, None),
        ("Le Processus de Prague, qui compte 50 États participants, a tenu un atelier à Kyiv "
         "le 3 mai 2025.", None, None),
        # the part of the members that attended
        ("The workshop in Dakar on 3 May 2025 was attended by 30 of the dialogue's 57 member "
         "states.", None, 30),
        ("The workshop in Dakar on 3 May 2025 gathered 15 countries and two hundred "
         "participants.", 200, 15),
    ],
)  # fmt: skip
def test_the_whole_attendance_and_no_membership(
    text: str, participants: int | None, countries: int | None
) -> None:
    [record] = extract_text(text, "x", date(2026, 11, 23))
    assert (record.participants, record.countries_count) == (participants, countries)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the professionals a meeting gathers, in every language
        ("The workshop gathered 40 health professionals.", 40),
        ("El taller reunió a 35 técnicos.", 35),
        ("Il corso ha formato 25 tecnici.", 25),
        ("A oficina reuniu 30 profissionais.", 30),
        ("Hubo 60 asistentes.", 60),
        ("Hanno partecipato 30 operatori.", 30),
        # the same words describing the meetings counted count nobody
        ("Se celebraron 3 reuniones técnicas en 2025.", None),
        ("Se organizaron 4 sesiones técnicas.", None),
        ("Ci sono state 3 riunioni tecniche.", None),
    ],
)
def test_professionals_counted(text: str, value: int | None) -> None:
    found = [c.value for c in find_counts(text) if c.field == "participants"]
    assert found == ([value] if value is not None else [])
