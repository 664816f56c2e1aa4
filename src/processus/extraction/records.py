"""The shapes that leave the extraction library: evidence, meeting records, errors.

The field order of :meth:`MeetingRecord.to_dict` is the contract's order
(``docs/extraction-contract.md``); JSON output and the knowledge base rely on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Keys of a meeting record, in the contract's order.
RECORD_KEYS: tuple[str, ...] = (
    "source",
    "kind",
    "title",
    "dialogues",
    "start",
    "end",
    "city",
    "country",
    "format",
    "status",
    "hosts",
    "chairs",
    "organisers",
    "participants",
    "participants_qualifier",
    "countries_count",
    "recommendations",
    "registration_deadline",
    "themes",
    "evidence",
)

KINDS: tuple[str, ...] = (
    "ministerial_conference",
    "senior_officials_meeting",
    "steering_committee",
    "thematic_meeting",
    "technical_meeting",
    "workshop",
    "side_event",
    "joint_meeting",
    "training",
    "field_visit",
    "other",
)
FORMATS: tuple[str, ...] = ("in_person", "virtual", "hybrid")
STATUSES: tuple[str, ...] = ("past", "upcoming")
QUALIFIERS: tuple[str, ...] = ("over", "nearly", "about", "at least", "up to")


@dataclass(frozen=True)
class Evidence:
    """The span of the document text that supports one value of one field."""

    field: str
    start: int
    end: int
    text: str
    inferred: bool = False
    note: str | None = None
    #: the name of the rule or step that produced the value ("hosted_by", "capacity",
    #: "place:labelled", "title:composed"); shown by ``processus extract --explain`` only
    rule: str | None = None

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The contract's evidence object; with ``explain``, the rule's name as well."""
        out = {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "inferred": self.inferred,
            "note": self.note,
        }
        if explain:
            out["rule"] = self.rule
        return out


@dataclass(frozen=True)
class Explanation:
    """A candidate the extraction weighed and left aside, and why (``--explain``).

    ``field`` is the field the candidate could have filled (``city``, ``kind``,
    ``start``, ``hosts``, ``title``…); ``text`` is ``document text[start:end]``;
    ``meeting`` names the meeting it was weighed for, when it was weighed for one.
    """

    field: str
    start: int
    end: int
    text: str
    reason: str
    meeting: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
            "meeting": self.meeting,
        }


@dataclass
class MeetingRecord:
    """One meeting as a document describes it (see the extraction contract)."""

    source: str
    kind: str | None = None
    title: str | None = None
    dialogues: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    format: str | None = None
    status: str | None = None
    hosts: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    organisers: list[str] = field(default_factory=list)
    participants: int | None = None
    participants_qualifier: str | None = None
    countries_count: int | None = None
    recommendations: int | None = None
    registration_deadline: str | None = None
    themes: list[int] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The record as the contract's JSON object, keys in the contract's order; with
        ``explain``, each evidence object also names its rule."""
        out: dict[str, Any] = {}
        for key in RECORD_KEYS:
            value = getattr(self, key)
            if key == "evidence":
                value = [item.to_dict(explain) for item in value]
            elif isinstance(value, list):
                value = list(value)
            out[key] = value
        return out


@dataclass(frozen=True)
class DocumentExtraction:
    """A document's extracted text and the meetings found in it.

    Evidence offsets of every record index into ``text``.
    """

    source: str
    text: str
    records: list[MeetingRecord]
    media_type: str = "text/plain"
    #: One of ``processus.extraction.document_kinds.DOCUMENT_KINDS``, and the cue that
    #: decided it; per document, so not part of any record.
    document_kind: str = "other"
    document_kind_reason: str | None = None
    #: the candidates left aside and why, in text order; only with ``explain=True``
    explanations: list[Explanation] | None = None


class DocumentError(Exception):
    """A document that cannot be read; ``reason`` is one human-readable line."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
