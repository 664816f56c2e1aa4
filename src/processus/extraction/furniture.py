"""Page furniture: the parts of a news page that are about the page, not the meeting.

A news agency's dateline ("CAIRO, April 9 (MENA) - …", "DAKAR, 3 May (APS) – …",
"Khartoum — Le Soudan préside …") says where and when the story was filed.  Its city is
not the meeting's venue and its date is a publication date, unless the text says so
elsewhere.  A dateline opens a paragraph, names a place, may carry a date and an agency in
brackets, and ends with a dash followed by the story's running text on the same line.  A
heading such as "Lisbon, Portugal – 15-16 May 2024" is no dateline: what follows its dash is
a date, not prose.

An agency story also ends with a sign-off: the initials of its writers and editors joined by
slashes, perhaps with the month of filing ("MTM/AMC/ANP/MARS 2018", "Y R E/R G E").  Its
letters are no dialogue's acronym and its date is the filing date.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_DATELINE = re.compile(
    r"(?m)^[ \t]*"
    # the place: capitals ("CAIRO", "DAKAR") or a name in title case
    r"(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+(?:[ \t]+[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+){0,3})"
    # a date, a weekday or a second place after a comma: ", April 9", ", 16 Mars", ", Kenya"
    r"(?:[ \t]*,[ \t]*[\w .]{1,30}?)?"
    # the agency: "(MENA)", "(APS)", "(ANP)"
    r"(?:[ \t]*\((?P<agency>[A-Z][A-Za-z./ -]{1,15})\))?"
    # Spanish agencies put a full stop before the dash: "Madrid, 5 jun 2025 (EFE).- …"
    r"(?:[ \t]*\.(?=[ \t]*-))?"
    r"[ \t]*(?P<dash>[–—]|-{1,2})[ \t]*"
    # the story itself, on the same line: not a date, not a number
    r"(?=[^\d\n][^\n]{40,})"
)


def datelines(text: str, limit: int = 3) -> list[Span]:
    """The spans (place to dash) of the datelines that open the first paragraphs.

    Only the first ``limit`` non-blank lines are looked at: an agency story has one
    dateline, at its top (a page may hold a site name or a headline above it).
    """
    out: list[Span] = []
    for number, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        if number >= limit:
            break
        m = _DATELINE.match(text, line.start(), line.end())
        if m is None:
            continue
        place = m.group("place")
        # a title-case place needs an agency or a long dash to be a dateline: "Dakar - the
        # city" in a title is not one, "Khartoum — Le Soudan …" and "Niamey, 16 Mars (ANP)-"
        # are
        if not place.isupper() and not m.group("agency") and m.group("dash") not in "–—":
            continue
        out.append((m.start("place"), m.end("dash")))
    return out


# "Madrid, 15 de junio de 2025", "Bruxelles, le 15 juin 2025", "Vienna, 3 March 2026 –
# ICMPD": a place and a date alone on a line, perhaps with the source after a spaced dash
_PLACE_DATE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+[\w'’.-]+){0,3}?)[ \t]*,[ \t]*"
    r"(?:(?:le|el|il|the|o)[ \t]+)?(?P<date>[^\n,–—|()]*\d[^\n,–—|()]*?)"
    r"(?:[ \t]+[–—|-][ \t]+[^\n\d]{1,40}?)?[ \t]*$"
)


def place_date_line(text: str, limit: int = 4) -> tuple[int, int, int] | None:
    """The one "City, date" line of a page, among its first ``limit`` non-blank lines:
    (where its place starts, where its date starts, line end), or None.

    Under a headline such a line is the page's own dateline, when the prose below it tells
    its own venue or date (the caller checks): the meeting's venue and date are in the
    prose. A page with several such lines is a calendar whose entries they head, and a
    line under the fourth is past the header."""
    if "," not in text:
        return None
    shaped = [m for m in _PLACE_DATE_LINE.finditer(text) if len(m.group(0).strip()) <= 80]
    if len(shaped) != 1:
        return None
    m = shaped[0]
    lines_above = sum(1 for _ in re.finditer(r"[^\n]*\S[^\n]*", text[: m.start()]))
    if lines_above >= limit:
        return None
    return m.start("place"), m.start("date"), m.end()


_SIGN_OFF = re.compile(
    # after a sentence's end or at a line's start: groups of capitals (single letters may be
    # spaced: "Y R E") joined by slashes, the last perhaps a month and a year, ending the line
    r"(?m)(?:^|(?<=[.)»”’'\"]))[ \t]*"
    r"(?P<signoff>(?:[A-Z]{1,6}|[A-Z](?:[ ][A-Z]){1,5})"
    r"(?:/(?:[A-Z]{1,6}|[A-Z](?:[ ][A-Z]){1,5})){0,6}"
    r"/(?:[A-ZÀ-Ý]{1,9}(?:[ \t]+\d{4})?|[A-Z](?:[ ][A-Z]){1,5}))[ \t]*$"
)


def sign_offs(text: str) -> list[Span]:
    """The spans of the agency sign-offs that end a line ("… à nos réflexions’’.
    MTM/AMC/ANP/MARS 2018")."""
    out = []
    start = 0
    while (slash := text.find("/", start)) != -1:
        end = text.find("\n", slash)
        end = len(text) if end == -1 else end
        line_start = text.rfind("\n", 0, slash) + 1
        # a sign-off ends its line: only the line's tail is tried
        m = _SIGN_OFF.search(text, max(line_start, end - _LONGEST), end)
        if m is not None:
            out.append((m.start("signoff"), m.end("signoff")))
        start = end + 1
    return out


_LONGEST = 60  # seven groups of initials and a month
