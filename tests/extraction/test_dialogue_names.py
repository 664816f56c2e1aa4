"""Dialogue names in five languages, as the shared name index finds them.

Each positive case names a dialogue in a sentence and expects its canonical name; each
negative case is a close sentence that must not name it (a city alone, a generic phrase,
an acronym in the wrong case).
"""

from __future__ import annotations

from datetime import date

import pytest

from processus import reference
from processus.extraction import extract_text, normalize_text
from processus.extraction.aliases import dialogue_kinds, name_index


def _dialogues(text: str) -> list[str]:
    text = normalize_text(text)
    return [
        entry.name
        for match in name_index().find(text)
        if (entry := match.first("dialogue")) is not None
    ]


POSITIVE = [
    # English
    ("en", "The Prague Process met in Bratislava in 2016.", "Prague Process"),
    ("en", "Ministers of the Budapest Process adopted a declaration.", "Budapest Process"),
    ("en", "The Migration Dialogue for West Africa met in Abidjan.", "MIDWA"),
    ("en", "The MIDWA ministerial conference was held in Accra.", "MIDWA"),
    ("en", "Ministers endorsed the MIDSA recommendations.", "MIDSA"),
    ("en", "The Migration Dialogue for Southern Africa took place in Kinshasa.", "MIDSA"),
    ("en", "The first MIDCOM meeting was held in Lusaka.", "MIDCOM"),
    ("en", "The COMESA-RCP was renamed.", "MIDCOM"),
    ("en", "The 13th meeting of the IGAD-RCP opened.", "IGAD-RCP"),
    (
        "en",
        "The IGAD Regional Consultative Process on Migration met in Addis Ababa.",
        "IGAD-RCP",
    ),
    ("en", "Experts of the MME Partnership met in Brussels.", "Africa-EU MME Partnership"),
    (
        "en",
        "The Africa-EU Migration, Mobility and Employment (MME) Partnership held a meeting.",
        "Africa-EU MME Partnership",
    ),
    (
        "en",
        "The Pan-African Forum on Migration was held in Cairo.",
        "Pan-African Forum on Migration",
    ),
    ("en", "Djibouti hosted PAFoM IV.", "Pan-African Forum on Migration"),
    ("en", "The Mediterranean Transit Migration Dialogue met in Vienna.", "MTM Dialogue"),
    # French
    ("fr", "Le Processus de Prague a adopté un plan d'action.", "Prague Process"),
    ("fr", "Le Processus de Budapest se réunit à Istanbul.", "Budapest Process"),
    ("fr", "Le Dialogue sur la migration pour l'Afrique de l'Ouest s'est réuni.", "MIDWA"),
    ("fr", "Le Dialogue migratoire pour l'Afrique de l'Ouest se réunit.", "MIDWA"),
    ("fr", "La conférence du Dialogue sur les migrations en Afrique australe.", "MIDSA"),
    ("fr", "Le PCR de l'IGAD s'est réuni à Djibouti.", "IGAD-RCP"),
    ("fr", "Le Dialogue MTM a été lancé.", "MTM Dialogue"),
    (
        "fr",
        "Le Dialogue sur la migration de transit en Méditerranée a été lancé.",
        "MTM Dialogue",
    ),
    (
        "fr",
        "Le 5ème Forum panafricain sur la migration au Caire.",
        "Pan-African Forum on Migration",
    ),
    # Spanish
    ("es", "El Proceso de Praga reúne a 50 países.", "Prague Process"),
    ("es", "El Proceso de Budapest celebró su conferencia.", "Budapest Process"),
    ("es", "El Proceso de Jartum se reunió en El Cairo.", "Khartoum Process"),
    ("es", "Los países del Proceso Puebla se reunieron en Panamá.", "Puebla Process"),
    # Italian
    ("it", "Il Processo di Khartoum è stato lanciato a Roma.", "Khartoum Process"),
    ("it", "La conferenza del Processo di Rabat a Marrakech.", "Rabat Process"),
    ("it", "Il Processo di Praga è un'iniziativa politica.", "Prague Process"),
    ("it", "Il Processo di Budapest funge da forum informale.", "Budapest Process"),
    (
        "it",
        "La Conferenza del Dialogo Euro-Africano su Migrazione e Sviluppo.",
        "Rabat Process",
    ),
    (
        "it",
        "Il Dialogo sulla Migrazione di Transito nel Mediterraneo è iniziato.",
        "MTM Dialogue",
    ),
    (
        "it",
        "Il Partenariato Africa-UE in materia di Migrazione Mobilità e Occupazione.",
        "Africa-EU MME Partnership",
    ),
    (
        "it",
        "Il Piano d’Azione congiunto di La Valletta è stato adottato.",
        "Joint Valletta Action Plan",
    ),
    # Portuguese
    ("pt", "O Processo de Cartum reuniu-se no Cairo.", "Khartoum Process"),
    ("pt", "O Processo de Budapeste adotou uma declaração.", "Budapest Process"),
    ("pt", "O Processo de Praga reúne 50 países.", "Prague Process"),
    ("pt", "A Conferência de Diálogo sobre Migração para África Austral.", "MIDSA"),
    (
        "pt",
        "O Diálogo sobre Migração para a África Ocidental reuniu-se em Abuja.",
        "MIDWA",
    ),
    ("pt", "O Diálogo sobre Migração de Trânsito no Mediterrâneo reuniu-se.", "MTM Dialogue"),
    (
        "es",
        "El Diálogo sobre Migración de Tránsito en el Mediterráneo celebró un taller.",
        "MTM Dialogue",
    ),
    ("es", "El Diálogo sobre Migración para África Occidental se reunió.", "MIDWA"),
    ("it", "Il Dialogo sulla Migrazione per l'Africa Occidentale si è riunito.", "MIDWA"),
    # the EU-AU dialogue by its other names
    (
        "en",
        "The EU-AU Migration and Mobility Dialogue met in Addis Ababa.",
        "C2C Migration and Mobility Dialogue",
    ),
    (
        "fr",
        "Le Dialogue UE-UA sur la migration et la mobilité s'est réuni à Bruxelles.",
        "C2C Migration and Mobility Dialogue",
    ),
    # a name written as a hashtag, in any language
    ("en", "Today in Dakar: the #RabatProcess thematic meeting opens.", "Rabat Process"),
    ("fr", "La réunion du #ProcessusDeRabat s'ouvre à Dakar.", "Rabat Process"),
    ("es", "Hoy se reúne el #ProcesoDeRabat en Dakar.", "Rabat Process"),
    ("en", "Experts of the #KhartoumProcess met in Nairobi.", "Khartoum Process"),
]


@pytest.mark.parametrize(
    ("language", "text", "name"), POSITIVE, ids=[f"{p[0]}-{p[2]}" for p in POSITIVE]
)
def test_dialogue_name_is_found(language: str, text: str, name: str) -> None:
    assert _dialogues(text) == [name]


NEGATIVE = [
    # a city alone is not the dialogue named after it
    ("en", "The ministers met in Prague on 28 April 2009."),
    ("en", "The delegation travelled to Budapest."),
    ("fr", "La réunion s'est tenue à Prague."),
    ("es", "La reunión se celebró en Praga."),
    ("it", "Il vertice si è svolto a Praga."),
    ("pt", "A delegação viajou para Budapeste."),
    ("es", "La ciudad de Puebla recibe a los delegados."),
    ("it", "Il processo di pace a Khartoum."),
    # the organisation is not its consultative process
    ("en", "IGAD member states adopted the framework."),
    ("en", "COMESA member states met in Lusaka."),
    # no bare MME: "Mme" is Madame in French, and capitals do not make it a dialogue
    ("fr", "Mme Diallo a ouvert la séance."),
    ("fr", "MME DIALLO A OUVERT LA SÉANCE."),
    ("en", "The MME support project published a newsletter."),
    # acronyms match their own capitals only
    ("en", "Midwa is a name, not the dialogue."),
    ("en", "the midsa meeting in lower case"),
    ("en", "a pafom written in lower case"),
    ("en", "the mtm route in lower case"),
    # generic phrases in each language
    ("en", "The Pan-African Forum on Trade was launched."),
    ("en", "A migration dialogue for the region was proposed."),
    ("fr", "Les migrations en Afrique de l'Ouest ont augmenté."),
    ("fr", "Un forum panafricain sur le climat."),
    ("es", "El proceso de paz en Jartum avanza."),
    ("it", "Il dialogo sulla migrazione è ripreso."),
    ("pt", "A migração na África Austral aumentou."),
    # a city's hashtag is the city
    ("en", "Today in #Rabat and #Khartoum the partners met."),
]


@pytest.mark.parametrize(("language", "text"), NEGATIVE, ids=[n[1][:40] for n in NEGATIVE])
def test_no_dialogue_is_found(language: str, text: str) -> None:
    assert _dialogues(text) == []


def test_every_language_has_positive_and_negative_cases() -> None:
    for cases in (POSITIVE, NEGATIVE):
        assert {case[0] for case in cases} == {"en", "fr", "es", "it", "pt"}


def test_kinds_decide_which_names_own_meetings() -> None:
    kinds = dialogue_kinds()
    assert kinds["Joint Valletta Action Plan"] == "programme"
    assert kinds["Niamey Declaration"] == "declaration"
    for name in (
        "MIDWA",
        "MIDSA",
        "MIDCOM",
        "IGAD-RCP",
        "Africa-EU MME Partnership",
        "Pan-African Forum on Migration",
        "Prague Process",
        "Budapest Process",
    ):
        assert kinds[name] == "dialogue"


@pytest.mark.parametrize("dialogue", reference.dialogues(), ids=lambda d: d["key"])
def test_every_dialogue_is_found_by_its_name(dialogue: dict) -> None:
    # canonical names with a comma cannot match (a comma never joins two words of a name)
    if "," not in dialogue["name"]:
        assert _dialogues(f"A meeting of the {dialogue['name']} took place.") == [dialogue["name"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The MIDWA ministerial conference took place in Accra on 12 September 2017.",
            ["MIDWA"],
        ),
        (
            "Le Processus de Prague a tenu sa conférence ministérielle à Prague le "
            "24 octobre 2022.",
            ["Prague Process"],
        ),
        (
            "Il Processo di Khartoum ha tenuto un workshop a Roma il 28 novembre 2014.",
            ["Khartoum Process"],
        ),
        # the city names the venue, not the dialogue
        ("A workshop was held in Budapest on 5 May 2022.", []),
        # a dialogue's secretariat names its dialogue
        (
            "Le Secrétariat du Processus de Rabat a organisé un atelier à Dakar le 5 mai 2022.",
            ["Rabat Process"],
        ),
        (
            "The Prague Process Secretariat held a workshop in Kyiv on 5 May 2022.",
            ["Prague Process"],
        ),
    ],
)
def test_dialogue_of_a_meeting_record(text: str, expected: list[str]) -> None:
    records = extract_text(text, "x", date(2026, 1, 15))
    assert len(records) == 1
    assert records[0].dialogues == expected


def _dialogues_of(text: str) -> list[list[str]]:
    from processus.extraction import extract_text

    return [r.dialogues for r in extract_text(text, source="page.txt")]


def test_a_meeting_takes_the_one_dialogue_its_passage_names() -> None:
    text = (
        "At the request of the Rabat Process partners, voiced at the 2019 Senior Officials' "
        "Meeting in Bamako, a study of reception capacities was carried out. On 5 March "
        "2021, the study will be presented at an online meeting in Dakar."
    )
    assert _dialogues_of(text) == [["Rabat Process"], ["Rabat Process"]]


def test_a_passage_naming_two_dialogues_gives_neither_to_an_unnamed_meeting() -> None:
    text = (
        "The Rabat Process and the Khartoum Process compared their work plans, as agreed "
        "at the 2019 Senior Officials' Meeting in Bamako. On 5 March 2021, a study was "
        "presented at an online meeting in Dakar."
    )
    dakar = [r for r in _extract(text) if r.city == "Dakar"]
    assert [r.dialogues for r in dakar] == [[]]


def _extract(text: str):
    from processus.extraction import extract_text

    return extract_text(text, source="page.txt")
