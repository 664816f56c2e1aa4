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

import re
from dataclasses import dataclass

from processus.extraction.aliases import NameMatch
from processus.extraction.dates import DateMention

_BOILERPLATE_LINE = re.compile(
    r"^[ \t]*(?:-+|–|—|To view or add a comment, sign in|Sign in to (?:view|comment).*|"
    r"More Relevant Posts|See more comments|Report this (?:post|comment)|"
    r"[^\n]{1,80}['’]s? Post|[\d.,]+\s*(?:K\s*)?followers?|"
    r"(?:Like|Comment|Repost|Send|Share)(?:\s*[·|]?\s*(?:Like|Comment|Repost|Send|Share))*|"
    r"\d+\s+(?:comments?|reactions?|likes?|reposts?))[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_FEED_MARKER = re.compile(
    r"^[ \t]*(?:To view or add a comment, sign in|More Relevant Posts|[\d.,]+\s*followers)[ \t]*$",
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


def _heading_lines(
    text: str, dates: list[DateMention], names: list[NameMatch]
) -> list[tuple[int, int]]:
    """Lines that open a listing entry: a place and a meeting date at the line start."""
    name_at = {n.start: n for n in names}
    date_at = {d.start: d for d in dates}
    out = []
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped or len(stripped) > 220:
            continue
        offset = line_start + (len(line) - len(line.lstrip()))
        name = name_at.get(offset)
        if name is not None and (name.first("place") or name.first("country")):
            rest = text[name.end : line_end]
            m = re.match(r"\s*(?:,\s*[A-Z][^,\n]{1,40})?\s*[,–—-]\s*", rest)
            if m:
                date = date_at.get(name.end + m.end())
                if date is not None and date.role in ("meeting", "year"):
                    out.append((line_start, line_end))
                    continue
        date = date_at.get(offset)
        if date is not None and date.role == "meeting":
            rest = text[date.end : line_end]
            m = re.match(r"\s*[,–—|-]\s*", rest)
            if m:
                name = name_at.get(date.end + m.end())
                if name is not None and name.first("place"):
                    out.append((line_start, line_end))
    return out


def is_feed(text: str) -> bool:
    return len(_FEED_MARKER.findall(text)) >= 1


def split_passages(text: str, dates: list[DateMention], names: list[NameMatch]) -> list[Passage]:
    """Passages of ``text`` in document order (see the module docstring)."""
    if is_feed(text):
        passages: list[Passage] = []
        for s, e in _blocks(text):
            index = len(passages)
            passages.append(Passage(s, e, "post"))
            for i_s, i_e in _items(text, s, e):
                passages.append(Passage(i_s, i_e, "item", parent=index))
        return passages or [Passage(0, len(text), "document")]
    headings = _heading_lines(text, dates, names)
    if headings:
        passages = [Passage(0, len(text), "document")]
        if text[: headings[0][0]].strip():
            passages.append(Passage(0, headings[0][0], "preamble", parent=0))
        for i, (h_s, h_e) in enumerate(headings):
            stop = headings[i + 1][0] if i + 1 < len(headings) else len(text)
            passages.append(Passage(h_s, stop, "listing", parent=0, heading=(h_s, h_e)))
        return passages
    return [Passage(0, len(text), "document")]


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)|[.!?]+")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (newlines also end a sentence)."""
    out = []
    pos = start
    chunk = text[start:end]
    # split after ". " followed by a capital, or at newlines
    for m in re.finditer(
        r"(?<=[.!?])\s+(?=[\"'«(\[A-Z0-9À-Ý#@\U0001F300-\U0001FAFF\u2600-\u27BF])|\n+", chunk
    ):
        s, e = pos, start + m.start()
        if text[s:e].strip():
            out.append((s, e))
        pos = start + m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return out
