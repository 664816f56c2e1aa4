"""Round-table fixtures: the web tests' small record and role-named clients, a round table
with two guiding questions and a document holding a minister's speech (our own words)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pytest

from processus.kb.models import Document
from processus.roundtable import operations
from processus.roundtable.models import GuidingQuestion
from tests.web.conftest import (  # noqa: F401  (shared fixtures)
    _empty_cache,
    editor,
    world,
)

SPEECH = (
    "Address of the delegation of Senegal.\n"
    "Thank you, Chair. We welcome the partners gathered here. "
    "Our first priority is the reintegration of returning migrants in their communities. "
    "Seasonal work schemes with European partners also matter to us. "
    "We thank the secretariat for its support."
)
SPEECH_PASSAGE = (
    "Our first priority is the reintegration of returning migrants in their communities. "
    "Seasonal work schemes with European partners also matter to us."
)


@dataclass
class Table:
    q1: GuidingQuestion
    q2: GuidingQuestion
    speech: Document


@pytest.fixture
def table(world, editor) -> Table:  # noqa: F811
    meeting = world.som
    q1 = operations.save_question(
        editor,
        meeting,
        "What are the priorities of your country on return and reintegration?",
        "Quelles sont les priorités de votre pays en matière de retour et de réintégration ?",
    )
    q2 = operations.save_question(
        editor,
        meeting,
        "How can partnerships support legal pathways for labour migration?",
        "",
    )
    speech = Document.objects.create(
        title="Statement of Senegal at the round table",
        content_hash=hashlib.sha256(SPEECH.encode()).hexdigest(),
        text=SPEECH,
        kind=Document.Kind.OTHER,
    )
    return Table(q1, q2, speech)
