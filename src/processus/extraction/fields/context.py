"""What every field resolver reads: the passage, its spans and the meeting chosen in it."""

from __future__ import annotations

from dataclasses import dataclass, field

from processus.extraction.aliases import NameMatch
from processus.extraction.dates import DateMention
from processus.extraction.document import Document, Span
from processus.extraction.kinds import KindMention
from processus.extraction.records import Evidence, Explanation
from processus.extraction.segmentation import Passage


def new_evidence(
    doc: Document,
    name: str,
    start: int,
    end: int,
    inferred: bool = False,
    note: str | None = None,
    rule: str | None = None,
) -> Evidence:
    """The evidence that ``doc.text[start:end]`` supports the value of field ``name``,
    found by ``rule``."""
    # the frozen dataclass's __init__ sets each field through object.__setattr__; filling
    # the instance dict directly builds the same (equal, immutable) Evidence for less
    ev = _new(Evidence)
    ev.__dict__.update(
        field=name,
        start=start,
        end=end,
        text=doc.text[start:end],
        inferred=inferred,
        note=note,
        rule=rule,
    )
    return ev


_new = object.__new__


@dataclass(slots=True)
class FieldContext:
    """One record's view of its passage, shared by the resolvers that fill the record.

    The record takes facts only from ``spans`` (the passage's own text, less the
    sentences that tell of other meetings, or for a secondary record its own
    sentences); ``anchors`` and ``kind`` are the meeting's date and noun, chosen before
    any field is filled because most fields are looked up near them.
    """

    doc: Document
    passage: Passage
    spans: list[Span]
    sentence_spans: list[Span]
    anchor: DateMention | None  # the meeting's date
    anchors: list[DateMention]  # the anchor and its repetitions ("3 May … on 3 May")
    kind: KindMention | None  # the meeting noun chosen for this record
    secondary: bool  # a meeting told inside another meeting's passage
    inherited: tuple[str, NameMatch] | None  # the dialogue of the enclosing passage
    context_date: DateMention | None  # the passage's main date, for a year left unwritten
    evidence: list[Evidence] = field(default_factory=list)
    # the candidates the resolvers left aside, only when the document is explained
    # (``doc.explain`` is a list); kept with the record only if it is a meeting
    rejected: list[Explanation] | None = None

    def add(
        self,
        name: str,
        start: int,
        end: int,
        inferred: bool = False,
        note: str | None = None,
        rule: str | None = None,
    ) -> None:
        """Record the evidence of a value just set on field ``name``, found by ``rule``."""
        # new_evidence, inlined: a record adds a dozen pieces of evidence
        ev = _new(Evidence)
        ev.__dict__.update(
            field=name,
            start=start,
            end=end,
            text=self.doc.text[start:end],
            inferred=inferred,
            note=note,
            rule=rule,
        )
        self.evidence.append(ev)

    def reject(self, name: str, start: int, end: int, reason: str) -> None:
        """Log a candidate for field ``name`` left aside, and why (``--explain`` only:
        callers test ``doc.explain is not None`` first)."""
        if self.rejected is None:
            self.rejected = []
        text = self.doc.text
        self.rejected.append(
            Explanation(name, start, end, text[start:end], reason, self.meeting_label())
        )

    def meeting_label(self) -> str | None:
        """The meeting the candidates are weighed for: its noun and its date as written."""
        parts = [x.text for x in (self.kind, self.anchor) if x is not None]
        return ", ".join(parts) if parts else None
