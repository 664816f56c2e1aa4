"""A state body's own release: "the Ministry" in its text is the state that issues it.

A ministry's press release names itself in its header ("Ministry of Foreign Affairs of Ghana –
Press release", "Gobierno de España – Ministerio del Interior") and then only as "the
Ministry" ("The Ministry hosted the thematic meeting …", "organizada por el Ministerio del
Interior", "ospitata dal Ministero degli Affari Esteri"): that body stands for the header's
state, as a state body named with its state does.  A body named with another state ("the
Ministry of the Interior of Senegal") is that state's, read as any name.
"""

from __future__ import annotations

import re

from processus.extraction.actors import ActorMention

_HEADER_LINES = 2  # the issuer is named on the page's first lines
# a word for a state body on a header line
_BODY_WORD = re.compile(
    r"\b(?:Ministry|Ministère|Ministere|Ministerio|Ministero|Ministério|Department|"
    r"Government|Gouvernement|Gobierno|Governo)\b",
    re.IGNORECASE,
)
# "the Ministry", "le ministère", "el Ministerio", "il Ministero", "o Ministério", with the
# words of its name after it ("of Foreign Affairs", "del Interior", "degli Affari Esteri e
# della Cooperazione Internazionale"); the mention starts at the noun, after its article
_THE_BODY = re.compile(
    r"\b(?:the|le|la|el|il|o|dal|del|al|du|au|do|pelo|no|nel)\s+"
    r"(?P<body>(?-i:M|m)(?:inistry|inistère|inistere|inisterio|inistero|inistério)"
    r"(?:\s+(?:of|for|de|du|des|del|della|dell['’]|degli|dei|do|da|dos|das|e|et|y|and)"
    r"(?:\s+(?:the|la|le|los|las)|\s+l['’])?\s*(?:l['’])?(?-i:[A-ZÀ-Ý])[\w'’-]*"
    r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)*){0,4})",
    re.IGNORECASE,
)


def issuer_actors(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """Mentions of "the Ministry" below the header, as the state the header names."""
    issuer = _issuer(text, actors)
    if issuer is None:
        return []
    header_end = _header_end(text)
    starts = [a.start for a in actors]
    out = []
    for m in _THE_BODY.finditer(text, header_end):
        start, end = m.span("body")
        if any(start <= s < end for s in starts):
            continue  # "the Ministry of the Interior of Senegal": its own state
        out.append(ActorMention(start, end, m.group("body"), issuer, "country"))
    return out


def _issuer(text: str, actors: list[ActorMention]) -> str | None:
    """The one state a header line with a state body's word names, else None."""
    end = _header_end(text)
    if _BODY_WORD.search(text, 0, end) is None:
        return None
    states = {a.name for a in actors if a.start < end and a.type == "country"}
    return next(iter(states)) if len(states) == 1 else None


def _header_end(text: str) -> int:
    """Where the header ends: after the page's first lines, as long as they are short and
    end no sentence (a line of prose is the body)."""
    pos = len(text) - len(text.lstrip())
    for _ in range(_HEADER_LINES):
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt == -1 else nxt
        if nxt - pos > _HEADER_LINE or text[pos:nxt].rstrip().endswith("."):
            break
        pos = nxt
        while pos < len(text) and text[pos] == "\n":
            pos += 1
    return pos


_HEADER_LINE = 100
