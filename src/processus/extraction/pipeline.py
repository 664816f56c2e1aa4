"""From a document's text to its meeting records.

The steps, each in its own module:

1. :mod:`normalize` cleans the text once; all offsets refer to the cleaned text.
2. :mod:`document` finds names (countries, organisations, dialogues, places), dates,
   meeting kinds, counts, titles, role triggers and theme keywords once over the whole
   text.
3. :mod:`segmentation` splits the text into passages (posts, items, listing entries,
   or the whole document).  Inside a passage (:mod:`passages`), a sentence that dates
   *another* meeting ("the previous meeting … in July 2019 in Madrid") becomes a record
   of its own and its facts are kept out of the passage's main record
   (:mod:`other_meetings`).
4. Each record takes facts only from its own spans; the field resolvers of
   :mod:`fields` fill it, one family of fields each, and every value gets evidence
   (:mod:`drafts`).
5. Mentions of the same meeting inside one document are merged (here), and each merged
   record gets its status.

The reference date decides the year of dates written without one and whether a dated
meeting is past or upcoming.  It is the ``reference_date`` argument, else a
publication date stated in the document.  Without either, the year of undated days is
taken from the latest year the document mentions, and status follows the text's tense
("will take place" / "took place") before falling back to today's date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from processus.extraction.aliases import country_names
from processus.extraction.companions import MARGINS_HOST
from processus.extraction.composed_titles import COMPOSED_NOTE, compose_title
from processus.extraction.dates import first_day, last_day
from processus.extraction.document import Document, add_entry_titles, analyse, subtract
from processus.extraction.document_kinds import classify_document
from processus.extraction.drafts import Draft
from processus.extraction.explain import document_explanations
from processus.extraction.fields.context import new_evidence
from processus.extraction.fields.dialogues import dominant
from processus.extraction.listed_recommendations import count_listed_recommendations
from processus.extraction.next_hosts import hosts_of_next_meetings
from processus.extraction.normalize import normalize_text
from processus.extraction.passages import passage_drafts
from processus.extraction.plausibility import is_rejection
from processus.extraction.records import RECORD_KEYS, DocumentExtraction, Evidence, MeetingRecord
from processus.extraction.segmentation import split_passages


def _mergeable(a: MeetingRecord, b: MeetingRecord) -> bool:
    """Whether ``a`` and ``b`` may tell of the same meeting: no value set on both differs,
    and they share a date, a city (with the kind) or a title; a record of no specific kind
    needs the same date and the same city or title."""

    def compatible(x: object, y: object) -> bool:
        return x is None or y is None or x == y

    inside = _day_within(a, b) or _day_within(b, a)
    if not ((_same_time(a.start, b.start, True) or inside) and compatible(a.city, b.city)):
        return False
    if not compatible(a.country, b.country):
        return False
    kinds_ok = a.kind == b.kind or a.kind in (None, "other") or b.kind in (None, "other")
    if not kinds_ok or (a.kind != b.kind and (_hosts_beside(a) or _hosts_beside(b))):
        return False
    if a.dialogues and b.dialogues and set(a.dialogues) != set(b.dialogues):
        return False
    for name in ("participants", "countries_count", "recommendations"):
        if not compatible(getattr(a, name), getattr(b, name)):
            return False
    same_title = bool(a.title and b.title and a.title.lower() == b.title.lower())
    same_date = (a.start is not None and a.start == b.start) or inside
    if not same_date and a.kind == b.kind and a.kind not in (None, "other"):
        # "the 2025 Senior Officials' Meeting" and "the Senior Officials' Meeting … on 10
        # and 11 April 2025": a year or a month that holds the other's date
        same_date = _same_time(a.start, b.start, False)
    same_city = a.city is not None and a.city == b.city and a.kind == b.kind
    if a.kind in (None, "other") or b.kind in (None, "other"):
        return same_date and (a.city == b.city or same_title)
    return same_date or same_city or same_title


def _day_within(a: MeetingRecord, b: MeetingRecord) -> bool:
    """Whether ``b`` is dated by one day of the days ``a`` runs: "opened on 2 June and
    closed on 4 June" and "The workshop closed on 4 June" tell of one workshop."""
    if a.start is None or a.end is None or b.start is None or b.end != b.start:
        return False
    return len(a.start) == len(a.end) == len(b.start) == 10 and a.start < b.start <= a.end


def _hosts_beside(record: MeetingRecord) -> bool:
    """A meeting another was held in the margins of: not the side meeting itself."""
    return any(e.rule == MARGINS_HOST for e in record.evidence if e.field == "kind")


def _same_time(a: str | None, b: str | None, missing: bool) -> bool:
    """Whether two dates of any precision may be one ("2025" holds "2025-04-10");
    ``missing``: the answer when one of them is unknown."""
    if a is None or b is None:
        return missing
    return a.startswith(b) or b.startswith(a)


def _merge(into: Draft, other: Draft) -> None:
    """Complete ``into`` with what ``other`` adds: its values for fields ``into`` lacks,
    the names and domains ``into`` misses, their evidence and tense cues."""
    a, b = into.record, other.record
    if a.start and b.start and len(b.start) > len(a.start):
        # the fuller date of the two wins: "2025" and "10-11 April 2025"
        a.start, a.end = b.start, b.end
        a.evidence = [e for e in a.evidence if e.field not in ("start", "end")]
        into.anchor = other.anchor
    for name in (
        "kind", "title", "start", "end", "city", "country", "format", "participants",
        "participants_qualifier", "countries_count", "recommendations", "registration_deadline",
    ):  # fmt: skip
        if getattr(a, name) in (None, "other") and getattr(b, name) is not None:
            if name == "kind" and a.kind == "other" and b.kind is None:
                continue
            setattr(a, name, getattr(b, name))
    for name in ("dialogues", "hosts", "chairs", "organisers"):
        merged = list(getattr(a, name))
        for item in getattr(b, name):
            if item not in merged:
                merged.append(item)
        setattr(a, name, sorted(merged) if name == "dialogues" else merged)
    a.themes = sorted(set(a.themes) | set(b.themes))
    kept = {(e.field, e.start, e.end) for e in a.evidence}
    a.evidence += [e for e in b.evidence if (e.field, e.start, e.end) not in kept]
    into.tense += other.tense
    if into.anchor is None:
        into.anchor = other.anchor


def _finalise(doc: Document, draft: Draft, today: date) -> None:
    """The record's status, and its evidence pruned and sorted once merging is over."""
    record = draft.record
    record.evidence = [e for e in record.evidence if e.field != "status"]
    # evidence only for values that survived merging (the record's fields by name, without
    # the cost of to_dict(), which also copies every evidence item), and the values refused
    # as implausible of fields that stayed empty
    values = {key: getattr(record, key) for key in RECORD_KEYS}
    record.evidence = [
        e
        for e in record.evidence
        if e.field in values and (values[e.field] in (None, [])) == is_rejection(e)
    ]
    status: str | None = None
    ev: Evidence | None = None
    dated = record.start is not None and doc.reference_mode in ("explicit", "publication")
    # the tense is read only where it decides: no date, or dates that take in the reference
    told = (
        None if dated and not _straddles(record, doc.reference) else _status_from_tense(doc, draft)
    )
    if dated and told is None:
        status, ev = _status_from_date(doc, record, draft, doc.reference, doc.reference_note)
    elif told is not None:
        status, ev = told
    elif record.start is not None:
        status, ev = _status_from_date(doc, record, draft, today, f"today's date {today}")
    record.status = status
    if ev is not None:
        record.evidence.append(ev)
    _host_country(record)
    _compose_title(record)
    order = {key: i for i, key in enumerate(values)}
    record.evidence.sort(key=lambda e: (order.get(e.field, 99), e.start))


def _host_country(record: MeetingRecord) -> None:
    """A meeting hosted by one state, with no place written, was held in that state ("South
    Sudan hosted a regional training"), unless it was held online; its evidence is the
    host's, marked inferred."""
    if record.country or record.city or record.format == "virtual" or len(record.hosts) != 1:
        return
    host = record.hosts[0]
    if host not in set(country_names().values()):
        return
    source = next((e for e in record.evidence if e.field == "hosts"), None)
    if source is None:
        return
    record.country = host
    record.evidence.append(
        Evidence("country", source.start, source.end, source.text, True, "the host country",
                 "place:host country")
    )  # fmt: skip


def _compose_title(record: MeetingRecord) -> None:
    """A title for a meeting the text does not name (see :mod:`composed_titles`), its
    evidence the meeting's kind noun, marked inferred and composed."""
    if record.title is not None:
        return
    kind = next((e for e in record.evidence if e.field == "kind"), None)
    title = compose_title(record.kind, record.city, record.country, record.start, record.format)
    if title is None or kind is None:
        return
    record.title = title
    record.evidence.append(
        Evidence("title", kind.start, kind.end, kind.text, True, COMPOSED_NOTE, "title:composed")
    )


def _status_from_tense(doc: Document, draft: Draft) -> tuple[str, Evidence] | None:
    """Past or upcoming as the text tells it: each merged mention votes by its own tense,
    and a meeting told as past is past."""
    votes = []
    for cues in draft.tense:
        past = [t for t in cues if t[3] == "past"]
        upcoming = [t for t in cues if t[3] == "upcoming"]
        if past or upcoming:
            votes.append(past[0] if len(past) >= len(upcoming) and past else upcoming[0])
    if not votes:
        return None
    cue = next((v for v in votes if v[3] == "past"), votes[0])
    return cue[3], new_evidence(doc, "status", cue[0], cue[1], rule="status:tense of the text")


def _straddles(record: MeetingRecord, ref: date) -> bool:
    """Whether the meeting's dates, known to the month or the year only, take in ``ref``
    ("last week", read on 20 November, is "November"): the dates cannot tell whether it
    is over, the tense of the text can."""
    assert record.start is not None
    end = record.end or record.start
    vague = len(record.start) < 10 or len(end) < 10
    return vague and first_day(record.start) <= ref <= last_day(end)


def _status_from_date(
    doc: Document, record: MeetingRecord, draft: Draft, ref: date, note: str
) -> tuple[str, Evidence | None]:
    """Past or upcoming as the meeting's dates compare with ``ref``; a meeting that has
    begun but not ended is still upcoming."""
    assert record.start is not None
    end = record.end or record.start
    status = "past" if last_day(end) < ref else "upcoming"
    if first_day(record.start) > ref:
        status = "upcoming"
    span = draft.anchor
    ev = (
        new_evidence(
            doc,
            "status",
            span.start,
            span.end,
            True,
            f"compared with {note}",
            "status:dates against the reference date",
        )
        if span is not None
        else None
    )
    return status, ev


def extract(
    text: str,
    source: str = "<text>",
    reference_date: date | None = None,
    today: date | None = None,
    explain: bool = False,
) -> DocumentExtraction:
    """Normalise ``text`` and extract its meetings; offsets refer to the returned text.

    ``explain``: also log the candidates left aside and why
    (``DocumentExtraction.explanations``, see :mod:`processus.extraction.explain`).
    """
    text = normalize_text(text)
    today = today or date.today()
    doc = analyse(text, reference_date, today)
    if explain:
        doc.explain = []
    passages = split_passages(text, doc.dates, doc.names, [(k.start, k.end) for k in doc.kinds])
    add_entry_titles(doc, passages)
    drafts: list[Draft] = []
    for i, passage in enumerate(passages):
        children = [(p.start, p.end) for p in passages if p.parent == i]
        own = subtract([(passage.start, passage.end)], children)
        if not any(text[s:e].strip() for s, e in own):
            continue
        inherited = None
        if passage.parent is not None:
            parent = passages[passage.parent]
            inherited = dominant(doc, [(parent.start, parent.end)])
        drafts += passage_drafts(doc, source, passage, own, inherited)
    drafts.sort(key=lambda d: d.order)
    merged: list[Draft] = []
    for draft in drafts:
        target = next((m for m in merged if _mergeable(m.record, draft.record)), None)
        if target is None:
            merged.append(draft)
        else:
            _merge(target, draft)
    for draft in merged:
        _finalise(doc, draft, today)
    records = [d.record for d in merged]
    count_listed_recommendations(doc, records)
    hosts_of_next_meetings(doc, records)
    kind = classify_document(text, records, passages=passages, dates=doc.dates)
    explanations = document_explanations(doc, records) if explain else None
    return DocumentExtraction(source, text, records, document_kind=kind.kind,
                              document_kind_reason=kind.reason,
                              explanations=explanations)  # fmt: skip


def extract_text(
    text: str, source: str = "<text>", reference_date: date | None = None
) -> list[MeetingRecord]:
    """Meeting records of ``text``; evidence offsets index into ``normalize_text(text)``."""
    return extract(text, source, reference_date).records


def extract_document(
    path: str | Path, reference_date: date | None = None, explain: bool = False
) -> DocumentExtraction:
    """Load a file (txt, md, html, pdf, docx) and extract its meetings (``explain``: and
    the candidates left aside, as :func:`extract`).

    Raises :class:`DocumentError` with a one-line reason when the file cannot be read.
    """
    from processus.extraction.loaders import load_document

    loaded = load_document(path)
    result = extract(loaded.text, str(path), reference_date, explain=explain)
    return replace(result, media_type=loaded.media_type)
