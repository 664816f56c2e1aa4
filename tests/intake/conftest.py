"""Fixtures for documents in: a scratch data dir, reference data, role-named clients,
and documents written for these tests (an announcement that describes one meeting)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

#: An announcement of one meeting, written for these tests.
ANNOUNCEMENT = (
    "Thematic meeting on legal migration pathways\n\n"
    "The Rabat Process will hold a thematic meeting on legal migration pathways "
    "in Dakar, Senegal, on 14-15 October 2025. The meeting is hosted by Senegal "
    "and co-chaired by Spain. Over 80 participants are expected.\n"
)
#: A second announcement, of another meeting.
WORKSHOP = (
    "Workshop on return and reintegration\n\n"
    "A workshop of the Rabat Process on return and reintegration took place in "
    "Abidjan, Côte d'Ivoire, on 3 June 2024, hosted by Côte d'Ivoire.\n"
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, settings):
    settings.DATA_DIR = tmp_path / "var"
    settings.MEDIA_ROOT = tmp_path / "var" / "documents"
    settings.PROCESSUS_DOCUMENT_SECONDS = 0  # read in this process: fast and forkless
    return settings.DATA_DIR


@pytest.fixture
def reference(db):
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", password="editor-pass-123", is_staff=True)


@pytest.fixture
def server():
    from tests.intake.server import LocalServer

    with LocalServer() as running:
        yield running
