"""Fixtures for the search tests: a few documents and meetings written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from processus.kb.models import Document, Meeting
from processus.search import semantic
from tests.web.factories import (
    CountryFactory,
    DialogueFactory,
    DocumentFactory,
    MeetingFactory,
    MeetingRoleFactory,
)

BORDER_TEXT = (
    "Technical meeting on border management\n\n"
    "The partners met in Madrid on 1 and 2 July 2019 to compare how they manage their "
    "borders, hosted by Spain and co-chaired by Senegal.\n\n"
    "A second session looked at data protection and the exchange of information between "
    "border guards of both continents, with case studies."
)
TRAITE_TEXT = (
    "Réunion thématique sur la traite des êtres humains\n\n"
    "Les partenaires se sont réunis à Dakar pour échanger sur la lutte contre la traite des "
    "êtres humains et la protection des victimes, sous la présidence du Sénégal.\n\n"
    "Les frontières communes et leur gestion humanisée ont aussi été abordées."
)


@dataclass
class SearchWorld:
    border: Document
    traite: Document
    madrid: Meeting
    dakar: Meeting


@pytest.fixture
def search_world(db) -> SearchWorld:
    rabat = DialogueFactory(key="rabat-process", name="Rabat Process", name_fr="Processus de Rabat")
    spain = CountryFactory(key="es", iso_code="ES", name="Spain", name_fr="Espagne")
    senegal = CountryFactory(key="sn", iso_code="SN", name="Senegal", name_fr="Sénégal")
    border = DocumentFactory(
        title="Border management, Madrid 2019",
        text=BORDER_TEXT,
        language="en",
        original_name="border_madrid.txt",
    )
    traite = DocumentFactory(
        title="Traite des êtres humains, Dakar",
        text=TRAITE_TEXT,
        language="fr",
        original_name="traite_dakar.txt",
    )
    madrid = MeetingFactory(
        title="Technical Meeting on Border Management",
        kind="technical_meeting",
        start=dt.date(2019, 7, 1),
        city="Madrid",
        country=spain,
    )
    dakar = MeetingFactory(
        title="",
        kind="thematic_meeting",
        start=dt.date(2021, 3, 4),
        city="Dakar",
        country=senegal,
    )
    madrid.dialogues.add(rabat)
    MeetingRoleFactory(meeting=madrid, actor=spain, role="host")
    MeetingRoleFactory(meeting=madrid, actor=senegal, role="chair", position=1)
    MeetingRoleFactory(meeting=dakar, actor=senegal, role="chair")
    from processus.kb.models import MeetingMention

    MeetingMention.objects.create(document=border, position=0, meeting=madrid)
    MeetingMention.objects.create(document=traite, position=0, meeting=dakar)
    # In production the commit drains the queue (the ORM signals schedule it); a test's
    # transaction never commits, so the fixture indexes what it wrote.
    from processus.search import indexing

    indexing.drain()
    return SearchWorld(border=border, traite=traite, madrid=madrid, dakar=dakar)


class FakeEmbedder:
    """A tiny deterministic embedder: one dimension per known concept word."""

    name = "fake"
    CONCEPTS = ("border", "frontier", "traffick", "traite", "victim", "madrid", "dakar")

    def encode(self, texts):
        import numpy as np

        from processus.search.text import fold

        rows = []
        for text in texts:
            folded = fold(text)
            row = [float(folded.count(c)) for c in self.CONCEPTS] + [0.01]
            rows.append(row)
        matrix = np.asarray(rows, dtype=np.float32)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


@pytest.fixture
def fake_embedder():
    pytest.importorskip("numpy", reason="the semantic extra (numpy) is not installed")
    embedder = FakeEmbedder()
    semantic.set_embedder(embedder)
    yield embedder
    semantic.set_embedder(None)
