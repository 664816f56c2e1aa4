"""Fixtures for ingestion tests: reference data, a scratch media root, a scripted corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.scripted_corpus import write_scripted_corpus


@pytest.fixture
def reference(db):
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_scripted_corpus(tmp_path / "corpus")
