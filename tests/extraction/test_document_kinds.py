# ruff: noqa: E501
"""The kind of a whole document: its cues in five languages, near misses, the corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from processus.extraction import RECORD_KEYS, extract, extract_document
from processus.extraction.document_kinds import (
    DOCUMENT_KINDS,
    HEADING_CUES,
    RULES,
    DocumentKind,
    classify_document,
)

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def kind_of(text: str) -> DocumentKind:
    result = extract(text, "doc.txt")
    found = classify_document(result.text, result.records)
    assert (result.document_kind, result.document_kind_reason) == (found.kind, found.reason)
    return found


# Every document below was written for this test. One row: (id, expected kind, text).
POSITIVE: list[tuple[str, str, str]] = [
    # --- concept note -----------------------------------------------------------------
    ("cn-en", "concept_note", "Concept note – Workshop on seasonal work\nVersion of 2 March 2025\n\nThe workshop will take place in Accra on 14 and 15 April 2025 and will gather labour officials of the Rabat Process."),
    ("cn-en-caps", "concept_note", "CONCEPT NOTE\nThematic meeting on the protection of children on the move\n\nThe meeting will be held in Niamey on 8 October 2025."),
    ("cn-fr", "concept_note", "Note conceptuelle\nAtelier sur la mobilité des étudiants\n\nL'atelier se tiendra à Dakar le 5 juin 2025. Il réunira les ministères de l'enseignement supérieur."),
    ("cn-es", "concept_note", "Nota conceptual – Taller sobre migración laboral\n\nEl taller se celebrará en Madrid el 3 de marzo de 2026 y reunirá a expertos de veinte países."),
    ("cn-it", "concept_note", "Nota concettuale | Riunione tecnica sulla protezione internazionale\n\nLa riunione si terrà a Roma il 12 maggio 2026."),
    ("cn-pt", "concept_note", "Nota concetual – Reunião temática sobre as diásporas\n\nA reunião terá lugar na Praia, nos dias 4 e 5 de junho de 2026."),
    # --- agenda -------------------------------------------------------------------------
    ("agenda-en", "agenda", "Draft agenda\nThematic meeting on border management – Rabat, 12 May 2025\n\n1. Opening of the meeting\n2. Adoption of the agenda\n3. Exchange of practices on data sharing"),
    ("agenda-fr", "agenda", "Ordre du jour\nRéunion des hauts fonctionnaires – Abidjan, 3 juin 2025\n\n1. Ouverture de la réunion\n2. Bilan de l'année de présidence\n3. Passation de la présidence"),
    ("agenda-es", "agenda", "Orden del día – Reunión técnica sobre retorno\n\n1. Apertura\n2. Presentación de los programas nacionales\n3. Conclusiones"),
    ("agenda-it", "agenda", "Ordine del giorno – Riunione tematica di Roma\n\n1. Apertura dei lavori\n2. Sessione sui corridoi umanitari\n3. Chiusura"),
    ("agenda-pt", "agenda", "Ordem de trabalhos – Reunião temática na Praia\n\n1. Abertura\n2. Painel sobre mobilidade laboral\n3. Encerramento"),
    ("agenda-slots", "agenda", "Programme\nWorkshop on visa facilitation\n\n09:00 – 09:30 Welcome and introductions\n09:30 – 11:00 Session 1: procedures in practice\n11:30 – 13:00 Session 2: digital visas\n14:00 – 15:00 Closing remarks"),
    # --- announcement -------------------------------------------------------------------
    ("ann-en-save", "announcement", "Save the date: thematic meeting in Banjul\n\nThe Rabat Process thematic meeting on missing migrants will take place in Banjul on 9 and 10 July 2026."),
    ("ann-en-registration", "announcement", "Call for registration – Workshop on visa procedures\n\nNational focal points may register two experts each before 1 March 2026."),
    ("ann-en-upcoming", "announcement", "Rabat Process – Upcoming meeting\n\nThe Senior Officials' Meeting will be held in Geneva on 4 December 2026."),
    ("ann-fr", "announcement", "Annonce – Réunion thématique à Lomé\n\nUne réunion thématique sur la traite des êtres humains se tiendra à Lomé les 3 et 4 novembre 2026."),
    ("ann-es", "announcement", "Anuncio | Taller regional en Sevilla\n\nEl taller se celebrará en Sevilla el 20 de octubre de 2026."),
    ("ann-es-convocatoria", "announcement", "Convocatoria – Reunión de expertos\n\nLa reunión se celebrará en Rabat el 2 de febrero de 2027."),
    ("ann-it", "announcement", "Annuncio – Seminario a Palermo\n\nIl seminario si terrà a Palermo il 13 ottobre 2026."),
    ("ann-pt", "announcement", "Anúncio – Reunião técnica em Bissau\n\nA reunião técnica terá lugar em Bissau, no dia 7 de setembro de 2026."),
    ("ann-press-future", "announcement", "Press release – Abuja, 2 May 2026\n\nNigeria will host a thematic meeting of the Rabat Process on youth and innovation in Abuja on 13 and 14 May 2026."),
    ("ann-news-future", "announcement", "Processus de Rabat – Actualités\nPublié le 2 septembre 2026\n\nUne réunion de concertation nationale se tiendra à Ouagadougou le 24 septembre 2026 pour présenter le plan d'action."),
    # --- outcome ------------------------------------------------------------------------
    ("outcome-en", "outcome", "Outcome document\nThematic meeting on legal migration, Lisbon, 15-16 May 2024\n\nThe participants agreed on 12 recommendations on labour mobility."),
    ("outcome-en-report", "outcome", "Report of the Senior Officials' Meeting\n\nThe meeting took place in Porto on 29 January 2025 and reviewed the first year of the action plan."),
    ("outcome-en-conclusions", "outcome", "Rabat Process – Chair's conclusions\n\nThe partners met in Cádiz on 13 December 2022 and adopted a new action plan."),
    ("outcome-fr", "outcome", "Compte rendu – Réunion technique de Niamey\n\nLa réunion technique s'est tenue à Niamey le 5 mars 2025 et a formulé huit recommandations."),
    ("outcome-fr-rapport", "outcome", "Rapport final\nAtelier régional sur la lutte contre le trafic de migrants\n\nL'atelier s'est tenu à Abidjan le 24 octobre 2019."),
    ("outcome-es", "outcome", "Informe final – Reunión técnica de Madrid\n\nLa reunión se celebró en Madrid los días 5 y 6 de noviembre de 2025."),
    ("outcome-it", "outcome", "Conclusioni – Riunione tematica di Roma\n\nLa riunione si è svolta a Roma il 21 marzo 2024."),
    ("outcome-pt", "outcome", "Relatório – Reunião temática da Praia\n\nA reunião realizou-se na Praia nos dias 20 e 21 de junho de 2024."),
    # --- list of meetings ---------------------------------------------------------------
    ("list-en", "meeting_list", "Past meetings of the dialogue\n\nDakar, 12-13 March 2019\nThematic meeting on labour migration, hosted by Senegal.\n\nTunis, 4 December 2018\nWorkshop on data sharing, organised by ICMPD.\n\nBamako, 22-23 May 2017\nTechnical meeting on return, hosted by Mali."),
    ("list-fr", "meeting_list", "Processus de Rabat – Réunions passées\n\nAbidjan, 3 mars 2021\nAtelier sur la traite des êtres humains.\n\nNiamey, 14 juin 2022\nRéunion technique sur le trafic de migrants.\n\nRabat, 1er février 2024\nRéunion des hauts fonctionnaires."),
    ("list-calendar", "meeting_list", "Calendar of activities 2027\nCompiled on 5 January 2027\n\nSteering Committee\n14/01/2027\n\nThematic meeting on diaspora\n03/03/2027 – 04/03/2027\n\nWorkshop on return\n19/05/2027"),
    # --- meeting page -------------------------------------------------------------------
    ("page-en", "meeting_page", "Rabat Process › Political meetings\n\nSenior Officials' Meeting in Abuja\n\nThe Senior Officials' Meeting took place in Abuja on 28-29 January 2026. It was hosted by Nigeria."),
    ("page-en-plain", "meeting_page", "Technical Meeting on Border Management\nMadrid, 1-2 July 2019\n\nThe technical meeting took place in Madrid on 1 and 2 July 2019. It was hosted by Spain and gathered 80 participants."),
    ("page-fr", "meeting_page", "Processus de Rabat – Réunions thématiques\n\nLa réunion thématique sur les visas s'est tenue à Cidade Velha le 30 novembre 2016, coprésidée par le Portugal."),
    ("page-es", "meeting_page", "Proceso de Rabat – Reuniones técnicas\n\nLa reunión técnica se celebró en Madrid el 5 de noviembre de 2025."),
    ("page-it", "meeting_page", "Processo di Rabat – Riunioni tematiche\n\nLa riunione tematica si è svolta a Roma il 21 marzo 2024."),
    ("page-pt", "meeting_page", "Processo de Rabat – Reuniões temáticas\n\nA reunião temática realizou-se na Praia no dia 20 de junho de 2024."),
    # --- news ---------------------------------------------------------------------------
    ("news-en-dateline", "news", "Investigators trained to follow the money of smuggling networks\n\nDAKAR, 3 May 2024 (APS) – Some forty investigators took part on Wednesday in a training session in Saly on financial investigations."),
    ("news-fr-dateline", "news", "NIAMEY, 16 mars 2025 (ANP) – Les délégations de douze pays se sont réunies lundi à Niamey pour faire le point sur la lutte contre le trafic de migrants."),
    ("news-en-byline", "news", "Diaspora investors meet officials to cut the cost of remittances\n\nBy Jane Mwangi\n\nA round table on diaspora investment took place in Lagos on 24 September 2025."),
    ("news-fr-section", "news", "Processus de Khartoum – Actualités\n\nLa réunion des hauts fonctionnaires s'est tenue à Paris les 4 et 5 novembre 2025."),
    ("news-es-section", "news", "Proceso de Rabat – Noticias\nPublicado el 10 de noviembre de 2025\n\nLa reunión técnica se celebró en Madrid los días 5 y 6 de noviembre."),
    ("news-it-section", "news", "Processo di Khartoum – Notizie\nPubblicato il 28 marzo 2024\n\nSi è svolta a Roma il 21 marzo 2024 la riunione tematica sulla migrazione legale."),
    ("news-pt-section", "news", "Processo de Rabat – Notícias\nPublicado em 24 de junho de 2024\n\nCabo Verde acolheu, nos dias 20 e 21 de junho, a reunião temática sobre migração regular."),
    ("news-en-published", "news", "Morocco and a UN agency sign a reintegration agreement\nPublished on 8 July 2025\n\nThe two partners signed an agreement on counselling and small business grants for returning migrants."),
    ("news-press-past", "news", "Press release – Rome, 6 May 2025\n\nThe workshop on voluntary return took place in Rome on 5 May 2025 and brought together 40 officials."),
    # --- social post --------------------------------------------------------------------
    ("post-feed", "social_post", "Rabat Process – posts\n\nRabat Process\n3d •\nGreat exchanges in Dakar today on return and reintegration! #migration #Reintegration\n\nRabat Process\n1w •\nOur team is ready for next week. #RabatProcess"),
    ("post-en-hashtags", "social_post", "What a week in Lisbon! Thank you to all partners for three days of open talks on skills mobility. #SkillsMobility #RabatProcess @ICMPD"),
    ("post-fr-hashtags", "social_post", "Merci à toutes les délégations réunies à Yaoundé pour ces deux journées d'échanges ! #retour #réintégration"),
    ("post-blog", "social_post", "# A year at the helm\n\n*Blog post by the Secretariat – 20 December 2024*\n\nWhen the Chairmanship changed hands, few of us expected such a busy year."),
    # --- other --------------------------------------------------------------------------
    ("other-en-job", "other", "Vacancy notice – Project Officer\n\nLocation: Brussels\nApplication deadline: 15 January 2026\n\nThe Secretariat is looking for a project officer to prepare meetings."),
    ("other-fr-job", "other", "Offre d'emploi – Assistant(e) chargé(e) des événements\n\nLieu : Vienne\nDate limite de candidature : 30 novembre 2025"),
    ("other-es-job", "other", "Oferta de empleo – Técnico de proyecto\n\nLugar: Madrid\nPlazo de solicitud: 15 de enero de 2026"),
    ("other-it-job", "other", "Offerta di lavoro – Assistente di progetto\n\nSede: Roma\nScadenza: 15 gennaio 2026"),
    ("other-pt-job", "other", "Oferta de emprego – Assistente de projeto\n\nLocal: Lisboa\nPrazo: 15 de janeiro de 2026"),
    ("other-about", "other", "About the dialogue\n\nThe dialogue brings together partner countries of Europe and Africa to talk about migration and development."),
    ("other-nothing", "other", "Remittances to the region reached a record level last year, more than the development aid the countries received together."),
]  # fmt: skip

NEAR_MISSES: list[tuple[str, str, str]] = [
    # (id, kind it must NOT be, text)
    ("agenda-in-prose", "agenda", "The agenda of the meeting includes a session on data sharing and another on return. The thematic meeting took place in Dakar on 3 May 2024."),
    ("agenda-items-line", "agenda", "Agenda items include return and data.\n\nThe meeting took place in Accra on 3 June 2024."),
    ("ordre-du-jour-in-prose", "agenda", "L'ordre du jour de la réunion comprenait une séance sur la traite. La réunion technique s'est tenue à Lomé le 5 décembre 2023."),
    ("orden-del-dia-in-prose", "agenda", "El orden del día de la reunión incluía la protección de menores. La reunión se celebró en Madrid el 5 de noviembre de 2025."),
    ("news-mentions-concept-note", "concept_note", "DAKAR, 4 May 2025 (APS) – Officials discussed on Monday the concept note of the next thematic meeting, which the Secretariat circulated last week."),
    ("note-conceptuelle-in-prose", "concept_note", "Les partenaires ont reçu la note conceptuelle de la réunion. La réunion thématique s'est tenue à Lomé le 3 juin 2025."),
    ("nota-conceptual-in-prose", "concept_note", "Los socios recibieron la nota conceptual de la reunión. La reunión técnica se celebró en Madrid el 5 de noviembre de 2025."),
    ("registration-in-prose", "announcement", "Last year's call for registration drew over 200 applications. The workshop took place in Accra on 3 May 2024 and trained 40 officers."),
    ("annonce-in-prose", "announcement", "L'annonce de la réunion avait suscité de nombreuses inscriptions. La réunion s'est tenue à Dakar le 12 mars 2025."),
    ("press-release-past", "announcement", "Comunicado – Lisboa, 18 de outubro de 2024\n\nRealizou-se em Lisboa, nos dias 16 e 17 de outubro de 2024, a reunião conjunta dos dois processos."),
    ("page-section-future", "meeting_page", "Rabat Process – Political meetings\n\nThe Senior Officials' Meeting will take place in Abuja on 28 January 2027."),
    ("report-in-prose", "outcome", "NOUAKCHOTT, 16 May 2024 (AMI) – The final report of the meeting will be published next month, the organisers said."),
    ("report-finds-headline", "outcome", "Report finds remittance costs falling\n\nThe cost of sending money home fell again last year, a study shows."),
    ("rapport-in-prose", "outcome", "Le rapport de la réunion sera publié le mois prochain. La réunion technique s'est tenue à Lomé le 5 décembre 2023."),
    ("one-city-date-line", "meeting_list", "Technical meeting on return\nMadrid, 1-2 July 2019\n\nThe technical meeting took place in Madrid on 1 and 2 July 2019."),
    ("two-meetings-in-prose", "meeting_list", "The workshop took place in Accra on 3 May 2024. It built on the technical meeting held in Dakar on 12 March 2023 and on the thematic meeting held in Tunis on 4 December 2022."),
    ("place-dash-heading", "news", "Rabat Process – a dialogue of partner countries of Europe and Africa working together on migration, mobility and development."),
    ("long-text-one-hashtag", "social_post", "The thematic meeting took place in Praia on 20 and 21 June 2024. " + "Delegations discussed regular pathways for students and seasonal workers at length. " * 20 + "#migration"),
    ("about-seventy", "other", "About 70 participants met in Lagos on 24 September 2025 for a round table on diaspora investment."),
    ("news-mentions-job", "other", "DAKAR, 4 May 2025 (APS) – The Secretariat published a vacancy notice for a project officer on Monday, after a meeting held in Dakar on 2 May 2025."),
    # a site's menu line names no kind
    ("menu-about", "other", "Home | About | Activities | News\n\nThematic meeting on return held in Dakar\n\nThe thematic meeting took place in Dakar on 3 May 2025, organised by ICMPD."),
    ("menu-agenda", "agenda", "Accueil · À propos · Agenda · Actualités\n\nRéunion thématique à Dakar\n\nLa réunion thématique s'est tenue à Dakar le 3 mai 2025."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), [p[1:] for p in POSITIVE], ids=[p[0] for p in POSITIVE])
def test_cue(kind: str, text: str) -> None:
    found = kind_of(text)
    assert found.kind == kind, found


@pytest.mark.parametrize(("not_kind", "text"), [n[1:] for n in NEAR_MISSES], ids=[n[0] for n in NEAR_MISSES])  # fmt: skip
def test_near_miss(not_kind: str, text: str) -> None:
    found = kind_of(text)
    assert found.kind != not_kind, found


def test_every_kind_has_a_positive_example() -> None:
    assert {kind for _id, kind, _text in POSITIVE} == set(DOCUMENT_KINDS)


def test_the_kinds_and_the_rules_are_data() -> None:
    assert DOCUMENT_KINDS == ("concept_note", "announcement", "agenda", "meeting_list",
                              "meeting_page", "outcome", "news", "social_post", "other")  # fmt: skip
    assert all(name for name, _rule in RULES)
    cue_kinds = {cue.kind for cue in HEADING_CUES} - {"press", "news_section", "meeting_section"}
    assert cue_kinds <= set(DOCUMENT_KINDS)


@pytest.mark.parametrize(
    ("text", "reason", "cue"),
    [
        ("Rabat Process – Concept note\n\nThe meeting will take place in Rabat on 3 May 2026.",
         'heading says "Concept note"', "Concept note"),
        ("Annonce du 28 avril 2026\n\nUne réunion se tiendra à Madrid le 12 mai 2026.",
         'heading says "Annonce"', "Annonce"),
        ("Saly training\n\nDAKAR, 3 May 2024 (APS) – Some forty investigators took part in a training session in Saly.",
         'dateline "DAKAR, 3 May 2024 (APS) –"', "DAKAR, 3 May 2024 (APS) –"),
    ],
)  # fmt: skip
def test_the_reason_names_the_cue_and_the_span_points_at_it(
    text: str, reason: str, cue: str
) -> None:
    found = kind_of(text)
    assert found.reason == reason
    assert found.span is not None
    result = extract(text)
    assert result.text[found.span[0] : found.span[1]] == cue


def test_a_list_names_its_entries() -> None:
    found = kind_of(next(t for i, _k, t in POSITIVE if i == "list-en"))
    assert found.reason == '3 entries "City, date"'
    assert found.span is not None


def test_without_the_pipeline_passages_the_result_is_the_same() -> None:
    """``classify_document`` alone (no passages, no dates given) agrees with ``extract``."""
    for _id, _kind, text in POSITIVE + NEAR_MISSES:
        result = extract(text)
        alone = classify_document(result.text, result.records)
        assert (alone.kind, alone.reason) == (result.document_kind, result.document_kind_reason)


def test_no_meeting_and_no_cue_is_other() -> None:
    found = classify_document("Nothing here but a sentence about the weather.", [])
    assert found == DocumentKind("other", "no cue and no meeting")


def test_extract_document_keeps_the_kind(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# Concept note\n\nThe workshop will take place in Accra on 14 April 2026.\n",
        encoding="utf-8",
    )
    result = extract_document(path)
    assert (result.document_kind, result.media_type) == ("concept_note", "text/markdown")
    assert result.document_kind_reason == 'heading says "Concept note"'


def test_jsonl_keeps_the_contract_keys_and_table_shows_the_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from processus.cli import main

    path = tmp_path / "cn.txt"
    path.write_text(
        "Concept note – Workshop on seasonal work\n\nThe workshop will take place in Accra "
        "on 14 and 15 April 2026.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(list(json.loads(line)) == list(RECORD_KEYS) for line in lines)
    assert main(["extract", str(path), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "concept_note" in out and 'heading says "Concept note"' in out


# --- the evaluation corpus ---------------------------------------------------------------

#: The kinds a file name prefix stands for.
PREFIX_KINDS: dict[str, set[str]] = {
    "cn": {"concept_note"},
    "ann": {"announcement"},
    "convocatoria": {"announcement"},
    "comunicado": {"announcement", "news"},  # a press release: before or after its meeting
    "comunicato": {"announcement", "news"},
    "list": {"meeting_list"},
    "news": {"news"},
    "noticia": {"news"},
    "notizia": {"news"},
    "feed": {"social_post"},
    "post": {"social_post"},
    "page": {"meeting_page", "outcome", "other"},
    "job": {"other"},
    "offre": {"other"},
    "stats": {"other", "news"},
}
#: Files whose text is another kind than their prefix says, and why.
READ_AS: dict[str, tuple[str, str]] = {
    "page_climate_change_addis_2022.txt": ("news", "its heading: 'Khartoum Process – News'"),
    "page_dialogue_continental_addis_2025_fr.txt": ("news", "its heading: '… – Actualités'"),
    "page_migrants_disparus_banjul_fr.txt": ("news", "its heading: 'Actualités – 18 juillet'"),
    "page_mtm_atelier_tunis_2023_fr.txt": ("news", "its heading: 'Dialogue MTM – Actualités'"),
    "page_study_visit_lisbon_2025.txt": ("news", "its heading: 'Rabat Process – News'"),
    "page_visite_etude_praia_2024_fr.txt": ("news", "its heading: '… – Actualités'"),
    "page_autorites_locales_paris_2021_fr.txt": (
        "announcement", "published on 1 September for a meeting on 14-15 September"),
    "page_webinar_series_mmc_2022.txt": (
        "announcement", "published on 1 March: 'the webinars will take place on 9 March …'"),
}  # fmt: skip
SUFFIXES = {".txt", ".md", ".html", ".pdf", ".docx"}


def test_the_corpus_kinds_match_the_file_names() -> None:
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in SUFFIXES and p.name != "SOURCES.md")
    checked, disagreements = 0, []
    for path in files:
        prefix = path.name.split("_", 1)[0]
        if path.name in READ_AS:
            expected = {READ_AS[path.name][0]}
        elif prefix in PREFIX_KINDS:
            expected = PREFIX_KINDS[prefix]
        else:
            continue  # a prefix this table does not know yet: no expectation
        checked += 1
        result = extract_document(path)
        if result.document_kind not in expected:
            disagreements.append(
                f"{path.name}: {result.document_kind} ({result.document_kind_reason}), "
                f"expected {' or '.join(sorted(expected))}"
            )
    assert checked >= 50, f"only {checked} corpus files have an expected kind"
    agreement = 1 - len(disagreements) / checked
    assert agreement >= 0.85, (
        f"{agreement:.0%} of {checked} files agree; disagreements:\n" + "\n".join(disagreements)
    )


def test_no_django_import() -> None:
    import subprocess

    code = (
        "import sys; import processus.extraction.document_kinds; "
        "assert 'django' not in sys.modules, 'django imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
