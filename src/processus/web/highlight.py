"""A document's text as HTML with the extracted spans marked, built safely from offsets.

The text is cut at every span boundary; each piece is escaped on its own and
wrapped in ``<mark>`` when some evidence covers it, so overlapping or nested
spans never produce broken markup, and nothing from the document is ever
interpreted as HTML. Each evidence row gets an anchor ``#ev-<id>`` at the
start of its span, the target of the links on the meeting page.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    """One piece of evidence located in the text (``start <= end <= len(text)``)."""

    anchor: str
    start: int
    end: int
    label: str
    href: str


def locate(text: str, start: int | None, end: int | None, quote: str) -> tuple[int, int] | None:
    """Where the evidence sits in ``text``: its offsets when they hold the quote, else the
    first occurrence of the quote; ``None`` when neither is found."""
    if (
        start is not None
        and end is not None
        and 0 <= start <= end <= len(text)
        and (not quote or text[start:end] == quote)
    ):
        return start, end
    if quote:
        found = text.find(quote)
        if found >= 0:
            return found, found + len(quote)
    return None


def highlight(text: str, spans: Sequence[Span]) -> SafeString:
    """``text`` escaped, with every span wrapped in ``<mark>`` linking to ``span.href``."""
    boundaries = {0, len(text)}
    for span in spans:
        boundaries.update((span.start, span.end))
    cuts = sorted(b for b in boundaries if 0 <= b <= len(text))
    starting: dict[int, list[Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)

    parts: list[str] = []
    for left, right in itertools.pairwise(cuts):
        for span in starting.get(left, []):
            parts.append(format_html('<span class="anchor" id="{}"></span>', span.anchor))
        piece = text[left:right]
        covering = [s for s in spans if s.start <= left and right <= s.end and s.start < s.end]
        if not covering:
            parts.append(escape(piece))
            continue
        first = covering[0]
        title = "; ".join(dict.fromkeys(s.label for s in covering))
        parts.append(
            format_html(
                '<mark class="evidence-span"><a href="{}" title="{}">{}</a></mark>',
                first.href,
                title,
                piece,
            )
        )
    # The loop never starts a piece at the end of the text: anchors of spans there.
    for span in starting.get(len(text), []):
        parts.append(format_html('<span class="anchor" id="{}"></span>', span.anchor))
    return mark_safe("".join(parts))  # every piece above is escaped


def spans_for(
    text: str,
    evidence: Sequence[object],
    label: Callable[[object], str],
    href: Callable[[object], str],
) -> list[Span]:
    """:class:`Span` objects for evidence rows with ``pk``, ``start``, ``end`` and ``quote``."""
    spans = []
    for item in evidence:
        found = locate(text, item.start, item.end, item.quote)  # type: ignore[attr-defined]
        if found is None:
            continue
        spans.append(Span(f"ev-{item.pk}", found[0], found[1], label(item), href(item)))  # type: ignore[attr-defined]
    return spans
