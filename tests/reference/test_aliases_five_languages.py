"""Dialogue and organisation names in Spanish, Italian and Portuguese (and the French
forms that were missing), as the shared name index finds them.

Each positive case names one entity in a short sentence: the index must find that name,
whole, and nothing else, and resolve it to the canonical entity of the expected type.
Each negative case is an ordinary phrase close to a name that must find nothing.
"""

from __future__ import annotations

import pytest

from processus.extraction.aliases import name_index

C2C = "C2C Migration and Mobility Dialogue"
SACM = "South American Conference on Migration"

POSITIVE = [
    # the EU-AU (continent-to-continent) dialogue
    ("es", "El {} se reunió ayer.", "Diálogo UE-UA sobre Migración y Movilidad", "dialogue", C2C),
    (
        "es",
        "El {} celebró su reunión.",
        "Diálogo Continente a Continente sobre Migración y Movilidad",
        "dialogue",
        C2C,
    ),
    ("it", "Il {} si è riunito ieri.", "Dialogo UE-UA su migrazione e mobilità", "dialogue", C2C),
    ("pt", "O {} reuniu-se ontem.", "Diálogo UE-UA sobre Migração e Mobilidade", "dialogue", C2C),
    (
        "pt",
        "O {} reuniu-se ontem.",
        "Diálogo Continente a Continente sobre Migração e Mobilidade",
        "dialogue",
        C2C,
    ),
    # the Puebla Process / Regional Conference on Migration
    ("it", "Il {} è stato avviato nel 1996.", "Processo di Puebla", "dialogue", "Puebla Process"),
    (
        "pt",
        "A {} reuniu-se ontem.",
        "Conferência Regional sobre Migração",
        "dialogue",
        "Puebla Process",
    ),
    (
        "fr",
        "La {} s'est réunie hier.",
        "Conférence régionale sur les migrations",
        "dialogue",
        "Puebla Process",
    ),
    # the South American Conference on Migration (a new entry)
    (
        "es",
        "La {} se celebró ayer.",
        "Conferencia Suramericana sobre Migraciones",
        "dialogue",
        SACM,
    ),
    ("pt", "A {} reuniu-se ontem.", "Conferência Sul-Americana sobre Migrações", "dialogue", SACM),
    (
        "fr",
        "La {} s'est réunie hier.",
        "Conférence sud-américaine sur la migration",
        "dialogue",
        SACM,
    ),
    ("en", "The {} met yesterday.", "SACM", "dialogue", SACM),
    # the IGAD Regional Consultative Process
    (
        "es",
        "El {} se reunió ayer.",
        "Proceso Consultivo Regional de la IGAD",
        "dialogue",
        "IGAD-RCP",
    ),
    (
        "it",
        "Il {} si è riunito ieri.",
        "Processo Consultivo Regionale dell'IGAD",
        "dialogue",
        "IGAD-RCP",
    ),
    ("pt", "O {} reuniu-se ontem.", "Processo Consultivo Regional da IGAD", "dialogue", "IGAD-RCP"),
    (
        "fr",
        "Le {} s'est réuni hier.",
        "Processus consultatif régional de l'IGAD",
        "dialogue",
        "IGAD-RCP",
    ),
    # MIDSA and MIDWA, with and without the article
    (
        "pt",
        "O {} reuniu-se ontem.",
        "Diálogo sobre Migração para a África Austral",
        "dialogue",
        "MIDSA",
    ),
    (
        "pt",
        "O {} reuniu-se ontem.",
        "Diálogo sobre Migração na África Austral",
        "dialogue",
        "MIDSA",
    ),
    (
        "es",
        "El {} se reunió ayer.",
        "Diálogo sobre Migración para el África Austral",
        "dialogue",
        "MIDSA",
    ),
    (
        "it",
        "Il {} si è riunito ieri.",
        "Dialogo sulle migrazioni per l'Africa australe",
        "dialogue",
        "MIDSA",
    ),
    (
        "pt",
        "O {} reuniu-se ontem.",
        "Diálogo sobre Migrações para a África Ocidental",
        "dialogue",
        "MIDWA",
    ),
    (
        "pt",
        "O {} reuniu-se ontem.",
        "Diálogo sobre Migração na África Ocidental",
        "dialogue",
        "MIDWA",
    ),
    (
        "es",
        "El {} se reunió ayer.",
        "Diálogo sobre Migración para el África Occidental",
        "dialogue",
        "MIDWA",
    ),
    # organisations
    (
        "it",
        "La {} ha presentato il piano.",
        "Commissione europea",
        "organisation",
        "European Commission",
    ),
    (
        "it",
        "La {} ha presentato il piano.",
        "Commissione dell'Unione africana",
        "organisation",
        "African Union Commission",
    ),
    ("it", "L'{} ha adottato il piano.", "Unione europea", "organisation", "European Union"),
    ("it", "L'{} ha adottato il piano.", "Unione africana", "organisation", "African Union"),
    (
        "it",
        "L'{} ha partecipato.",
        "Organizzazione Internazionale per le Migrazioni",
        "organisation",
        "IOM",
    ),
    (
        "it",
        "L'{} ha partecipato.",
        "Organizzazione Internazionale del Lavoro",
        "organisation",
        "ILO",
    ),
    (
        "it",
        "L'{} ha partecipato.",
        "Alto Commissariato delle Nazioni Unite per i Rifugiati",
        "organisation",
        "UNHCR",
    ),
    ("es", "La {} participó.", "Agencia de la ONU para los Refugiados", "organisation", "UNHCR"),
    ("pt", "A {} participou.", "Agência da ONU para os Refugiados", "organisation", "UNHCR"),
    (
        "it",
        "L'{} ha partecipato.",
        "Ufficio delle Nazioni Unite contro la droga e il crimine",
        "organisation",
        "UNODC",
    ),
    (
        "it",
        "L'{} ha partecipato.",
        "Agenzia dell'Unione europea per l'asilo",
        "organisation",
        "EUAA",
    ),
    ("es", "La {} participó.", "Oficina Europea de Apoyo al Asilo", "organisation", "EUAA"),
    (
        "it",
        "La {} ha partecipato.",
        "Comunità economica degli Stati dell'Africa occidentale",
        "organisation",
        "ECOWAS",
    ),
    (
        "es",
        "La {} participó.",
        "Autoridad Intergubernamental para el Desarrollo",
        "organisation",
        "IGAD",
    ),
    (
        "pt",
        "A {} participou.",
        "Autoridade Intergovernamental para o Desenvolvimento",
        "organisation",
        "IGAD",
    ),
    (
        "it",
        "Il {} ha partecipato.",
        "Servizio europeo per l'azione esterna",
        "organisation",
        "EEAS",
    ),
    ("it", "La {} ha finanziato lo studio.", "Banca mondiale", "organisation", "World Bank"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "alias", "type_", "name"),
    POSITIVE,
    ids=[f"{case[0]}-{case[2]}" for case in POSITIVE],
)
def test_alias_is_found_and_resolves(
    language: str, sentence: str, alias: str, type_: str, name: str
) -> None:
    text = sentence.format(alias)
    found = [(m.text, e.type, e.name) for m in name_index().find(text) for e in m.entries]
    assert found == [(alias, type_, name)]


NEGATIVE = [
    # lower-case phrases are not names
    ("it", "Il dialogo sulla migrazione e la mobilità è proseguito."),
    ("pt", "A conferência regional sobre migração foi adiada."),
    # Italian "OIL" is not an alias: in capitals it is the English word
    ("en", "OIL PRICES ROSE AGAIN."),
    # a generic Spanish phrase with a capital on the region only
    ("es", "Un diálogo sobre migración en África Occidental sigue abierto."),
]


@pytest.mark.parametrize(("language", "text"), NEGATIVE, ids=[n[1][:40] for n in NEGATIVE])
def test_ordinary_phrase_finds_nothing(language: str, text: str) -> None:
    assert name_index().find(text) == []


def test_every_language_has_cases() -> None:
    assert {case[0] for case in POSITIVE} == {"en", "fr", "es", "it", "pt"}
