"""What the classifier reads of each meeting: title, kind, themes and its source passages.

A meeting's source passage in one mention is the stretch of text its extracted
evidence covers around the meeting's date (or title): the sentences that say
when, where and what the meeting was, which is where a document says what it was
about. Evidence far from it — the dialogue named in a page's header, a tag list —
is left out, so a list of meetings or another meeting's concept note lends a
meeting only its own line. Widened to whole sentences and bounded by
:data:`MAX_PASSAGE`. Evidence an editor wrote has no span and adds nothing here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from processus.kb.models import Document, Evidence, Meeting
from processus.plans.classifier import MeetingText

#: Characters of one passage at most.
MAX_PASSAGE = 1600
#: Evidence this close to the meeting's date (or title) describes the same meeting.
NEAR = 300
#: Characters read beyond the evidence on each side, to the end of the sentence.
MARGIN = 300
#: Where the passage starts: the first of these fields the mention has evidence for.
ANCHORS = ("start", "title", "kind", "city", "end")
#: Fields whose evidence may stand anywhere in a document (its header, a tag list).
FAR_FIELDS = frozenset({"dialogues", "themes", "status", "format"})
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")

Span = tuple[str, int, int]  # field, start, end


def passage_around(text: str, first: int, last: int) -> str:
    """``text[first:last]`` widened to whole sentences (within :data:`MARGIN`) and bounded."""
    low = max(0, first - MARGIN)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, first)]
    start = ends[-1] if ends else low
    stop = _SENTENCE_END.search(text, last, min(len(text), last + MARGIN))
    end = stop.start() + 1 if stop else min(len(text), last + MARGIN)
    return text[start : min(end, start + MAX_PASSAGE)].strip()


def cluster(spans: list[Span]) -> tuple[int, int] | None:
    """The stretch of one mention's evidence that describes the meeting: the spans near its
    anchor (date, else title, kind, place), never a document's header or tag list."""
    anchor = next((span for name in ANCHORS for span in spans if span[0] == name), None) or next(
        (span for span in spans if span[0] not in FAR_FIELDS), None
    )
    if anchor is None:
        return None
    first, last = anchor[1], anchor[2]
    grown = True
    while grown:
        grown = False
        for name, start, end in spans:
            if name in FAR_FIELDS or (first <= start and end <= last):
                continue
            if start <= last + NEAR and end >= first - NEAR:
                first, last, grown = min(first, start), max(last, end), True
    return first, last


def _spans(meeting_ids: list[int]) -> dict[int, dict[tuple[int, int], list[Span]]]:
    """meeting → (document, mention) → the spans of its extracted evidence."""
    spans: dict[int, dict[tuple[int, int], list[Span]]] = defaultdict(lambda: defaultdict(list))
    rows = Evidence.objects.filter(
        meeting_id__in=meeting_ids, document__isnull=False, start__isnull=False
    ).exclude(method=Evidence.Method.EDITED)
    for meeting_id, document_id, mention_id, name, start, end in rows.values_list(
        "meeting_id", "document_id", "mention_id", "field", "start", "end"
    ):
        if document_id is None or start is None:
            continue
        key = (document_id, mention_id or 0)
        spans[meeting_id][key].append((name, start, start if end is None else end))
    return spans


def meeting_texts(meeting_ids: Iterable[int], batch: int = 200) -> Iterator[MeetingText]:
    """The classifier's view of each meeting, read ``batch`` meetings at a time."""
    ids = sorted(set(meeting_ids))
    for at in range(0, len(ids), batch):
        chunk = ids[at : at + batch]
        spans = _spans(chunk)
        document_ids = {d for per in spans.values() for d, _mention in per}
        texts = dict(Document.objects.filter(pk__in=document_ids).values_list("pk", "text"))
        for pk, title, kind, themes in Meeting.objects.filter(pk__in=chunk).values_list(
            "pk", "title", "kind", "themes"
        ):
            passages = []
            for (document_id, _mention), found in sorted(spans.get(pk, {}).items()):
                stretch = cluster(found)
                if stretch is not None:
                    passages.append(passage_around(texts.get(document_id) or "", *stretch))
            yield MeetingText(
                meeting_id=pk,
                title=title or "",
                kind=kind or "",
                themes=tuple(str(t) for t in themes or []),
                passages=tuple(dict.fromkeys(p for p in passages if p)),
            )
