"""What ``processus extract --explain`` tells beside the records: the candidates left aside.

The field resolvers log, for the record they fill, the candidates they weighed and did not
take (:meth:`~processus.extraction.fields.context.FieldContext.reject`): the places that are
not the venue, the meeting nouns that do not give the kind, the names that are not the
title, the role phrases that gave nobody a role.  This module adds what is decided once for
the whole document: the places that can be no venue (a dateline's city, a place "originally
planned"), the dates that are no meeting's (publication, deadline, signing, period) and
those no record kept, and the titles composed because the text names no meeting.

Nothing here runs unless the caller asks (``extract(..., explain=True)``): the normal path
pays one test per resolver.
"""

from __future__ import annotations

from processus.extraction.composed_titles import COMPOSED_NOTE
from processus.extraction.dates import DateMention, find_dates
from processus.extraction.document import Document, in_spans
from processus.extraction.fields.dates import is_relative, relative_reference, same_date
from processus.extraction.records import Explanation, MeetingRecord

#: why a date of each role is never a meeting's date
_ROLE_REASONS = {
    "deadline": "a registration deadline, never a meeting date",
    "signing": "the signing, adoption or founding date of a text, never a meeting date",
    "period": "a programme period or the start of one, never a meeting date",
    "other": "a day named for something else (an international day, an anniversary)",
    "replaced": "the date the meeting was first planned for ('initially scheduled'), not its own",
}


def document_explanations(doc: Document, records: list[MeetingRecord]) -> list[Explanation]:
    """The candidates of ``doc`` left aside, each once, in text order: those the resolvers
    logged (``doc.explain``) and those decided for the whole document."""
    found = list(doc.explain or ())
    found += _dropped_places(doc)
    found += _dates(doc, records)
    found += _titles(doc, records)
    seen: set[tuple[str, int, int, str]] = set()
    out = []
    for item in found:
        key = (item.field, item.start, item.end, item.reason)
        if key not in seen:
            seen.add(key)
            out.append(item)
    out.sort(key=lambda item: (item.start, item.end))
    return out


def _explanation(doc: Document, name: str, start: int, end: int, reason: str) -> Explanation:
    return Explanation(name, start, end, doc.text[start:end], reason)


def _dropped_places(doc: Document) -> list[Explanation]:
    """The places that can be no meeting's venue (see ``document._index``)."""
    venues = {id(p) for p in doc.by_span["venues"].items}
    out = []
    for p in doc.places:
        if id(p) in venues:
            continue
        if in_spans(doc.furniture, p.start, p.end):
            reason = "the city of a dateline: where the story was filed, not the venue"
        else:
            reason = "not where the meeting took place ('originally planned', 'instead of')"
        out.append(_explanation(doc, "city" if p.city else "country", p.start, p.end, reason))
    return out


def _dates(doc: Document, records: list[MeetingRecord]) -> list[Explanation]:
    """The dates that are no meeting's, with their role, and the meeting dates no record
    kept."""
    used = [
        (e.start, e.end)
        for r in records
        for e in r.evidence
        if e.field in ("start", "registration_deadline")
    ]
    used_spans = set(used)
    used_dates = [d for d in doc.dates if (d.start, d.end) in used_spans]
    found_as: dict[tuple[int, int], str] | None = None
    out = []
    for d in doc.dates:
        if (d.start, d.end) in used_spans or d.role == "year":
            continue
        if d.role == "publication":
            if found_as is None:  # the role each date had before the page's layout was read
                found_as = {(x.start, x.end): x.role for x in find_dates(doc.text, relative=True)}
            reason = _publication_reason(doc, d, found_as)
        elif d.role == "meeting":
            reason = _unused_reason(doc, d, used_dates)
        else:
            reason = f"{d.role} date: " + _ROLE_REASONS.get(d.role, "never a meeting date")
        out.append(_explanation(doc, "start", d.start, d.end, reason))
    return out


def _publication_reason(doc: Document, d: DateMention, found_as: dict[tuple[int, int], str]) -> str:
    if in_spans(doc.furniture, d.start, d.end):
        where = "the dateline's date, when the story was filed"
    elif found_as.get((d.start, d.end)) == "meeting":
        where = "a date alone on a heading line: the page's own date"
    else:
        where = "'published / posted / updated' or the document's own first line"
    return f"publication date, not a meeting date: {where}"


def _unused_reason(doc: Document, d: DateMention, used: list[DateMention]) -> str:
    if any(same_date(d, u) for u in used):
        return "repeats the date of a meeting already dated"
    if d.first[1] is None:
        return "a relative day with no month"
    if is_relative(d) and relative_reference(doc, d) is None:
        return "a relative date, and the document states no date of its own to count from"
    return (
        "no record kept this date: its sentence names no meeting, tells of one as background, "
        "or its meeting was merged with another"
    )


def _titles(doc: Document, records: list[MeetingRecord]) -> list[Explanation]:
    """The records whose title was composed, or who have none: the text names them not."""
    out = []
    for r in records:
        kind = next((e for e in r.evidence if e.field == "kind"), None)
        if kind is None:
            continue
        title = next((e for e in r.evidence if e.field == "title"), None)
        if title is not None and title.note == COMPOSED_NOTE:
            reason = f"no name given for this meeting: title composed, '{r.title}'"
        elif title is None:
            reason = (
                "no name given for this meeting, and no title composed (neither a place nor a date)"
            )
        else:
            continue
        out.append(_explanation(doc, "title", kind.start, kind.end, reason))
    return out
