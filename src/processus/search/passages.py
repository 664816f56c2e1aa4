"""Split a document's text into passages (paragraphs) with their character offsets.

A passage is a paragraph: text between blank lines. Very short paragraphs (a
heading, a date line) join the next one so that a passage says something on its
own, and very long ones are cut at sentence ends. Offsets always index into the
document's text, so ``text[start:end]`` is the passage and the document page can
anchor it as ``#p-<number>``. Pure function: the document page computes the same
anchors from the text without asking the index.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
SHORT = 80
LONG = 1200
TARGET = 700


class Passage(NamedTuple):
    number: int
    start: int
    end: int


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in _BLANK_LINES.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= LONG:
        return [(start, end)]
    pieces = []
    piece_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.start() - piece_start >= TARGET:
            pieces.append((piece_start, match.start()))
            piece_start = match.end()
    if end - piece_start > 0:
        pieces.append((piece_start, end))
    # No sentence end in a long run: hard cuts at whitespace, at worst mid-word.
    out = []
    for a, b in pieces:
        while b - a > LONG:
            cut = text.rfind(" ", a + TARGET, a + LONG)
            cut = cut if cut > a else a + LONG
            out.append((a, cut))
            a = cut
            while a < b and text[a].isspace():
                a += 1
        if a < b:
            out.append((a, b))
    return out


def split_passages(text: str) -> list[Passage]:
    """The passages of ``text``, numbered from 1, in order, never overlapping."""
    merged: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for start, end in _paragraphs(text):
        if pending is not None:
            start = pending[0]
            pending = None
        if end - start < SHORT:
            pending = (start, end)
            continue
        merged.extend(_cut_long(text, start, end))
    if pending is not None:
        if merged and pending[1] - merged[-1][0] <= LONG:
            merged[-1] = (merged[-1][0], pending[1])
        else:
            merged.append(pending)
    return [Passage(i, a, b) for i, (a, b) in enumerate(merged, start=1)]
