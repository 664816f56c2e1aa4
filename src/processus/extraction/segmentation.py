"""Split a document into passages, one per meeting it describes.

Three shapes of document are recognised, in this order:

* **social-media feeds**: posts separated by boilerplate lines ("-", "To view or add a
  comment, sign in", "<Name>'s Post", "More Relevant Posts", follower counts).  Each
  post is a passage; a post that lists activities as emoji-framed items
  ("❇️Topic❇️ … 🤝Co-organisers: A, B") is further split into one passage per item.
* **lists of meetings**: heading lines of the form "City, date(s)[, hosted by …]" (or
  "date, City") start a passage that runs to the next heading.
* anything else (a meeting page, an announcement, a concept note) is one passage.

Passages carry their parent (the post of an item, the document of a listing) so that
a passage which does not name its dialogue can take the one its context is about.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from processus.extraction.aliases import NameMatch
from processus.extraction.date_words import WEEKDAY_ABBREVIATIONS, trie
from processus.extraction.dates import DateMention
from processus.extraction.furniture import story_line

_BOILERPLATE_LINE = re.compile(
    r"^[ \t]*(?:-+|–|—|To view or add a comment, sign in|Sign in to (?:view|comment).*|"
    r"More Relevant Posts|See more comments|Report this (?:post|comment)|"
    r"[^\n]{1,80}['’]s? Post|[\d.,]+\s*(?:K\s*)?followers?|"
    r"(?:Like|Comment|Repost|Send|Share)(?:\s*[·|]?\s*(?:Like|Comment|Repost|Send|Share))*|"
    r"\d+\s+(?:comments?|reactions?|likes?|reposts?)|"
    # a post's header: its age or type and a bullet ("3d •", "2 sem. •", "Publication •")
    r"(?:\d+\s*[^\W\d]{1,5}\.?|Publication|Post|Posted|Edited|Modifié)\s*•[^\n]{0,20})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_FEED_MARKER = re.compile(
    r"^[ \t]*(?:To view or add a comment, sign in|More Relevant Posts|[\d.,]+\s*followers|"
    r"(?:\d+\s*[^\W\d]{1,5}\.?|Publication|Post|Posted|Edited|Modifié)\s*•[^\n]{0,20})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF]\ufe0f?"
# an emoji-framed topic, written tight: "❇️Entrepreneurship and diaspora❇️" (bullets
# such as "➡️ a ➡️ b" have spaces and are not items)
_ITEM = re.compile(r"(" + _EMOJI + r")(?P<topic>[^\s#][^\n]{0,88}?[^\s])\1")
_ITEM_END = re.compile(
    r"(?:➡️|➡|👉)\s*(?:Further|More|Read|Learn|Find|Stay)|(?:#\w+\s+){3,}", re.IGNORECASE
)


@dataclass(frozen=True)
class Passage:
    """A span of the document about (at most) one main meeting."""

    start: int
    end: int
    shape: str  # "document", "post", "item", "listing", "preamble"
    parent: int | None = None  # index of the enclosing passage, if any
    heading: tuple[int, int] | None = None  # the heading line of a listing passage


@functools.lru_cache(maxsize=4)
def _block_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``_blocks`` remembered for the current document (asked by posts() and the split)."""
    return tuple(_blocks(text))


def _blocks(text: str) -> list[tuple[int, int]]:
    """Text between boilerplate lines, stripped, non-empty."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BOILERPLATE_LINE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    spans = []
    for s, e in out:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            spans.append((s + lead, e - trail))
    return spans


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = list(_ITEM.finditer(text, start, end))
    if len(found) < 2:
        return []
    spans = []
    for i, m in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else end
        tail = _ITEM_END.search(text, m.end(), stop)
        if tail is not None:
            stop = tail.start()
        spans.append((m.start(), stop))
    return spans


_SPACED_DASH = re.compile(r"\s[–—-]\s|\s\|\s")
# a card's labels of place and date, in five languages
_LABEL = re.compile(
    r"(?:Location|Venue|Place|Lieu|Lugar|Luogo|Local|Date|Dates|Fechas?|Data)\s*:", re.IGNORECASE
)
_ONLINE_START = re.compile(r"(?:En ligne|Online|Virtual|Virtuel(?:le)?)\b", re.IGNORECASE)
# between a heading's place and its date: "Dakar, Senegal – 3 May", "Budapest, Hungary
# (1991)", "Berlin (1993)"
_AFTER_PLACE = re.compile(
    r"\s*(?:\([^()\n]{2,40}\)|,\s*[A-Z][^,(\n]{1,40}?)?\s*(?:[,–—-]|\((?=\d{4}\)))\s*"
    r"(?:(?:on|le|les|du)\s+)?"
)
# a bullet before a list line: "- Budapest, 1991", "• Berlin, 1993"
_BULLET = re.compile(r"[•·▪*-][ \t]*")


def _heading_lines(
    text: str,
    dates: list[DateMention],
    names: list[NameMatch],
    kinds: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, int, bool]]:
    """Lines that open a listing entry: (entry start, line start, line end, strong).

    A heading line is short and names a meeting date together with a place or a
    meeting noun, in one of the shapes lists are written in:

    * "City[, Country | (Country)], date[, …]" or "date – City / meeting name";
    * "meeting name – [City,] date" (a spaced dash between the name and the date);
    * "Online – date – meeting name";
    * "Location: City, Country. Date: …" under a title line, which opens the entry.
    """
    name_at = {n.start: n for n in names}
    meeting_dates = [d for d in dates if d.role in ("meeting", "year")]
    date_at = {d.start: d for d in meeting_dates}
    kind_spans = kinds or []
    kind_starts = [k[0] for k in kind_spans]
    out: list[tuple[int, int, int, bool]] = []
    pos = 0
    previous: tuple[int, int] | None = None  # the last non-blank line
    # whether that line opens a block (text start or a blank line before it), and whether
    # the current line follows it directly
    previous_opens = False
    opens = True
    d_i = 0
    k_i = 0
    dates_above: list[bool] = []  # the page's orientation, once a date line shows it
    all_lines = text.split("\n")
    for index, line in enumerate(all_lines):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            opens = True
            continue
        prev, previous = previous, (line_start, line_end)
        prev_opens, previous_opens = previous_opens, opens
        adjacent = not opens
        opens = False
        if len(stripped) > 220:
            continue
        offset = line_start + (len(line) - len(line.lstrip()))
        while d_i < len(meeting_dates) and meeting_dates[d_i].start < line_start:
            d_i += 1
        line_dates = []
        j = d_i
        while j < len(meeting_dates) and meeting_dates[j].start < line_end:
            line_dates.append(meeting_dates[j])
            j += 1
        if not any(d.first[1] is not None or d.first[0] is not None for d in line_dates):
            continue
        while k_i < len(kind_spans) and kind_spans[k_i][0] < line_start:
            k_i += 1
        has_kind = k_i < len(kind_spans) and kind_spans[k_i][0] < line_end
        shape = _is_heading(text, offset, line_end, line_dates, name_at, date_at, has_kind)
        if not shape and _date_only_line(text, offset, line_end, line_dates):
            below = all_lines[index + 1] if index + 1 < len(all_lines) else ""
            if (
                index + 2 < len(all_lines)
                and _PLACE_ONLY.fullmatch(below)
                and not _title_line(below, line_end + 1, kind_starts)
            ):
                # "17 September 2025⏎Lisbon, Portugal⏎Thematic Meeting on …": the title is
                # under the card's place line
                below_start = line_end + 1 + len(below) + 1
                below = all_lines[index + 2]
            else:
                below_start = line_end + 1
            title_start = _dated_title(
                text, offset, prev, adjacent, (below_start, below), kind_starts, dates_above
            )
            if title_start is not None:
                out.append((title_start, line_start, line_end, True))
                continue
        if shape:
            entry = offset
            if prev is not None and adjacent:
                last = out[-1][2] if out else None
                entry = _entry_start(text, offset, prev, prev_opens, dates, kind_starts, last)
            out.append((entry, line_start, line_end, shape == "strong"))
    return out


# a card's place line under its date: "Lisbon, Portugal", "Abuja", "Nairobi (Kenya)"
_PLACE_ONLY = re.compile(
    r"[ \t]*[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+[A-ZÀ-Ý][\w'’.-]+){0,2}"
    r"(?:[ \t]*(?:,|\()[ \t]*[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+[A-ZÀ-Ý][\w'’.-]+){0,2}\)?)?[ \t]*"
)


# what may follow the date on a line of its own: punctuation, and a word that the date is
# not yet sure ("March 2026 (tbc)", "(à confirmer)", "(por confirmar)", "(da confermare)")
_DATE_LINE_REST = re.compile(
    r"(?:[\s,.;:()–—-]|\(\s*(?:tbc|tbd|to\s+be\s+(?:confirmed|determined)|provisional|tentative|"
    r"à\s+confirmer|provisoire|date\s+provisoire|por\s+confirmar|a\s+confirmar|"
    r"da\s+confermare|provvisori[oa]|provisóri[oa])\s*\))*",
    re.IGNORECASE,
)


# the word a date line may open on: "on 1 July 2024", "le 1er juillet 2024", "du 28 février
# au 1er mars 2024", "from 28 February to 1 March", "el 3 de mayo", "il 5 maggio", "em 6 de maio"
_DATE_LINE_LEAD = re.compile(
    r"(?:on|from|between|le|les|du|des|del|dal|el|los|il|em|de|a|no|nos)\s+", re.IGNORECASE
)


# a listing's abbreviated weekday before the date: "Thu 12 Mar 2026", "jeu. 12 mars 2026"
_WEEKDAY_ABBREVIATION = re.compile(trie(WEEKDAY_ABBREVIATIONS) + r"\.?\s*,?\s+", re.IGNORECASE)
# the hours after the date: "· 09:00–17:00", "| 10:00", ", 9h00-17h00", "10:00–12:00 CET",
# "(14:00 - 16:00 GMT)", "from 9.30 to 17.00"
_CLOCK = r"\d{1,2}(?:[:h.]\d{2}|h)?\s*(?:am|pm|a\.m\.|p\.m\.)?"
_HOURS = re.compile(
    r"\s*[·|,•–—-]?\s*\(?\s*(?:(?:from|de|dalle|das|des)\s+)?" + _CLOCK
    + r"(?:\s*(?:[–—-]|to|à|a|alle|às|al)\s*" + _CLOCK + r")?"
    + r"(?:\s*(?:CET|CEST|GMT|UTC|WAT|EAT|CAT|local\s+time|heure\s+locale)(?:\s*[+-]\s*\d{1,2})?)?"
    + r"\s*\)?",
    re.IGNORECASE,
)  # fmt: skip


def _date_only_line(text: str, offset: int, line_end: int, line_dates: list[DateMention]) -> bool:
    """A line that holds one date and nothing else but punctuation (and a preposition, an
    abbreviated weekday before it, its hours after it)."""
    if len(line_dates) != 1:
        return False
    first = line_dates[0].start
    if (
        first != offset
        and not _DATE_LINE_LEAD.fullmatch(text, offset, first)
        and not _WEEKDAY_ABBREVIATION.fullmatch(text, offset, first)
    ):
        return False
    end = line_dates[0].end
    if _DATE_LINE_REST.fullmatch(text, end, line_end):
        return True
    hours = _HOURS.match(text, end, line_end)
    return hours is not None and _DATE_LINE_REST.fullmatch(text, hours.end(), line_end) is not None


def _dated_title(
    text: str,
    offset: int,
    prev: tuple[int, int] | None,
    adjacent: bool,
    below: tuple[int, str],
    kind_starts: list[int],
    dates_above: list[bool],
) -> int | None:
    """Where the entry of the date-only line at ``offset`` starts: at the title it dates,
    or None when it dates no title.

    Calendars write an entry either "Title (City)" then its date, or its date then the
    title. The first date line with a title right under it (no blank line between) sets
    the page's orientation in ``dates_above``: dates above their titles unless a title
    also sits right above it. A title above across a blank line never takes a date that
    has a title right under it."""
    below_start, below_line = below
    title_below = bool(below_line.strip()) and _title_line(below_line, below_start, kind_starts)
    title_above = prev is not None and _titled_date_line(text, prev, offset, kind_starts)
    if title_below:
        if not dates_above:
            dates_above.append(not (title_above and adjacent))
        if dates_above[0] or not (title_above and adjacent):
            return offset  # the entry opens on the date line and holds the title below
    if title_above and prev is not None:
        prev_text = text[prev[0] : prev[1]]
        return prev[0] + (len(prev_text) - len(prev_text.lstrip()))
    return None


def _titled_date_line(
    text: str, prev: tuple[int, int], offset: int, kind_starts: list[int]
) -> bool:
    """Whether the line above a date-only line (right above it or one blank line above)
    names a meeting: a calendar entry written "Title (City)" then its date."""
    if text[prev[1] : offset].count("\n") > 2:
        return False
    return _title_line(text[prev[0] : prev[1]], prev[0], kind_starts)


def _entry_start(
    text: str,
    offset: int,
    prev: tuple[int, int],
    prev_opens: bool,
    dates: list[DateMention],
    kind_starts: list[int],
    last_heading_end: int | None = None,
) -> int:
    """Where the entry of the heading line at ``offset`` starts, given the undated line
    ``prev`` right above it: at that line when it is the entry's title (a line that names
    a meeting, opening a block or not right under the entry above, which ends at
    ``last_heading_end``) or the line above a "Location: …" line, else at the heading
    line itself."""
    if any(prev[0] <= d.start < prev[1] for d in dates):
        return offset
    prev_text = text[prev[0] : prev[1]]
    # a title right under the entry above is that entry's (dates written above titles)
    under_entry = last_heading_end is not None and not text[last_heading_end : prev[0]].strip()
    if (_LABEL.match(text, offset) and len(prev_text.strip()) <= 220) or (
        (prev_opens or not under_entry) and _title_line(prev_text, prev[0], kind_starts)
    ):
        return prev[0] + (len(prev_text) - len(prev_text.lstrip()))
    return offset


_ORDINAL_START = re.compile(r"\d{1,2}(?:st|nd|rd|th|e|ème|eme|er|ère)\s", re.IGNORECASE)


def _title_line(line: str, start: int, kind_starts: list[int]) -> bool:
    """A meeting's name on a line of its own, above its "City, date" line: short, no
    sentence, and naming a meeting ("Workshop on labour migration")."""
    stripped = line.strip()
    if len(stripped) > 150 or stripped[-1] in ".:;,!?":
        return False
    if not (stripped[0].isupper() or _ORDINAL_START.match(stripped)):
        return False
    i = bisect_left(kind_starts, start)
    return i < len(kind_starts) and kind_starts[i] < start + len(line)


def _is_heading(
    text: str,
    offset: int,
    line_end: int,
    line_dates: list[DateMention],
    name_at: dict[int, NameMatch],
    date_at: dict[int, DateMention],
    has_kind: bool,
) -> bool | str:
    """True for a heading line, "strong" for "City, date" (a listing even when alone)."""
    bullet = _BULLET.match(text, offset, line_end)
    name = name_at.get(bullet.end() if bullet else offset)
    if name is not None and (name.first("place") or name.first("country")):
        m = _AFTER_PLACE.match(text, name.end, line_end)
        if m and m.end() in date_at:
            return "strong"
    weekday = _WEEKDAY_ABBREVIATION.match(text, offset, line_end)  # "Mon 12 Oct 2026 | Prague"
    date = date_at.get(weekday.end() if weekday else offset)
    if date is not None and date.role == "meeting":
        m = re.match(r"\s*[,:–—|-]\s*", text[date.end : line_end])
        if m:
            nxt = name_at.get(date.end + m.end())
            if (nxt is not None and (nxt.first("place") or nxt.first("dialogue"))) or has_kind:
                return True
            if _ONLINE_START.match(text, date.end + m.end()):
                return True  # "2026-12-15 | en ligne": online instead of a city
    if _LABEL.match(text, offset):
        return any(d.role == "meeting" for d in line_dates)
    if _ONLINE_START.match(text, offset):
        return bool(_SPACED_DASH.search(text, offset, line_end))
    # "meeting name – [City,] date": the date after a spaced dash, little after the date
    dash = _SPACED_DASH.search(text, offset, line_end)
    if dash is None or not has_kind:
        return False
    after = [d for d in line_dates if d.start >= dash.end() and d.role == "meeting"]
    return bool(after) and after[0].start - dash.end() <= 40 and line_end - after[0].end <= 40


# a card's place line: "• Location: Kampala, Uganda", "Lieu : Dakar", with an empty
# "• Date:" line above it on pages that give the date in the text below
_LOCATION_CARD = re.compile(
    r"[ \t]*(?:[•·▪*-][ \t]*)?(?:Location|Venue|Place|Lieu|Lugar|Luogo|Local)[ \t]*:[ \t]*",
    re.IGNORECASE,
)
# an empty "Date:" label, or one whose date is still to come ("Date: to be confirmed",
# "Date : à confirmer", "Fecha: por confirmar", "Data: da confermare", "Data: a definir")
_EMPTY_DATE_LABEL = re.compile(
    r"[ \t]*(?:[•·▪*-][ \t]*)?(?:Dates?|Fechas?|Data)[ \t]*:[ \t]*(?P<tbc>(?:to[ \t]+be[ \t]+"
    r"(?:confirmed|announced|determined)|tb[cad]|à[ \t]+(?:confirmer|déterminer|préciser)|"
    r"por[ \t]+(?:confirmar|determinar|definir)|da[ \t]+(?:confermare|definire)|"
    r"a[ \t]+(?:confirmar|definir))[ \t.]*)?$",
    re.IGNORECASE,
)


def _location_cards(
    text: str, names: list[NameMatch], headings: list[tuple[int, int, int, bool]]
) -> list[tuple[int, int, int, bool]]:
    """Entries that open on a place card (see _LOCATION_CARD) rather than on a dated
    line: each card and the paragraphs under it are one meeting's.  Only when a page holds
    two or more such cards and no dated heading already opens them."""
    starts = {n.start for n in names if n.first("place") or n.first("country")}
    out = []
    undated = False
    for m in re.finditer(r"[^\n]+", text):
        card = _LOCATION_CARD.match(text, m.start(), m.end())
        if card is None or card.end() not in starts:
            continue
        if any(
            h_s <= m.start() and "\n\n" not in text[h_e : m.start()]
            for _entry, h_s, h_e, _strong in headings
        ):
            continue  # the place line of a dated entry ("Date : …" then "Lieu : …")
        entry = m.start()
        above = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
        label = _EMPTY_DATE_LABEL.match(text[above : max(above, m.start() - 1)])
        if label:
            entry = above
            if label.group("tbc"):  # its title line right above: "Senior Officials' Meeting"
                title = text.rfind("\n", 0, max(0, above - 1)) + 1
                if text[title : max(title, above - 1)].strip():
                    entry = title
                undated = True
        out.append((entry, m.start(), m.end(), False))
    # two cards, or one whose date is still to come among dated entries
    return out if len(out) >= 2 or (out and undated and headings) else []


@functools.lru_cache(maxsize=4)
def is_feed(text: str) -> bool:
    """A feed has at least one boilerplate marker line (asked twice per document)."""
    return _FEED_MARKER.search(text) is not None


def posts(text: str) -> list[tuple[int, int]]:
    """The posts of a feed (text between boilerplate lines), or the whole text."""
    if is_feed(text):
        return list(_block_spans(text)) or [(0, len(text))]
    return [(0, len(text))]


def split_passages(
    text: str,
    dates: list[DateMention],
    names: list[NameMatch],
    kinds: list[tuple[int, int]] | None = None,
) -> list[Passage]:
    """Passages of ``text`` in document order (see the module docstring)."""
    if is_feed(text):
        passages: list[Passage] = []
        for s, e in _block_spans(text):
            index = len(passages)
            passages.append(Passage(s, e, "post"))
            for i_s, i_e in _items(text, s, e):
                passages.append(Passage(i_s, i_e, "item", parent=index))
        return passages or [Passage(0, len(text), "document")]
    headings = _heading_lines(text, dates, names, kinds)
    cards = _location_cards(text, names, headings)
    if cards:
        headings = sorted(headings + cards)
    if len(headings) == 1 and headings[0][3] and not _below_prose(text, headings[0][0]):
        # one "City, date" line: the document's own dateline or title, its meeting's anchor
        return [Passage(0, len(text), "document", heading=(headings[0][1], headings[0][2]))]
    if len(headings) >= 2 or (headings and headings[0][3]):
        # several entries, or one under the page's prose: a sidebar's "Other activities"
        passages = [Passage(0, len(text), "document")]
        if text[: headings[0][0]].strip():
            passages.append(Passage(0, headings[0][0], "preamble", parent=0))
        for i, (entry, _h_s, h_e, _strong) in enumerate(headings):
            stop = headings[i + 1][0] if i + 1 < len(headings) else len(text)
            passages.append(Passage(entry, stop, "listing", parent=0, heading=(entry, h_e)))
        return passages
    return [Passage(0, len(text), "document")]


def _below_prose(text: str, entry: int) -> bool:
    """Whether a listing entry starting at ``entry`` stands under a paragraph of prose
    (the page's own story): there it is one more meeting, not the page's dateline.  Read
    line by line, so that a line of thousands of words costs its length once."""
    return any(story_line(line) for line in text[:entry].split("\n"))


# a sentence ends after ". " followed by a capital (or a quote, a digit, a tag, an emoji)
# and at newlines.  Every match starts with one character of a fixed set, checked
# before the look-behinds, so the regex engine skips to candidate characters instead
# of testing each alternative at every position (3x faster than an alternation or a
# leading look-behind); the split point is the start of the whitespace either way.
_SENTENCE_BREAK = re.compile(
    r"[.!?\n](?:(?<=[.!?])\s+(?=[\"'«(\[A-Z0-9À-Ý#@\U0001F300-\U0001FAFF\u2600-\u27BF])"
    r"|(?<=\n)\n*)"
)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (newlines also end a sentence)."""
    out = []
    pos = start
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        cut = m.start()
        if text[cut] != "\n":
            cut += 1  # after the punctuation
        if text[pos:cut].strip():
            out.append((pos, cut))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return out
