"""Outcome items: the recommendations, policy takeaways and conclusions of a document, one by one.

An outcome document states what a meeting produced in one of two shapes, and only
these make items (a numbered agenda or a list of participants is a list too, but
nothing introduces it as an outcome):

* a **labelled item** — a line that starts with its kind and number:
  "Recommendation 3: …", "Conclusion n°2 - …", "Policy takeaway 1. …",
  "Recommandation 1 : …"; its text runs to the next blank line or label;
* a **list introduced as outcomes** — a heading that names the kind ("Recommendations",
  "Key policy takeaways", "Conclusions et recommandations") or a line ending with a
  colon whose words say so ("Participants recommended to:", "Les participants
  recommandent de :"), followed by numbered or bulleted entries; each entry is an
  item, and lines indented under it (wrapped text, sub-bullets) belong to it.

Each item keeps the character span of its text in the document (``start``/``end``),
the cue that made it an item, and its number: the one written, else its position
among the document's items of that kind. Pure Python: no Django, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RECOMMENDATION = "recommendation"
TAKEAWAY = "takeaway"
CONCLUSION = "conclusion"

#: The words that name each kind of outcome, per language (singular and plural stems).
KIND_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        RECOMMENDATION: ("recommendations?",),
        TAKEAWAY: ("(?:key |policy |main )*takeaways?", "key messages?", "lessons? learn(?:ed|t)"),
        CONCLUSION: ("conclusions?",),
    },
    "fr": {
        RECOMMENDATION: ("recommandations?",),
        TAKEAWAY: (
            "enseignements?(?: politiques?| clés?)?",
            "messages? clés?",
            "le[çc]ons? apprises?",
        ),
        CONCLUSION: ("conclusions?",),
    },
    "es": {
        RECOMMENDATION: ("recomendaci(?:ón|on|ones)",),
        TAKEAWAY: ("mensajes? clave",),
        CONCLUSION: ("conclusi(?:ón|on|ones)",),
    },
    "it": {
        RECOMMENDATION: ("raccomandazion[ei]",),
        TAKEAWAY: ("messaggi chiave",),
        CONCLUSION: ("conclusion[ei]",),
    },
    "pt": {
        RECOMMENDATION: ("recomenda(?:ção|cao|ções|coes)",),
        TAKEAWAY: ("mensagens? chave",),
        CONCLUSION: ("conclus(?:ão|ao|ões|oes)",),
    },
}

#: Verbs that introduce a list of outcomes in a line ending with a colon.
INTRO_VERBS: dict[str, tuple[str, ...]] = {
    RECOMMENDATION: (
        r"recommend(?:s|ed|ing)?",
        r"recommand(?:e|ent|é|ée|és|ées|er|ons)",
        r"recomienda(?:n)?",
        r"recomenda(?:m|ram)?",
    ),
    CONCLUSION: (r"conclude[ds]?", r"conclu(?:ent|t|ons)", r"concluye(?:n)?"),
    TAKEAWAY: (),
}


def _kind_pattern(kind: str) -> str:
    return "|".join(word for words in KIND_WORDS.values() for word in words.get(kind, ()))


_KIND_RES = {kind: re.compile(rf"\b(?:{_kind_pattern(kind)})\b", re.I) for kind in INTRO_VERBS}
_ANY_KIND = "|".join(_kind_pattern(kind) for kind in INTRO_VERBS)

_BULLET = r"(?:[-*•▪◦–—‣]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])"
#: One entry of a list: indentation, marker, text.
_ENTRY_RE = re.compile(rf"^(?P<indent>[ \t]*)(?P<marker>{_BULLET})[ \t]+(?P<text>\S.*)$", re.I)
#: A labelled item: "Recommendation 3:", "Conclusion n°2 -", "Recommandation 1 :".
_LABEL_RE = re.compile(
    rf"^[ \t]*(?:{_BULLET}[ \t]+)?(?:\*\*)?(?P<label>(?:{_ANY_KIND}))[ \t]*"
    r"(?:n[°º]|no\.?|nr\.?|#|number)?[ \t]*(?P<number>\d{1,3})(?:\*\*)?[ \t]*"
    r"(?:(?:[:.)–—-]|\*\*)+[ \t]*(?P<text>\S.*)?)?$",
    re.I,
)
#: A heading: at most a few words besides the kind, no sentence in it.
_HEADING_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]*)?(?:\*\*)?"
    r"(?P<words>[^.!?:;]{3,90}?)(?:\*\*)?[ \t]*:?[ \t]*$"
)
_HEADING_FILLER = re.compile(
    r"\b(?:key|main|final|principal(?:es|s)?|policy|draft|the|of|the|meeting|workshop|"
    r"conference|co-?chairs?|and|et|y|e|des|du|de|la|les|le|l'|réunion|atelier|"
    r"conférence|coprésidents?|co-présidents?|finales?|politiques?|clés?)\b",
    re.I,
)
_INTRO_RE = re.compile(
    "|".join(rf"\b(?:{verb})\b" for verbs in INTRO_VERBS.values() for verb in verbs),
    re.I,
)


@dataclass(frozen=True)
class OutcomeItem:
    """One recommendation, takeaway or conclusion and where the document says it."""

    kind: str
    number: int | None
    text: str
    start: int
    end: int
    #: What made it an item: the label ("Recommendation 3") or the line that introduced its list.
    cue: str


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t"))


def _lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(_Line(offset, offset + len(body), body))
        offset += len(raw)
    return lines


def kind_named(words: str) -> str | None:
    """The kind a heading or label names (the first one named), or None."""
    found = [(m.start(), kind) for kind, rx in _KIND_RES.items() if (m := rx.search(words))]
    return min(found)[1] if found else None


def _heading_kind(line: str) -> str | None:
    """The kind of a heading line that announces outcomes ("Key recommendations:")."""
    match = _HEADING_RE.match(line)
    if not match:
        return None
    words = match.group("words").strip()
    kind = kind_named(words)
    if kind is None:
        return None
    rest = _HEADING_FILLER.sub(" ", _KIND_RES[kind].sub(" ", words))
    for other in _KIND_RES.values():
        rest = other.sub(" ", rest)
    # A heading is the kind and a few filler words: "Conclusions of the co-chairs".
    return kind if len(rest.split()) <= 3 else None


def _intro_kind(line: str) -> str | None:
    """The kind of a sentence that ends with a colon and introduces outcomes."""
    stripped = line.strip()
    if not stripped.endswith(":") or len(stripped) > 300:
        return None
    kind = kind_named(stripped)
    if kind is not None:
        return kind
    verb = _INTRO_RE.search(stripped)
    if verb is None:
        return None
    word = verb.group(0).lower()
    for kind, verbs in INTRO_VERBS.items():
        if any(re.fullmatch(v, word, re.I) for v in verbs):
            return kind
    return None


#: What ends a list entry without being part of it: "…;", "…, and", "… ; et".
_LIST_TAIL = re.compile(r"(?:\s*(?:[;,]|\b(?:and|or|et|ou)\b))+\s*$", re.I)


def _span(lines: list[_Line], first: int, last: int, text_start: int) -> tuple[int, int, str]:
    """The span from ``text_start`` to the end of line ``last`` (list punctuation left out)
    and its text, spaces single."""
    tail = lines[last]
    floor = text_start - tail.start if first == last else 0
    cut = len(tail.text)
    trailing = _LIST_TAIL.search(tail.text)
    if trailing is not None and trailing.start() > floor:
        cut = trailing.start()
    texts = [line.text for line in lines[first : last + 1]]
    texts[-1] = texts[-1][:cut]
    texts[0] = texts[0][text_start - lines[first].start :]
    text = re.sub(r"\s+", " ", " ".join(texts)).strip()
    text = re.sub(r"^\*\*|\*\*$", "", text).strip()
    return text_start, tail.start + cut, text


def _continuation(lines: list[_Line], i: int, indent: int, stop_at_label: bool = True) -> int:
    """The last line of an entry that starts at line ``i`` (its indented followers)."""
    last = i
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if line.blank:
            break
        if stop_at_label and _LABEL_RE.match(line.text):
            break
        if line.indent <= indent and _ENTRY_RE.match(line.text):
            break
        if line.indent <= indent and not stop_at_label:
            break
        last = j
        j += 1
    return last


def _labelled(lines: list[_Line], i: int) -> tuple[OutcomeItem, int] | None:
    match = _LABEL_RE.match(lines[i].text)
    if match is None:
        return None
    kind = kind_named(match.group("label"))
    if kind is None:
        return None
    first = i
    if match.group("text") is None:  # "Recommendation 3:" alone: the text is below
        first = i + 1
        if first >= len(lines) or lines[first].blank or _LABEL_RE.match(lines[first].text):
            return None
        text_start = lines[first].start + lines[first].indent
    else:
        text_start = lines[i].start + match.start("text")
    last = _continuation(lines, first, -1)
    start, end, text = _span(lines, first, last, text_start)
    cue = f"{match.group('label').strip()} {match.group('number')}"
    return OutcomeItem(kind, int(match.group("number")), text, start, end, cue), last


def _listed(lines: list[_Line], i: int, kind: str, cue: str) -> tuple[list[OutcomeItem], int]:
    """The entries of the list that follows the cue at line ``i``; and the last line read."""
    items: list[OutcomeItem] = []
    j, indent, last_read = i + 1, None, i
    while j < len(lines):
        line = lines[j]
        if line.blank:
            j += 1
            continue
        entry = _ENTRY_RE.match(line.text)
        if entry is None or (indent is not None and line.indent > indent):
            break
        if _LABEL_RE.match(line.text) or _heading_kind(entry.group("text")) is not None:
            break
        indent = line.indent if indent is None else indent
        last = _continuation(lines, j, indent, stop_at_label=False)
        start, end, text = _span(lines, j, last, line.start + entry.start("text"))
        number = re.search(r"\d+", entry.group("marker"))
        items.append(
            OutcomeItem(kind, int(number.group(0)) if number else None, text, start, end, cue)
        )
        last_read = last
        j = last + 1
    return items, last_read


def extract_outcome_items(text: str) -> list[OutcomeItem]:
    """Every outcome item of ``text``, in document order (see the module documentation)."""
    lines = _lines(text)
    items: list[OutcomeItem] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        labelled = None if line.blank else _labelled(lines, i)
        if labelled is not None:
            items.append(labelled[0])
            i = labelled[1] + 1
            continue
        kind = None if line.blank else (_heading_kind(line.text) or _intro_kind(line.text))
        if kind is not None:
            listed, last = _listed(
                lines, i, kind, line.text.strip().strip("#* ").rstrip(":").strip()
            )
            if listed:
                items += listed
                i = last + 1
                continue
        i += 1
    return _numbered(items)


def _numbered(items: list[OutcomeItem]) -> list[OutcomeItem]:
    """Items without a written number take their position among the items of their kind."""
    position: dict[str, int] = {}
    result = []
    for item in items:
        position[item.kind] = position.get(item.kind, 0) + 1
        if item.number is None:
            item = OutcomeItem(
                item.kind, position[item.kind], item.text, item.start, item.end, item.cue
            )
        result.append(item)
    return result


def count_by_kind(items: list[OutcomeItem]) -> dict[str, int]:
    """How many items of each kind."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    return counts
