"""The meeting's registration deadline: the first deadline of its spans that is one.

A page that reports a meeting may also carry a job's, a tender's or a call for proposals'
closing date ("Vacancy: Project Officer … Deadline for applications: 10 January 2026"): that
is no deadline to register for the meeting, and is left aside with its reason.
"""

from __future__ import annotations

import re

from processus.extraction.dates import DateMention
from processus.extraction.document import Document, found_in
from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.dates import resolve_date
from processus.extraction.records import MeetingRecord
from processus.extraction.scan import Cues

DEADLINE_RULE = "date:registration deadline"

# what closes on a day and is no meeting's registration: a job, a tender, a grant, a call
# for proposals, in five languages
_NOT_A_REGISTRATION = re.compile(
    r"\b(?:vacanc(?:y|ies)|job\s+(?:offer|opening|description)|position\s+of|recruitment|"
    r"tenders?|call\s+for\s+(?:proposals|tenders|bids|projects)|grants?|procurement|"
    r"offres?\s+d['’]emploi|avis\s+de\s+vacance|poste\s+de|appel\s+(?:à\s+projets|"
    r"à\s+propositions|d['’]offres)|marché\s+public|licitaci(?:ón|ones)|"
    r"convocatoria\s+de\s+(?:empleo|subvenciones|propuestas)|vacantes?|"
    r"bando\s+di\s+gara|gara\s+d['’]appalto|offerta\s+di\s+lavoro|"
    r"vagas?\s+de\s+emprego|concurso\s+público|convite\s+à\s+apresentação)\b",
    re.IGNORECASE,
)
_ELSE = "the closing date of a job, a tender or a call, not of a registration"
_PARAGRAPH_REACH = 400  # how far back in its paragraph a deadline's subject is looked for
# the pattern's first words, read from it: most pages hold none of them
_NOT_A_REGISTRATION_CUES = Cues.of(_NOT_A_REGISTRATION)


def resolve_deadline(ctx: FieldContext, record: MeetingRecord) -> None:
    """``registration_deadline`` from the first deadline of the spans that is one."""
    doc = ctx.doc
    for d in doc.within("dates", ctx.spans):
        if d.role != "deadline":
            continue
        if _closes_something_else(doc, d):
            if doc.explain is not None:
                ctx.reject("registration_deadline", d.start, d.end, _ELSE)
            continue
        d_start, _d_end, inferred, note = resolve_date(doc, d, ctx.passage, ctx.anchor)
        record.registration_deadline = d_start
        ctx.add("registration_deadline", d.start, d.end, inferred, note, DEADLINE_RULE)
        return


def _closes_something_else(doc: Document, d: DateMention) -> bool:
    """Whether the paragraph of the deadline ``d``, up to it, is about a job, a tender or a
    call (see _NOT_A_REGISTRATION)."""
    text = doc.text
    paragraph = text.rfind("\n\n", max(0, d.start - _PARAGRAPH_REACH), d.start)
    lo = paragraph + 2 if paragraph != -1 else max(0, d.start - _PARAGRAPH_REACH)
    return found_in(doc, _NOT_A_REGISTRATION, _NOT_A_REGISTRATION_CUES, lo, d.start)
