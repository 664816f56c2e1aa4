"""What the classifier reads of each meeting: title, kind, themes and its source passages.

A meeting's source passage in a document is the stretch of text its extracted
evidence covers (from the first span to the last, widened to whole lines and
bounded by :data:`MAX_PASSAGE`): the sentences that say when, where and what
the meeting was, which is where a document says what it was about. Evidence
an editor wrote has no span and adds nothing here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from processus.kb.models import Document, Evidence, Meeting
from processus.plans.classifier import MeetingText

#: Characters of one passage at most (a meeting list's line is short; a page's paragraph is not).
MAX_PASSAGE = 2400
#: Characters read beyond the evidence on each side, to the line's end.
MARGIN = 400


def passage_around(text: str, first: int, last: int) -> str:
    """``text[first:last]`` widened to whole lines (within :data:`MARGIN`) and bounded."""
    low, high = max(0, first - MARGIN), min(len(text), last + MARGIN)
    line_start = text.rfind("\n", low, first)
    start = line_start + 1 if line_start >= 0 else (0 if low == 0 else first)
    line_end = text.find("\n", last, high)
    end = line_end if line_end >= 0 else (len(text) if high == len(text) else last)
    return text[start : min(end, start + MAX_PASSAGE)].strip()


def _spans(meeting_ids: list[int]) -> dict[int, dict[int, tuple[int, int]]]:
    """meeting → document → (first, last) offset its extracted evidence covers."""
    spans: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    rows = Evidence.objects.filter(
        meeting_id__in=meeting_ids, document__isnull=False, start__isnull=False
    ).exclude(method=Evidence.Method.EDITED)
    for meeting_id, document_id, start, end in rows.values_list(
        "meeting_id", "document_id", "start", "end"
    ):
        if document_id is None or start is None:
            continue
        stop = start if end is None else end
        first, last = spans[meeting_id].get(document_id, (start, stop))
        spans[meeting_id][document_id] = (min(first, start), max(last, stop))
    return spans


def meeting_texts(meeting_ids: Iterable[int], batch: int = 200) -> Iterator[MeetingText]:
    """The classifier's view of each meeting, read ``batch`` meetings at a time."""
    ids = sorted(set(meeting_ids))
    for at in range(0, len(ids), batch):
        chunk = ids[at : at + batch]
        spans = _spans(chunk)
        document_ids = {d for per in spans.values() for d in per}
        texts = dict(Document.objects.filter(pk__in=document_ids).values_list("pk", "text"))
        for pk, title, kind, themes in Meeting.objects.filter(pk__in=chunk).values_list(
            "pk", "title", "kind", "themes"
        ):
            passages = tuple(
                passage_around(texts.get(document_id) or "", first, last)
                for document_id, (first, last) in sorted(spans.get(pk, {}).items())
            )
            yield MeetingText(
                meeting_id=pk,
                title=title or "",
                kind=kind or "",
                themes=tuple(str(t) for t in themes or []),
                passages=tuple(p for p in passages if p),
            )
