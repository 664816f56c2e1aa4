"""Two dialogues named with one plural noun: "the Rabat and Khartoum Processes", "les
Processus de Rabat et de Khartoum", "los Procesos de Rabat y de Jartum", "i Processi di
Rabat e di Khartoum", "os Processos de Rabat e de Cartum".

The name index knows each dialogue's own name only ("Khartoum Process"), so such a phrase
names one dialogue at most, or none, and its city words pass for places. Here each city
word stands for its dialogue: its name match is replaced by one for the dialogue (the
first one spanning the plural noun too), so a meeting "of the Rabat and Khartoum
Processes" belongs to both and is not held in Rabat.
"""

from __future__ import annotations

import re
from functools import cache

from processus import reference
from processus.extraction.aliases import Entry, NameMatch
from processus.extraction.normalize import fold

_CITY = r"[A-ZÀ-Ý][\w'’-]+"
# the plural noun after the two cities (English) or before them (the Romance languages)
_PAIRS = re.compile(
    rf"\b(?:the\s+)?(?P<a1>{_CITY})\s+and\s+(?:the\s+)?(?P<b1>{_CITY})\s+(?i:processes)\b|"
    rf"\b(?i:Processus)\s+de\s+(?P<a2>{_CITY})\s+et\s+(?:de\s+)?(?P<b2>{_CITY})|"
    rf"\b(?i:Procesos)\s+de\s+(?P<a3>{_CITY})\s+y\s+(?:de\s+)?(?P<b3>{_CITY})|"
    rf"\b(?i:Processi)\s+di\s+(?P<a4>{_CITY})\s+e\s+(?:di\s+)?(?P<b4>{_CITY})|"
    rf"\b(?i:Processos)\s+de\s+(?P<a5>{_CITY})\s+e\s+(?:de\s+)?(?P<b5>{_CITY})"
)
# a dialogue's own name, written around its city in each language
_OWN_NAME = re.compile(
    r"^(?P<en>.+)\s+Process$|^(?:Processus|Proceso|Processo)\s+d[ei]\s+(?P<other>.+)$"
)
# what every pair above holds, looked for first in the lower-cased text: most pages have
# none, and a pattern that opens on a literal is found by a fast scan for it
_ROMANCE_PAIR = re.compile(r"proces(?:sus|os|si|sos)\s+d[ei]\s+\S+\s+(?:et|y|e)\s")


@cache
def _dialogue_of_city() -> dict[str, str]:
    """The folded city word of each "<City> Process" in any language -> the dialogue."""
    table: dict[str, str] = {}
    for dialogue in reference.dialogues():
        for name in (dialogue["name"], *dialogue.get("aliases", ())):
            m = _OWN_NAME.match(name)
            if m is not None:
                table[fold(m.group("en") or m.group("other"))] = dialogue["name"]
    return table


def dialogue_pairs(text: str, names: list[NameMatch]) -> list[NameMatch]:
    """``names`` with the two dialogues of every plural phrase in ``text`` put in."""
    english = "rocesses" in text or "ROCESSES" in text
    if not english and _ROMANCE_PAIR.search(text.lower()) is None:
        return names
    table = _dialogue_of_city()
    added: list[NameMatch] = []
    for m in _PAIRS.finditer(text):
        groups = [g for g in m.groupdict() if m.group(g) is not None]
        dialogues = [table.get(fold(m.group(g))) for g in groups]
        if len(groups) != 2 or None in dialogues:
            continue
        spans = [(m.start(), m.end(groups[0])), m.span(groups[1])]
        if groups[0] == "a1":  # English: the noun comes last, so the second spans it
            spans = [m.span(groups[0]), (m.start(groups[1]), m.end())]
        for (start, end), dialogue in zip(spans, dialogues, strict=True):
            assert dialogue is not None
            added.append(NameMatch(start, end, text[start:end], (Entry("dialogue", dialogue),)))
    if not added:
        return names
    kept = [n for n in names if not any(n.start < a.end and a.start < n.end for a in added)]
    return sorted(kept + added, key=lambda n: n.start)
