"""The meeting's dates and its registration deadline, with a missing year inferred."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from processus.extraction.dates import (
    DateMention,
    format_part,
    infer_year,
    resolve_relative,
    year_for_weekday,
)
from processus.extraction.document import Document
from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.last_day import first_and_last_days
from processus.extraction.furniture import post_age
from processus.extraction.records import MeetingRecord
from processus.extraction.segmentation import Passage, is_feed, posts
from processus.extraction.year_frames import framing_year


def resolve_dates(ctx: FieldContext, record: MeetingRecord) -> None:
    """``start`` and ``end`` from the anchor (the deadline is fields/deadline.py's), or from
    what the text tells beside it: the length, the last day (fields/last_day.py)."""
    doc, anchor = ctx.doc, ctx.anchor
    if anchor is not None:
        start, end, inferred, note = resolve_date(doc, anchor, ctx.passage, ctx.context_date)
        record.start, record.end = start, end
        heading = ctx.passage.heading
        rule = DATE_PASSING if ctx.secondary else DATE_ANCHOR
        if heading is not None and heading[0] <= anchor.start < heading[1]:
            rule = DATE_ENTRY
        one_day = start is not None and start == end and len(start) == 10
        first, last = first_and_last_days(ctx, anchor, start, one_day, resolve_date)
        if first is not None:
            record.start = first[0]
            ctx.add("start", *first[1:])
        else:
            ctx.add("start", anchor.start, anchor.end, inferred, note, rule)
        if last is not None:
            record.end = last[0]
            ctx.add("end", *last[1:])
        else:
            ctx.add("end", anchor.start, anchor.end, inferred, note, rule)


# the rules that date a meeting by its anchor (see passages.py; the rules of its length and
# its last day are fields/last_day.py's)
DATE_ANCHOR = "date:anchor (takes place)"
DATE_ENTRY = "date:list entry's date"
DATE_PASSING = "date:date of a meeting told in passing"


def is_relative(mention: DateMention) -> bool:
    """A mention told relative to the time of writing ("next month", "on Wednesday",
    "le 3 mars prochain", "Wednesday 9 April")."""
    return mention.relative is not None or bool(mention.direction) or mention.weekday is not None


def relative_reference(doc: Document, mention: DateMention) -> tuple[date, str] | None:
    """The date a relative mention counts from: the document's own date written before it
    (a dateline, a "published on" line, a date under the title).  Without one, "next
    November" or "on Tuesday" cannot be placed in time: the date a page was read is not
    the date it was written."""
    own = [
        d
        for d in doc.dates
        if d.role == "publication" and d.first[2] is not None and d.start < mention.start
    ]  # fmt: skip
    posted = _post_date(doc, mention)
    if posted is not None and (not own or own[-1].start < posted.start):
        own.append(posted)
    if not own:
        return None
    age = post_age(doc.text, own[-1].end, mention.start)
    if age is not None:
        return _less_the_age(doc, own[-1], age)
    year, month, day = own[-1].first
    assert month is not None and day is not None
    if year is None:
        year = _dateline_year(doc, month, day, mention.weekday)
        if year is not None:
            weekday = _WEEKDAYS[mention.weekday or 0]
            return date(year, month, day), (
                f"counted from the document's date '{own[-1].text}', in {year}, the last year"
                f" up to {doc.reference.year} in which it fell on a {weekday}"
            )
        near = _nearest_dated(doc, own[-1])
        if near is None and doc.reference_mode != "explicit":
            return None  # never the day the page happens to be read
        if near is None:
            # no year anywhere: the dateline's day is the last one up to the reference date
            # the page is read as of ("Madrid, 19 mar (EFE).- … este jueves", read as of
            # 23 November 2026: 19 March 2026)
            year = _last_year_up_to(doc.reference, month, day)
            return date(year, month, day), (
                f"counted from the document's date '{own[-1].text}', in {year}, the last year"
                f" up to {doc.reference.isoformat()}"
            )
        year = infer_year(month, day, _day_of(near))
        return date(year, month, day), (
            f"counted from the document's date '{own[-1].text}', its year from the nearby"
            f" date '{near.text}'"
        )
    return date(year, month, day), f"counted from the document's date '{own[-1].text}'"


# the words of a page's capture date: "consulté le 15 avril 2025", "accessed on …"
_CAPTURE = re.compile(
    r"consult|accessed|retrieved|captur|visited|read on|lu le|acedid|acessad", re.IGNORECASE
)


def _less_the_age(
    doc: Document, own: DateMention, age: tuple[int | None, str]
) -> tuple[date, str] | None:
    """A post under its age ("3 j •", "2 days ago") was written that long before the page
    was read: its relative dates count from the page's capture date less the age, when the
    page writes its capture date ("consulté le 15 avril 2025"); an earlier post's date or a
    publication date does not date a later post."""
    days, written = age
    line_start = doc.text.rfind("\n", 0, own.start) + 1
    if days is None or not own.has_year or not _CAPTURE.search(doc.text, line_start, own.start):
        return None
    year, month, day = own.first
    assert year is not None and month is not None and day is not None
    return date(year, month, day) - timedelta(days=days), (
        f"counted from the page's capture date '{own.text}' less the post's age '{written}'"
    )


_BRACKETED = re.compile(r"\(\s*\Z")


def _in_brackets(text: str, d: DateMention) -> bool:
    """A date alone in brackets dates the meeting named before it ("after the ministerial
    conference in Cádiz (December 2022), partners met in Accra on 12 November"): another
    meeting, told in passing, whose year is no guide to the days of this one."""
    return bool(_BRACKETED.search(text, max(0, d.start - 3), d.start)) and text[
        d.end : d.end + 3
    ].lstrip().startswith(")")


# the meeting after which this one is told: "following the ministerial conference in Cádiz
# in December 2022, partners met …", "après les réunions de Praia", "tras la conferencia",
# "dopo la riunione", "após a conferência", "building on the SOM of"
_SEQUENCE = re.compile(
    r"\b(?:after|following|building\s+on|since|après|suite\s+à|à\s+la\s+suite\s+de|depuis|"
    r"tras|después\s+de|a\s+raíz\s+de|dopo|a\s+seguito\s+d|após|depois\s+d|"
    r"na\s+sequência\s+d)",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
_SEQUENCE_REACH = 160


def _after_another(doc: Document, d: DateMention, mention: DateMention) -> bool:
    """Whether ``d`` dates the meeting after which the sentence tells ``mention``'s
    ("Following the ministerial conference in Cádiz in December 2022, partners met in
    Accra on 12 November"): the older meeting's year is no guide to the newer one's."""
    if not d.end <= mention.start or mention.start - d.end > _SEQUENCE_REACH * 3:
        return False  # after the mention, or too far before it to share its sentence
    if _SENTENCE_BREAK.search(doc.text, d.end, mention.start):
        return False
    lead = max(0, d.start - _SEQUENCE_REACH)
    breaks = list(_SENTENCE_BREAK.finditer(doc.text, lead, d.start))
    lead = breaks[-1].end() if breaks else lead
    sequence = _SEQUENCE.search(doc.text, lead, d.start)
    return sequence is not None and bool(doc.within("kinds", [(sequence.end(), d.start)]))


def _page_dates(doc: Document, mention: DateMention) -> list[DateMention]:
    """The page's own dates with a year ("Published on 4 May 2025", "consulté le 15 avril
    2025", a dateline's): what a date written without its year and without a dated
    neighbour in its passage takes its year from, before the day the page was read."""
    return [
        d
        for d in doc.dates
        if d.role == "publication" and d.has_year and d.first[1] is not None and d is not mention
    ]  # fmt: skip


# how far from a date without its year a tense cue may stand to tell whether it is past
_TENSE_REACH = 150


def _tense_cue(
    doc: Document, passage: Passage, mention: DateMention
) -> tuple[int, int, str, str] | None:
    """The tense cue nearest to ``mention`` within the passage: (start, end, words, "past"
    or "upcoming")."""
    around = (
        max(passage.start, mention.start - _TENSE_REACH),
        min(passage.end, mention.end + _TENSE_REACH),
    )
    cues = doc.within("tenses", [around])
    if not cues:
        return None
    # a cue of the mention's own clause first: "Nigeria hosted the meeting in Abuja in May,
    # and it will hand over the Chairmanship next January" tells May as past
    own = [c for c in cues if _CLAUSE_BREAK.search(doc.text, *_between(c, mention)) is None]
    return min(own or cues, key=lambda c: min(abs(c[0] - mention.end), abs(mention.start - c[1])))


# what ends a clause: a sentence's end, a semicolon, a comma before a conjunction
_CLAUSE_BREAK = re.compile(
    r"[.;!?](?:\s|$)|\n|,\s+(?:and|but|while|whereas|et|mais|tandis|y|pero|mientras|e|ma|"
    r"mentre|mas|enquanto)\s",
    re.IGNORECASE,
)


def _between(cue: tuple[int, int, str, str], mention: DateMention) -> tuple[int, int]:
    return (cue[1], mention.start) if cue[1] <= mention.start else (mention.end, cue[0])


def _year_by_tense(
    doc: Document, passage: Passage, mention: DateMention, year: int, written_on: date
) -> tuple[int, str] | None:
    """The year before or after the nearest one when the text tells the meeting in the
    other tense: "the partners took part … on 12 May", written in November, is the May
    gone; "will take place on 10 March", written in November, the March to come."""
    month, day = mention.first[1], mention.first[2]
    assert month is not None
    cue = _tense_cue(doc, passage, mention)
    if cue is None:
        return None
    written = date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))
    if cue[3] == "past" and written > written_on:
        return year - 1, f"the last before it, as the text tells it as past ('{cue[2]}')"
    if cue[3] == "upcoming" and written < written_on:
        return year + 1, f"the next after it, as the text tells it to come ('{cue[2]}')"
    return None


def _as_told(doc: Document, passage: Passage, mention: DateMention) -> DateMention:
    """A bare weekday told in the future ("will open on Wednesday", "se tiendra vendredi")
    is the next one after the document's date, not the last before it."""
    if mention.relative != ("weekday", 0):
        return mention
    cue = _tense_cue(doc, passage, mention)
    if cue is None or cue[3] != "upcoming":
        return mention
    return replace(mention, relative=("weekday", 1))


# a heading line that gives its year to the dates under it: "Calendar of activities 2025",
# "2025 events", "Calendrier 2025", "Actividades en 2025", "2024" alone
_HEADING_LINE = 80


def _line_of(text: str, pos: int) -> str:
    """The line around ``pos``, or "" when it is longer than a heading may be (looked for
    within that length only: a line of thousands of years must not cost each its line)."""
    lo = max(0, pos - _HEADING_LINE - 1)
    line_start = text.rfind("\n", lo, pos) + 1
    if line_start == 0 and lo > 0:
        return ""
    line_end = text.find("\n", pos, pos + _HEADING_LINE + 1)
    if line_end == -1:
        if pos + _HEADING_LINE + 1 < len(text):
            return ""
        line_end = len(text)
    return text[line_start:line_end]


def _year_above(doc: Document, mention: DateMention) -> tuple[DateMention, str] | None:
    """The year a heading ("Calendar 2025") or an opening "In 2025, …" sets for a month told
    under it without its own, with the note that says which."""
    heading = _heading_year(doc, mention)
    if heading is not None:
        return heading, f"year from the heading '{_line_of(doc.text, heading.start).strip()}'"
    frame = framing_year(doc.text, doc.dates, mention)
    if frame is not None:
        return frame, f"year from the sentence it follows, '… {frame.text}, …'"
    return None


def _heading_year(doc: Document, mention: DateMention) -> DateMention | None:
    """The year of the last heading above ``mention`` that writes a year alone: a short
    line with no sentence in it ("Calendar of activities 2025", "2024"), under which a
    calendar or a list of past meetings writes its days without their year.  A year told
    in a sentence ("The Process was launched in 2006.") heads nothing."""
    key = ("heading years", 0, 0)
    known = doc.memo.get(key)
    if known is None:  # once per document: a listing asks for each of its entries
        headings = [
            d for d in doc.dates
            if d.role == "year" and d.first == d.last and d.first[1] is None
            and _is_heading(_line_of(doc.text, d.start))
        ]  # fmt: skip
        known = doc.memo[key] = (headings, [d.start for d in headings])
    headings, starts = known
    above = bisect_left(starts, mention.start)
    if above == 0:
        return None
    heading = headings[above - 1]
    return heading if "\n" in doc.text[heading.end : mention.start] else None


def _is_heading(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) <= _HEADING_LINE and not re.search(r"\w[.!?;]\s|\w[.;]$", text)


def _post_date(doc: Document, mention: DateMention) -> DateMention | None:
    """In a feed, the date alone on a line of the mention's post, before it: the post's own
    date ("Processus de Rabat / 12 octobre 2026 / Retour sur l'atelier … tenu hier"), which
    a relative mention of that post counts from, not an earlier post's."""
    if not is_feed(doc.text):
        return None
    start = next((s for s, e in posts(doc.text) if s <= mention.start < e), None)
    if start is None:
        return None
    found = None
    for d in doc.dates:
        if start <= d.start < mention.start and d.first[2] is not None and d.first == d.last:
            line_start = doc.text.rfind("\n", 0, d.start) + 1
            line_end = doc.text.find("\n", d.end)
            line = doc.text[line_start : len(doc.text) if line_end == -1 else line_end]
            if line.strip() == d.text:
                found = d
    return found


def _last_year_up_to(reference: date, month: int, day: int) -> int:
    """The last year in which ``month``/``day`` falls on or before ``reference``."""
    year = reference.year
    while True:
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= reference:
            return year
        year -= 1


def _nearest_dated(doc: Document, dateline: DateMention) -> DateMention | None:
    """The written date with a year and a month nearest a year-less dateline ("Lisboa, 4 de
    junho –"): the page's own date ("published on 5 June 2025") or a neighbouring date
    gives the year the dateline leaves out; a period's or a lone year's never does."""
    dated = [
        d
        for d in doc.dates
        if d.has_year and d.first[1] is not None and d.role not in ("period", "year")
    ]  # fmt: skip
    if not dated:
        return None
    return min(dated, key=lambda d: abs(d.start - dateline.start))


def _day_of(mention: DateMention) -> date:
    year, month, day = mention.first
    assert year is not None and month is not None
    return date(year, month, day or 15)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday_year(mention: DateMention, base: date) -> tuple[int, str] | None:
    """The year nearest ``base`` in which a day written with its weekday ("On Wednesday 2
    April") fell on that weekday: the weekday says more than the tense or the distance."""
    month, day = mention.first[1], mention.first[2]
    if mention.weekday is None or month is None or day is None or mention.relative is not None:
        return None
    year = year_for_weekday(month, day, mention.weekday, base)
    if year is None:
        return None
    return year, f"the year nearest it in which it fell on a {_WEEKDAYS[mention.weekday]}"


def _dateline_year(doc: Document, month: int, day: int, weekday: int | None) -> int | None:
    """The year of a dateline written without one ("CAIRO, April 9 -"), when the text names
    the weekday of that very day ("… wrapped up on Wednesday"): the last year, up to the
    reference date and not before any year the text writes, in which the day fell on that
    weekday.  Without a weekday the year stays unknown."""
    if weekday is None:
        return None
    written = [d.last[0] for d in doc.dates if d.last[0] is not None]
    earliest = max(written, default=doc.reference.year - _YEARS_BACK)
    for year in range(doc.reference.year, earliest - 1, -1):
        if day > calendar.monthrange(year, month)[1]:
            continue  # 29 February
        written_on = date(year, month, day)
        if written_on <= doc.reference and written_on.weekday() == weekday:
            return year
    return None


# how far back a year-less dateline's year is sought when the text writes no year
_YEARS_BACK = 12


def same_date(a: DateMention, b: DateMention) -> bool:
    """The same days, one of the two perhaps written without its year."""
    return (
        a.first[1:] == b.first[1:]
        and a.last[1:] == b.last[1:]
        and (a.first[0] is None or b.first[0] is None or a.first[0] == b.first[0])
    )


def resolve_date(
    doc: Document,
    mention: DateMention,
    passage: Passage,
    context: DateMention | None = None,
) -> tuple[str | None, str | None, bool, str | None]:
    """start, end, inferred?, note for a date mention, inferring a missing year.

    The year comes from ``context`` (the passage's main date) when it has one, else
    from the nearest dated mention of the passage, else from the reference date.
    """
    first, last = mention.first, mention.last
    if first[0] is not None and last[0] is not None:
        return format_part(first), format_part(last), False, None
    counted_from = relative_reference(doc, mention) if is_relative(mention) else None
    if counted_from is not None:
        parts = resolve_relative(_as_told(doc, passage, mention), counted_from[0])
        if parts is not None:
            return format_part(parts[0]), format_part(parts[1]), True, counted_from[1]
    month, day = first[1], first[2]
    if month is None:
        return None, None, True, "no date the text makes certain"
    nearby = [
        d
        for d in doc.dates
        if d is not mention
        and d.has_year
        and d.first[1] is not None
        and d.role in ("meeting", "deadline", "publication")
        and passage.start <= d.start < passage.end
        and not _in_brackets(doc.text, d)
        and not _after_another(doc, d, mention)
    ]
    if (
        context is not None
        and context is not mention
        and context.has_year
        and context.first[1] is not None  # a list entry's year alone dates by its heading
    ):
        nearby = [context]
    above = None if nearby else _year_above(doc, mention)
    if above is not None:
        year = above[0].first[0]
        assert year is not None
        start_part = (year, month, day)
        last_month = last[1] if last[1] is not None else month
        end_part = (year + 1 if last_month < month else year, last_month, last[2])
        return format_part(start_part), format_part(end_part), True, above[1]
    if not nearby:
        nearby = _page_dates(doc, mention)
    if nearby:
        nearby.sort(key=lambda d: (d.start > mention.start, abs(d.start - mention.start)))
        near = nearby[0]
        y, mo, dd = near.first
        assert y is not None and mo is not None
        base = date(y, mo, dd or 15)
        year = infer_year(month, day, base)
        note = f"year from nearby date '{near.text}'"
        # the page's own date is when it was written: the tense counts from it (a post's
        # from the page's capture date less its age)
        written_on = relative_reference(doc, mention) if near.role == "publication" else None
        told = _year_by_tense(doc, passage, mention, year, written_on[0]) if written_on else None
    else:
        base = doc.reference
        year = infer_year(month, day, base)
        note = f"year from {doc.reference_note}"
        told = _year_by_tense(doc, passage, mention, year, base)
    if told is not None:
        year, note = told[0], f"{note}, {told[1]}"
    fits = _weekday_year(mention, base)
    if fits is not None and fits[0] != year:
        year, note = fits[0], f"{note}: {fits[1]}"
    start_part = (year, month, day)
    last_month = last[1] if last[1] is not None else month
    last_year = year + 1 if last_month < month else year
    end_part = (last_year, last_month, last[2])
    return format_part(start_part), format_part(end_part), True, note
