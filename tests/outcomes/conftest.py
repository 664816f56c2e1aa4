"""Fixtures for the outcomes app: reference data, role-named clients, a small corpus on disk.

The corpus is written here (our own sentences): an outcome document of a Rabat Process
meeting in 2024 (Cadiz plan in force) with labelled recommendations, a French outcome
document with a list introduced by "Les participants recommandent de :", and an agenda
whose numbered list is no outcome.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from processus.kb.operations.editors import create_editor

OUTCOME_EN = """Rabat Process › Thematic meetings › Outcome
Published 2 May 2024

Thematic meeting on visas in Dakar: outcome

The Rabat Process thematic meeting on visa facilitation took place in Dakar, Senegal, \
on 10-11 April 2024. It was hosted by Senegal and co-chaired by Spain. \
The meeting produced 3 recommendations.

Recommendation 1: Simplify visa procedures for students and researchers.
Recommendation 2: Share data on visa applications between consular services.
Recommendation 3: Train border officials on asylum seekers' rights.
"""

OUTCOME_FR = """Processus de Rabat › Réunions thématiques › Document final
Mis en ligne le 30 octobre 2024

Réunion thématique sur la réintégration à Lomé

La réunion thématique du Processus de Rabat sur la réintégration s'est tenue à Lomé, \
au Togo, les 8 et 9 octobre 2024. Elle était accueillie par le Togo et coprésidée par la Belgique.

Les participants recommandent de :
- associer les communautés d'origine aux projets de réintégration ;
- financer l'accompagnement psychosocial des personnes de retour.
"""

AGENDA = """Rabat Process › Announcements

Workshop on border management in Abidjan, Côte d'Ivoire, on 4 June 2024, \
organised by the Rabat Process.

Agenda
1. Opening session
2. Panel on data sharing
3. Closing remarks
"""


@pytest.fixture
def reference(db):
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def outcome_corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "outcome_visas_dakar_2024.txt").write_text(OUTCOME_EN, encoding="utf-8")
    (folder / "document_final_lome_2024_fr.txt").write_text(OUTCOME_FR, encoding="utf-8")
    (folder / "agenda_abidjan_2024.txt").write_text(AGENDA, encoding="utf-8")
    return folder


@pytest.fixture
def ingested(reference, outcome_corpus) -> Path:
    """The corpus ingested through the command line's path (which reads outcome items)."""
    from processus.commands.ingest import ingest_with_progress

    report = ingest_with_progress([str(outcome_corpus)], 1, None, quiet=True)
    assert not report.failed
    return outcome_corpus


@pytest.fixture
def editor(db):
    return create_editor("amina", "amina@example.org", "a-long-pass-123")
