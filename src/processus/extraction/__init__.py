"""Extraction of meeting records from the documents of migration dialogues.

A pure library (no Django, no database): text in, meeting records with evidence out.
The shape of a record is fixed by ``docs/extraction-contract.md``.

>>> from processus.extraction import extract
>>> result = extract("The workshop took place in Dakar on 3 May 2021.", "note.txt")
>>> [(r.kind, r.start, r.city) for r in result.records]
[('workshop', '2021-05-03', 'Dakar')]
"""

from processus.extraction.loaders import LoadedDocument, load_bytes, load_document
from processus.extraction.normalize import normalize_text
from processus.extraction.pipeline import extract, extract_document, extract_text
from processus.extraction.records import (
    RECORD_KEYS,
    DocumentError,
    DocumentExtraction,
    Evidence,
    Explanation,
    MeetingRecord,
)

__all__ = [
    "RECORD_KEYS",
    "DocumentError",
    "DocumentExtraction",
    "Evidence",
    "Explanation",
    "LoadedDocument",
    "MeetingRecord",
    "extract",
    "extract_document",
    "extract_text",
    "load_bytes",
    "load_document",
    "normalize_text",
]
