"""Fixtures for the task queue: reference data, a scratch media root, a small corpus, clients."""

from __future__ import annotations

from pathlib import Path

import pytest

from processus.kb.operations.editors import create_editor
from tests.ingest.scripted_corpus import write_scripted_corpus


@pytest.fixture
def reference(db):
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DATA_DIR = tmp_path / "data"
    return settings.MEDIA_ROOT


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_scripted_corpus(tmp_path / "corpus")


@pytest.fixture
def editor(db):
    return create_editor("nadia", "nadia@example.org", "a-long-pass-123")
