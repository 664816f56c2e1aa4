"""Who hosted, chaired and organised the meeting."""

from __future__ import annotations

from processus.extraction import role_rules
from processus.extraction.document import in_spans
from processus.extraction.fields.context import FieldContext
from processus.extraction.records import MeetingRecord
from processus.extraction.roles import (
    ACTIVE_VERB_PATTERNS,
    RoleMention,
    active_verb,
    find_roles,
    role_lists,
    trigger_roles,
    unique_names,
)


def resolve_roles(ctx: FieldContext, record: MeetingRecord) -> None:
    """``hosts``, ``chairs`` and ``organisers`` from the role mentions of the spans."""
    doc = ctx.doc
    mentions = []
    for s, e in ctx.spans:
        mentions += find_roles(doc.text, s, e, doc.actors, doc.triggers)
    mentions = _own_clauses(ctx, mentions)
    for role, items in role_lists(mentions).items():
        setattr(record, role, unique_names(items))
        for m in items:
            ctx.add(role, m.actor.start, m.actor.end, m.inferred, m.note, m.rule)
    if doc.explain is not None:
        _explain_roles(ctx)


def _meeting_ordinal(ctx: FieldContext) -> int | None:
    """Which of the passage's meetings the record is, in the order their dates are written
    (a date written twice counts once); None when the passage dates one meeting or fewer,
    so that "the first session …, the second by …" gives both chairs to the one meeting."""
    if ctx.anchor is None:
        return None
    ranks = _date_ranks(ctx)
    if len(ranks) < 2:
        return None
    return ranks.get((ctx.anchor.first, ctx.anchor.last))


def _date_ranks(ctx: FieldContext) -> dict[tuple[object, object], int]:
    """The rank of each meeting date of the passage, counted once per passage: a listing
    of a thousand dated lines has a thousand records, each asking for its own rank."""
    passage = ctx.passage
    key = ("meeting-date-ranks", passage.start, passage.end)
    ranks = ctx.doc.memo.get(key)
    if ranks is None:
        ranks = {}
        for d in ctx.doc.within("dates", [(passage.start, passage.end)]):
            if d.role == "meeting":
                ranks.setdefault((d.first, d.last), len(ranks) + 1)
        ctx.doc.memo[key] = ranks
    return ranks


def _has_split(ctx: FieldContext) -> bool:
    """Whether the passage splits its roles among its meetings ("the first …, the second
    …"), looked for once per passage."""
    start, end = ctx.passage.start, ctx.passage.end
    key = ("role-split", start, end)
    found = ctx.doc.memo.get(key)
    if found is None:
        found = ctx.doc.memo[key] = role_rules.SPLIT_WORDS.possible(
            ctx.doc.text, ctx.doc.tokens, start, end
        ) and bool(role_rules.SPLIT_CUE.search(ctx.doc.text, start, end))
    return found


def _own_clauses(ctx: FieldContext, mentions: list[RoleMention]) -> list[RoleMention]:
    """The role mentions of a split ("The first was hosted by Senegal, the second by
    Mauritania") that are the record's: those of the clause of its rank among the
    passage's meetings, read from the whole passage since the split may be told in a
    sentence the record's spans leave out."""
    ordinal = _meeting_ordinal(ctx)
    if ordinal is None:
        return mentions
    doc = ctx.doc
    own = [m for m in mentions if m.clause is None or m.clause == ordinal]
    if not _has_split(ctx):
        return own
    start, end = ctx.passage.start, ctx.passage.end
    for m in find_roles(doc.text, start, end, doc.actors, doc.triggers):
        if m.clause == ordinal and not in_spans(ctx.spans, m.actor.start, m.actor.end):
            own.append(m)
    return own


def _explain_roles(ctx: FieldContext) -> None:
    """Log the role phrases of the spans that gave nobody a role, and why: a trigger with
    no known actor after it, a past or next holder, a verb whose object is no meeting."""
    doc, text = ctx.doc, ctx.doc.text
    for s, e in ctx.spans:
        local = [a for a in doc.actors if s <= a.start and a.end <= e]
        for t in doc.triggers:
            if s <= t.start and t.end <= e and not trigger_roles(text, t, local, e):
                founding = t.rule in role_rules.INITIATIVE_RULES and role_rules.FOUNDING.search(
                    text, max(0, t.start - 100), t.start
                )
                why = "the founding of a dialogue" if founding else "no known actor after it"
                ctx.reject("roles", t.start, t.end, f"trigger {t.rule}: {why}")
        for a in local:
            if a.type != "country" and a.type != "organisation":
                continue
            capacity = role_rules.CAPACITY.match(text, a.end, e)
            if capacity is not None:
                words = capacity.group(1) or capacity.group(2)
                if role_rules.PAST_OR_NEXT_HOLDER.search(words):
                    why = "capacity: a past or next holder has no role in the meeting"
                    ctx.reject("roles", a.start, capacity.end(), why)
                continue
            if active_verb(text, a.end, e) is not None:
                continue
            for rule, pattern in ACTIVE_VERB_PATTERNS:
                verb = pattern.match(text, a.end, e)
                if verb is not None and not role_rules.MEETING_OBJECT.match(text, verb.end(), e):
                    why = f"{rule.name}: the verb's object is not a meeting"
                    ctx.reject("roles", a.start, verb.end(), why)
                    break
