"""Page furniture: the parts of a news page that are about the page, not the meeting.

A news agency's dateline ("CAIRO, April 9 (MENA) - …", "DAKAR, 3 May (APS) – …",
"Khartoum — Le Soudan préside …") says where and when the story was filed.  Its city is
not the meeting's venue and its date is a publication date, unless the text says so
elsewhere.  A dateline opens a paragraph, names a place, may carry a date and an agency in
brackets, and ends with a dash followed by the story's running text on the same line.  A
heading such as "Lisbon, Portugal – 15-16 May 2024" is no dateline: what follows its dash is
a date, not prose.  Ministries write theirs with a full date ("Madrid, 14 de octubre de
2026.- El Ministerio …", "Roma, 5 novembre 2026 - Si è svolta …"), Italian agencies put
their name first ("(ANSA) - ISTANBUL, 18 MAR - …").

A site's own lines say where the site or its secretariat is, not where a meeting was: the
copyright line, the cookie notice, the tags, the contact line, a postal address
("Gonzagagasse 1, 1010 Vienna, Austria").

An agency story also ends with a sign-off: the initials of its writers and editors joined by
slashes, perhaps with the month of filing ("MTM/AMC/ANP/MARS 2018", "Y R E/R G E").  Its
letters are no dialogue's acronym and its date is the filing date.
"""

from __future__ import annotations

import re

from processus.extraction.date_words import MONTHS

Span = tuple[int, int]

# the agencies that may open a story before its place: "(ANSA) - ISTANBUL, 18 MAR - …"
_LEADING_AGENCIES = (
    "ANSA", "AGI", "Adnkronos", "EFE", "Europa Press", "Lusa", "AFP", "APS", "MAP", "AP",
    "Reuters", "MENA", "GNA", "NAN", "ANP", "AGP", "AIP", "PANA", "Xinhua", "dpa", "TAP",
    "SUNA", "Anadolu", "AA",
)  # fmt: skip

_DATELINE = re.compile(
    r"(?m)^[ \t]*"
    # an agency in brackets before the place: "(ANSA) - ISTANBUL, 18 MAR - …"
    r"(?P<lead>\((?:" + "|".join(map(re.escape, _LEADING_AGENCIES)) + r")\)[ \t]*[-–—][ \t]*)?"
    # the place: capitals ("CAIRO", "DAKAR") or a name in title case
    r"(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+(?:[ \t]+[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+){0,3})"
    # a date, a weekday or a second place after a comma: ", April 9", ", 16 Mars", ", Kenya",
    # ", October 14, 2026", ", 05/06/2026", ", 2026-03-12"
    r"(?:[ \t]*,[ \t]*(?P<when>[\w .]{1,30}?(?:,[ \t]*\d{4})?|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}))?"
    # the agency: "(MENA)", "(APS)", "(ANP)"
    r"(?:[ \t]*\((?P<agency>[A-Z][A-Za-z./ -]{1,15})\))?"
    # a full stop before the dash, in Spanish agencies' and ministries' style: "Madrid, 5 jun
    # 2025 (EFE).- …", "Madrid, 14 de octubre de 2026.- …"
    r"(?:[ \t]*\.(?=[ \t]*-))?"
    # the dash, or the full stop that ends a full date before the story's first capital, in
    # ministries' style: "Roma, 4 luglio 2025. La riunione …", "Rome, le 4 juillet 2025. La …"
    r"[ \t]*(?P<dash>[–—]|-{1,2}|\.(?=[ \t]+[A-ZÀ-Ý«“\"]))[ \t]*"
    # the story itself, on the same line (or, after an agency's dateline, the next one,
    # perhaps after a blank line): not a date, not a number
    r"(?:(?<=-)(?<=\)[ \t]-)\n(?:[ \t]*\n)?[ \t]*|(?<=-)(?<=\)-)\n(?:[ \t]*\n)?[ \t]*)?"
    r"(?=(?P<story>[^\d\n][^\n]{40,}))"
)

# one day of a month in a year, perhaps after a weekday or an article: "14 de octubre de
# 2026", "5 novembre 2026", "le 3 mars 2026", "lunes 12 de mayo de 2025", "October 14, 2026"
_FULL_DATE = re.compile(
    r"(?:[^\W\d]+[ \t]+)?(?:(?P<day>\d{1,2})(?:er|º|°)?[ \t]+(?:de[ \t]+)?(?P<month>[^\W\d]+\.?)"
    r"|(?P<month_first>[^\W\d]+\.?)[ \t]+(?P<day_after>\d{1,2}),?)"
    r"(?P<year>[ \t]+(?:(?:de|del)[ \t]+)?\d{4})?"
)
# a year-less dateline opens a story of at least this many words ("Rome, 12 novembre - Les
# partenaires … se sont réunis …"): a calendar entry's title after "Rabat, 12 June -" is shorter
_STORY_WORDS = 10
# a story after a full stop that ends a full date is a sentence of at least this many words
_SENTENCE_WORDS = 6
# a sentence ends in the story: prose, not a calendar entry's title ("Thematic meeting on …")
_SENTENCE_END = re.compile(r"[^\W\d]{2}[.!?](?:[ \t]|$)")


def _day_and_month(when: str | None) -> tuple[re.Match[str], str] | None:
    """The dateline's date read as one day of a month ("14 de octubre de 2026", "October
    14, 2026"), with its month word in lower case, or None."""
    m = _FULL_DATE.fullmatch(when.strip()) if when else None
    if m is None:
        return None
    return m, (m.group("month") or m.group("month_first")).rstrip(".").lower()


def _filed_on_a_day(when: str | None, story: str) -> bool:
    """A title-case place, a full date and a short dash open a press release ("Madrid, 14 de
    octubre de 2026.- El Ministerio …", "Roma, 5 novembre 2026 - Si è svolta …") when the
    text after the dash is a sentence; a calendar's "Rabat, 12 June 2025 - Thematic meeting
    on return" is an entry's title, and "Dakar, 3-4 May 2025" a range of days.  A day and
    month without their year ("Rome, 12 novembre - Les partenaires …", "Lisboa, 4 de junho
    - Decorreu hoje …") open a news item when a sentence of some length follows."""
    found = _day_and_month(when)
    if found is None:
        return False
    m, month = found
    sentence = _SENTENCE_END.search(story)
    if (month not in MONTHS and month not in _DATELINE_MONTHS) or sentence is None:
        return False
    # without its year ("Rome, 12 novembre - Les partenaires …"), a long sentence
    return m.group("year") is not None or len(story[: sentence.end()].split()) >= _STORY_WORDS


# the abbreviations agencies write in a dateline that are everyday words elsewhere, and so
# are no month in the date grammar: "Lisboa, 14 out 2025 (Lusa) -", "Madrid, 3 ago 2025
# (EFE).-", "Roma, 12 set 2025 -", "Maputo, 5 mai 2025 -"
_DATELINE_MONTHS = {"mar": 3, "mai": 5, "ago": 8, "set": 9, "out": 10, "sep": 9}
_DAY_MONTH_YEAR = re.compile(
    r"(?P<day>\d{1,2})[ \t]+(?P<month>[^\W\d]{3})\b\.?(?:[ \t]+(?P<year>(?:19|20)\d\d)\b)?"
)


def dateline_day(text: str, span: Span) -> tuple[int, int, tuple[int | None, int, int]] | None:
    """The filing day written in the dateline ``span`` with a month abbreviation that the
    date grammar does not read ("14 out 2025", "19 mar"): its start, end and (year, month,
    day), the year None when the dateline leaves it out."""
    m = _DAY_MONTH_YEAR.search(text, *span)
    if m is None:
        return None
    month = _DATELINE_MONTHS.get(m.group("month").lower())
    day = int(m.group("day"))
    if month is None or not 1 <= day <= 31:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return m.start(), m.end(), (year, month, day)


def _filed_on_a_full_date(when: str | None, story: str) -> bool:
    """A full stop ends a dateline only after a day, a month and a year, before a story that
    runs on ("Roma, 4 luglio 2025. La riunione si terrà …"): "Dakar, Senegal. The city …",
    "Rabat, 12 June. Thematic …" or "Rabat, 12 June 2025. Thematic meeting on return" (no sentence)
    are a heading's words, not a filing."""
    found = _day_and_month(when)
    if found is None or found[0].group("year") is None:
        return False
    month = found[1]
    # the story is a sentence: it ends like one and is longer than a calendar entry's name
    sentence = re.search(r"\w[.!?](?:[ \t]|$)", story)
    return month in MONTHS and sentence is not None and len(story.split()) >= _SENTENCE_WORDS


# the last word of a dialogue's or a body's name, which a place named after a city is not
_NAMED_BODY = re.compile(
    r"\b(?:Process|Processus|Proceso|Processo|Dialogue|Diálogo|Dialogo|Initiative|Forum|"
    r"Partnership|Declaration|Summit|Conference)\b"
)


_NEXT_LINE = 200  # how much of the next line a dateline's story is read in


# a line of a story (eight words or more ending a sentence): no dateline comes under it
_STORY_WORDS_PER_LINE = 8


def story_line(line: str) -> bool:
    """Whether ``line`` is a line of a page's story: eight words or more ending in a full
    stop ("The MTM Dialogue held an expert meeting in Valletta on 22 September 2025.")."""
    stripped = line.rstrip()
    return stripped[-1:] in (".", "!", "?") and (
        len(stripped.split(None, _STORY_WORDS_PER_LINE)) >= _STORY_WORDS_PER_LINE
    )


def datelines(text: str, limit: int = 6) -> list[Span]:
    """The spans (place to dash) of the datelines that open the first paragraphs.

    Only the first ``limit`` non-blank lines are looked at, and none under a line of the
    story: an agency story has one dateline, at its top, though a copied page may hold a
    site's name, its breadcrumbs, a headline and a share line above it.
    """
    out: list[Span] = []
    above: Span | None = None
    for number, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        if number >= limit or (above is not None and story_line(text[above[0] : above[1]])):
            break
        above = line.span()
        # the pattern keeps to its line, but for the story an agency's dash may leave to the next
        m = _DATELINE.match(text, line.start(), min(len(text), line.end() + _NEXT_LINE))
        if m is None:
            continue
        place = m.group("place")
        if _NAMED_BODY.search(place):
            continue  # "Khartoum Process – expert meeting on …": a heading, not a dateline
        # a title-case place needs an agency, a long dash or a full date before a sentence to
        # be a dateline: "Dakar - the city" in a title is not one, "Khartoum — Le Soudan …",
        # "Niamey, 16 Mars (ANP)-" and "Roma, 5 novembre 2026 - Si è svolta …" are
        agency = m.group("agency") or m.group("lead")
        if m.group("dash") == ".":
            if not _filed_on_a_full_date(m.group("when"), m.group("story")):
                continue
        elif not (place.isupper() or agency or m.group("dash") in "–—") and not _filed_on_a_day(
            m.group("when"), m.group("story")
        ):
            continue
        out.append((m.start("lead") if m.group("lead") else m.start("place"), m.end("dash")))
    # a story has one dateline: lines of that shape one after the other are a list's
    # entries ("Nairobi, 3 February 2026 – Kenya hosted …⏎Kampala, 17-18 March 2026 – A …")
    if len(out) == 1 and _dateline_below(text, out[0][1]):
        return []
    return out


def _dateline_below(text: str, pos: int) -> bool:
    """Whether the next non-blank line after ``pos`` opens with a place, a date and a
    dash as the dateline above it does."""
    end = text.find("\n", pos)
    nxt = None if end == -1 else re.compile(r"\s*([^\n]*\S)").match(text, end)
    if nxt is None:
        return False
    return _PLACE_DATE_DASH.match(text, nxt.start(1), nxt.end(1)) is not None


# a list entry's opening: "Kampala, 17-18 March 2026 – A thematic meeting …"
_PLACE_DATE_DASH = re.compile(
    r"[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+[A-ZÀ-Ý][\w'’.-]+){0,3}[ \t]*,[ \t]*[^\n–—]{3,30}?\d{4}"
    r"(?:[ \t]*\([^()\n]{1,15}\))?[ \t]*[–—-][ \t]+\S"
)


# "Madrid, 15 de junio de 2025", "Bruxelles, le 15 juin 2025", "Vienna, 3 March 2026 –
# ICMPD": a place and a date alone on a line, perhaps with the source after a spaced dash
# a place, a comma and a date: "Madrid, 15 de junio de 2025", "Bruxelles, le 15 juin 2025"
_PLACE_COMMA_DATE = (
    r"[ \t]*(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+[\w'’.-]+){0,3}?)[ \t]*,[ \t]*"
    r"(?:(?:le|el|il|the|o)[ \t]+)?(?P<date>[^\n,–—|()]*\d[^\n,–—|()]*?)"
)
_PLACE_DATE_LINE = re.compile(
    r"(?m)^" + _PLACE_COMMA_DATE + r"(?:[ \t]+[–—|-][ \t]+[^\n\d]{1,40}?)?[ \t]*$"
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
    shaped = (m for m in _PLACE_DATE_LINE.finditer(text) if len(m.group(0).strip()) <= 80)
    m = next(shaped, None)
    if m is None or next(shaped, None) is not None:  # none, or a calendar's several
        return None
    lines_above = sum(1 for _ in re.finditer(r"[^\n]*\S[^\n]*", text[: m.start()]))
    if lines_above >= limit:
        return None
    return m.start("place"), m.start("date"), m.end()


# "Dakar, 14 May 2026 (APS).", "Rome, 5 novembre 2026": the story's last line, a place and
# a day, perhaps the agency in brackets and a full stop
_PLACE_DATE_FOOT = re.compile(_PLACE_COMMA_DATE + r"(?:[ \t]*\([^\n()\d]{1,30}\))?[ \t]*\.?[ \t]*")
_PROSE_ABOVE = re.compile(r"[^\W\d]{2}[.!?»”\"']*[.!?][»”\"']?$")
_STORY_ABOVE = 40  # a sentence of a story above the line


def place_date_foot(text: str) -> tuple[int, int, int] | None:
    """The "City, day (AGENCY)." line that ends a story: (where its place starts, where its
    date starts, line end), or None.  It says where and when the story was filed, as a
    dateline does above one; only under a line of prose ending a sentence, so that a
    calendar's last "Dakar, 3 May 2025" under its entry's title stays that entry's."""
    body = text.rstrip()
    line_start = body.rfind("\n") + 1
    if line_start == 0 or len(body) - line_start > 80:
        return None
    m = _PLACE_DATE_FOOT.fullmatch(body, line_start)
    if m is None:
        return None
    above = body[: line_start - 1].rstrip()
    last_line = above[above.rfind("\n") + 1 :]
    if len(above) < _STORY_ABOVE or not (_PROSE_ABOVE.search(above) or story_line(last_line)):
        return None  # a sentence ends above: "… on 3-4 June 2026." is prose, a title is not
    return m.start("place"), m.start("date"), m.end()


# a site's footer and furniture lines (see the module's docstring)
_FOOTER_LINE = re.compile(
    r"^[ \t]*(?:(?:©|\(c\)\s|copyright\b)[^\n]*|"
    r"(?:this|our)\s+(?:web)?site\s+uses\s+cookies[^\n]*|"
    r"ce\s+site\s+utilise\s+des\s+cookies[^\n]*)",
    re.MULTILINE | re.IGNORECASE,
)
# a street and its number, the postal code and the city: "Rue Belliard 159, 1040 Brussels"
_POSTAL_CODE = re.compile(r",[ \t]*(?:[A-Z]{1,2}-?)?\d{4,5}[ \t]")  # a literal first: fast
_ADDRESS_LINE = re.compile(
    r"^[^\n]{0,60}\d,[ \t]*(?:[A-Z]{1,2}-?)?\d{4,5}[ \t]+[A-ZÀ-Ý][\w'’-]+"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?(?:,[ \t]*[A-ZÀ-Ý][\w'’ -]{2,30})?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# a labelled field of the page, on its line or after a bar: "| Tags: Dakar, 2026"
_FIELD_LABEL = re.compile(
    r"[ \t]*(?:tags?|étiquettes?|etiquetas?|mots[- ]clés|keywords|contacts?|contacto|"
    r"contatto|contato)[ \t]*:",
    re.IGNORECASE,
)
_FIELD_STARTS = ("tag", "étiquette", "etiqueta", "mots", "keyword", "contact", "contat")
_FOOTER_CUES = ("©", "opyright", "(c) ", "ookies")
# a contact block's heading line: "Contact the Secretariat", "Contactez-nous"
_CONTACT_HEADING = re.compile(
    r"(?:contact(?:\s+(?:us|the\s+\w+))?|contactez[- ]nous|contacto|contatti|contactos)",
    re.IGNORECASE,
)


def site_lines(text: str) -> list[Span]:
    """The spans of the site's own lines: footer, tags, contact, postal address."""
    # each pattern runs only where its words or its postal code can be (a substring test is
    # a fast scan; most pages have none of them)
    found = []
    if any(cue in text for cue in _FOOTER_CUES):
        found += [m.span() for m in _FOOTER_LINE.finditer(text)]
    if _POSTAL_CODE.search(text):
        found += [m.span() for m in _ADDRESS_LINE.finditer(text)]
    found += _field_lines(text)
    found.sort()
    return found


def _field_lines(text: str) -> list[Span]:
    """A page's labelled fields ("Tags: …", "| Contact: …") and its contact block (the
    heading line "Contact the Secretariat" and the lines under it, up to a blank line)."""
    out: list[Span] = []
    pos = 0
    block: int | None = None  # where the contact block under a heading started
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if block is not None:
            if stripped:
                continue
            out.append((block, start))
            block = None
        low = stripped.lower()
        if low.startswith("contact") and _CONTACT_HEADING.fullmatch(stripped):
            block = start
            continue
        parts = line.split("|") if "|" in line else [line]
        offset = start
        for part in parts:
            if part.lstrip().lower().startswith(_FIELD_STARTS) and _FIELD_LABEL.match(part):
                out.append((offset, offset + len(part)))
            offset += len(part) + 1
    if block is not None:
        out.append((block, len(text)))
    return out


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


# a post's age in a thread, on a line of its own or after the author's handle ("3d •", "1
# mois •", "2 days ago", "@RabatProcess · 3 h", "il y a 2 jours", "hace 3 días", "2 giorni
# fa", "há 3 dias"): counted from the day the page was read
_POST_AGE = re.compile(
    r"(?im)(?:^|·)[ \t]*(?:(?P<n>\d+)[ \t]*(?P<u>[^\W\d]{1,9})\.?(?P<bullet>[ \t]*•.*)?"
    r"|(?P<n2>\d+|an?|one)[ \t]+(?P<u2>[^\W\d]+)[ \t]+ago"
    r"|(?:il[ \t]+y[ \t]+a|hace|há)[ \t]+(?P<n3>\d+)[ \t]+(?P<u3>[^\W\d]+)"
    r"|(?P<n4>\d+)[ \t]+(?P<u4>[^\W\d]+)[ \t]+fa)[ \t]*$"
)
_AGE_UNITS = {
    **dict.fromkeys(("s", "sec", "m", "min", "mins", "minute", "minutes", "minuti", "minuto",
                     "minutos", "h", "hr", "hrs", "hour", "hours", "heure", "heures", "ora",
                     "ore", "hora", "horas"), 0),
    **dict.fromkeys(("d", "j", "g", "day", "days", "jour", "jours", "giorno", "giorni", "día",
                     "días", "dia", "dias"), 1),
    **dict.fromkeys(("w", "wk", "sem", "week", "weeks", "semaine", "semaines", "settimana",
                     "settimane", "semana", "semanas"), 7),
    **dict.fromkeys(("mo", "mois", "month", "months", "mese", "mesi", "mes", "meses"), 30),
    **dict.fromkeys(("y", "yr", "an", "ans", "a", "year", "years", "anno", "anni", "año",
                     "años", "ano", "anos"), 365),
}  # fmt: skip


def post_age(text: str, start: int, end: int) -> tuple[int | None, str] | None:
    """The last post's age written on a line between ``start`` and ``end``: (its days, its
    text), the days None when the unit is no known one; None when there is no such line.
    A number and a word without the bullet of a feed's header ("3 delegations") is an age
    only when the word is a unit of time."""
    last: tuple[int | None, str] | None = None
    for m in _POST_AGE.finditer(text, start, end):
        number = m["n"] or m["n2"] or m["n3"] or m["n4"]
        unit = (m["u"] or m["u2"] or m["u3"] or m["u4"]).lower()
        days = _AGE_UNITS.get(unit)
        if days is None and not m["bullet"]:
            continue
        count = int(number) if number.isdigit() else 1
        last = (None if days is None else days * count, m.group(0).strip(" \t·"))
    return last
