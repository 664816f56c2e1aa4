"""The meeting's own name, when the text gives one."""

from __future__ import annotations

import re

from processus.extraction.fields.context import FieldContext
from processus.extraction.fields.kind import told_in_relation
from processus.extraction.kinds import KindMention
from processus.extraction.records import MeetingRecord
from processus.extraction.titles import TitleMention

_NOUN_THEN_NAME = re.compile(r"\s*[\"«]?\s*")
_NAME_THEN_NOUN = re.compile(
    r"\s*[\"»]?\s*[:–—-]\s*(?:an?\s+|une?\s+|la\s+|le\s+|the\s+)?(?:[\w'-]+\s+){0,3}"
)


def resolve_title(ctx: FieldContext, record: MeetingRecord) -> None:
    """``record.title``: the first title of the spans, or with a chosen meeting noun, the
    title that names that meeting."""
    titles: list[TitleMention] = ctx.doc.within("titles", ctx.spans)
    # the name of another meeting, told in relation to this one: "High-level meeting
    # ahead of the Valletta Summit follow-up", "en marge du Sommet de Valette"; a name
    # that holds this record's own noun is its own ("after the Second Ministerial
    # Meeting of the Khartoum Process" for the record of that ministerial meeting)
    kind = ctx.kind
    related = [
        t
        for t in titles
        if told_in_relation(ctx.doc, t.start)
        and not (ctx.secondary and kind is not None and t.start <= kind.start < t.end)
    ]
    if related:
        titles = [t for t in titles if t not in related]
        for t in related if ctx.doc.explain is not None else ():
            ctx.reject("title", t.start, t.end, "the name of another meeting ('ahead of', …)")
    title: TitleMention | None = titles[0] if titles else None
    rule = "title:first name of the passage"
    if ctx.kind is not None and titles:
        title, rule = _title_of_noun(ctx, titles, ctx.kind)
    if title is not None:
        record.title = title.title
        ctx.add("title", title.start, title.end, rule=rule)
    if ctx.doc.explain is not None:
        for t in titles:
            if t is not title:
                why = (
                    "it names no meeting noun of this record"
                    if title is None
                    else (f"'{title.title}' names this meeting")
                )
                ctx.reject("title", t.start, t.end, f"a name not taken as the title: {why}")


def _title_of_noun(
    ctx: FieldContext, titles: list[TitleMention], kind: KindMention
) -> tuple[TitleMention | None, str]:
    """The title that names the meeting of noun ``kind``, if any, and the rule that
    found it."""
    doc, text = ctx.doc, ctx.doc.text
    # the name of *this* meeting: the title that holds its meeting noun, or the quoted
    # name written right after it ('a side event entitled "…"')
    near = [t for t in titles if t.start <= kind.start < t.end]
    rule = "title:name holding the meeting noun"
    if not near:
        near = [
            t for t in titles
            if kind.end <= t.start <= kind.end + 90
            and not re.search(r"[.!?]\s", text[kind.end : t.start])
        ]  # fmt: skip
        rule = "title:name written after the meeting noun"
    if not near:
        # a name set against another mention of this meeting: 'la réunion « … »',
        # '"…": high-level meeting in Málaga'
        nouns = [k for k in doc.within("kinds", ctx.spans) if k.kind in ("other", kind.kind)]
        near = [t for t in titles if any(_names(text, t, k) for k in nouns)]
        rule = "title:name set against the meeting noun"
    if near:
        return near[0], rule
    if ctx.secondary or ctx.passage.shape != "document":
        return None, rule
    # a page or a note headed by the meeting's name
    head = [
        t for t in titles
        if t.start < doc.heading_end and any(
            t.start <= k.start < t.end and k.kind == kind.kind for k in doc.kinds
        )
    ]  # fmt: skip
    return (head[0] if head else None), "title:the page's heading"


def _names(text: str, title: TitleMention, noun: KindMention) -> bool:
    """Whether ``title`` is written as the name of the meeting noun ``noun``."""
    if noun.end <= title.start:
        return _NOUN_THEN_NAME.fullmatch(text, noun.end, title.start) is not None
    if title.end <= noun.start:
        return _NAME_THEN_NOUN.fullmatch(text, title.end, noun.start) is not None
    return False
