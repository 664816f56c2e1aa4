"""Which dialogues the meeting belongs to.

A meeting is a dialogue's own when the text names that dialogue for it; a meeting shared
by two dialogues ("joint meeting", "both processes") takes both; a meeting whose text
names none takes the dialogue of the enclosing passage or of the whole document.
"""

from __future__ import annotations

import itertools
import re

from processus.extraction.aliases import NameMatch, dialogue_kinds
from processus.extraction.document import (
    OWNER_KINDS,
    Document,
    Span,
    containing,
    found_in,
    in_spans,
)
from processus.extraction.fields.context import FieldContext
from processus.extraction.kinds import KindMention
from processus.extraction.records import MeetingRecord
from processus.extraction.scan import Cues

# a meeting shared by dialogues: "joint" only counts next to a meeting word (a "Joint
# Action Plan" or a "plan d'action conjoint" is not a shared meeting)
_JOINT = re.compile(
    r"\bjoint(?:ly)?\s+(?:high[- ]level\s+|thematic\s+|technical\s+|ministerial\s+)?"
    r"(?:meetings?|conferences?|sessions?|events?|workshops?|webinars?|organi[sz]ed|hosted|"
    r"convened)\b|"
    r"\b(?:réunions?|rencontres?|conférences?|sessions?)\s+(?:[\w'-]+\s+){0,3}?conjointes?\b|"
    r"\bconjointement\b|\btrilat(?:eral|érale?s?)\b|\bboth\s+(?:dialogues|processes)\b|"
    r"\btogether\s+with\s+the|\bacross\s+the\s+dialogues\b|\bles\s+deux\s+processus\b|"
    r"\b(?:the|of)\s+two\s+(?:dialogues|processes)\b|\bdes\s+deux\s+(?:dialogues|processus)\b",
    re.IGNORECASE,
)
# a word of every alternative of _JOINT that starts a token ("conjointes" follows the
# meeting noun, "two" and "deux" follow "the", "les", "des")
_JOINT_CUES = Cues(
    exact=("joint", "jointly", "both", "together", "across", "two", "deux"),
    prefixes=("conjointe", "trilat"),
)
# two dialogues written as one subject: "the Khartoum Process and the Rabat Process met"
_PAIR_GAP = re.compile(
    r"\s*(?:,|and|et|&|y|e)\s*(?:the\s+|du\s+|le\s+|de\s+|di\s+|del\s+|do\s+)?", re.IGNORECASE
)
# a second dialogue whose partners are invited to or take part in the meeting
_PARTICIPATION = re.compile(
    r"\b(?:invited|invités?|invitées?|taking\s+part|take\s+part|took\s+part|particip\w*|"
    r"rejoindr\w*|join(?:ed|s)?|homologues|counterparts|together\s+with|aux\s+côtés)\b",
    re.IGNORECASE,
)
# a dialogue named as the meeting's guests: "members of the X Process were also invited"
_GUEST_BEFORE = re.compile(
    r"\b(?:members|partners|representatives|delegat(?:es|ions)|countries|states|"
    r"membres|partenaires|représentants|délégations|délégués|pays|états)\s+"
    r"(?:of\s+(?:the\s+)?|from\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l'|des\s+)\Z",
    re.IGNORECASE,
)
_INVITED = re.compile(r"\binvit(?:ed|ée?s?)\b", re.IGNORECASE)
# "the summit was not a meeting of either dialogue"
_NOT_DIALOGUE = re.compile(
    r"\bnot\s+(?:a\s+)?(?:meeting|event|activity|part)\s+of\s+(?:either|any|the|both)\b|"
    r"\bn'(?:était|est|a\s+pas\s+été)\s+pas\s+une\s+(?:réunion|activité)\s+d",
    re.IGNORECASE,
)
_NOT_DIALOGUE_CUES = Cues(exact=("not", "n"))
# the gap between a dialogue and "Joint …" written after it
_BEFORE_JOINT = re.compile(r"\s*(?:,|and|&|et|'s|’s)?\s*(?:the\s+)?", re.IGNORECASE)
# the gap between "… Meeting" and a dialogue written after it ("of", "between")
_AFTER_JOINT = re.compile(
    r"(?:\s+(?:de\s+haut\s+niveau|high[- ]level|thématique|thematic|technique|"
    r"technical|ministérielle|ministerial))?"
    r"\s*(?:,|and|&|et)?\s*(?:of|between|with|du|des|de|entre)?\s*"
    r"(?:the|le|la|les)?\s*",
    re.IGNORECASE,
)

#: a dialogue given to a record: its name, the mention that gives it, and whether it is
#: inherited from the surrounding document rather than named for the meeting
Chosen = tuple[str, NameMatch, bool]


def resolve_dialogues(ctx: FieldContext, record: MeetingRecord) -> None:
    """``dialogues``: those shared by a joint meeting, the one named for the meeting, or
    the dialogue of the surrounding passage or document."""
    doc, spans, kind = ctx.doc, ctx.spans, ctx.kind
    mentions = dialogue_mentions(doc, spans)
    joint_text = _told_as_joint(ctx, mentions)
    chosen: list[Chosen]
    if record.kind == "joint_meeting" or joint_text:
        chosen = _joint_dialogues(ctx, mentions)
        rule = "dialogue:joint meeting"
    elif ctx.secondary and mentions and kind is not None:
        nearest = min(mentions, key=lambda n: abs(n.start - kind.start))
        entry = nearest.first("dialogue")
        assert entry is not None
        chosen = [(entry.name, nearest, False)]
        rule = "dialogue:nearest to the meeting noun"
    else:
        chosen = _named_dialogues(ctx, mentions)
        rule = "dialogue:named for the meeting"
    if not chosen:
        owner = ctx.inherited or doc.owner or _only_dialogue(ctx)
        if owner is not None:
            chosen.append((owner[0], owner[1], True))
    if any(found_in(doc, _NOT_DIALOGUE, _NOT_DIALOGUE_CUES, s, e) for s, e in spans):
        chosen = []
    record.dialogues = sorted({c[0] for c in chosen})
    for _name, n, inherited_flag in chosen:
        note = "dialogue of the surrounding document" if inherited_flag else None
        ctx.add("dialogues", n.start, n.end, inherited_flag, note,
                "dialogue:of the surrounding document" if inherited_flag else rule)  # fmt: skip


def _only_dialogue(ctx: FieldContext) -> tuple[str, NameMatch] | None:
    """The one dialogue the meeting's passage names, when it names only one ("Upon request
    of the Rabat Process partners, … On 16 September, the report will be discussed at a
    virtual meeting"): a passage about one dialogue tells of that dialogue's meetings."""
    named = dialogue_mentions(ctx.doc, [(ctx.passage.start, ctx.passage.end)])
    names = {entry.name for n in named if (entry := n.first("dialogue")) is not None}
    if len(names) != 1:
        return None
    return names.pop(), named[0]


def dialogue_mentions(doc: Document, spans: list[Span]) -> list[NameMatch]:
    """Dialogues (not declarations or programmes) named inside ``spans``."""
    return doc.within("dialogues", spans)


def dominant(doc: Document, spans: list[Span]) -> tuple[str, NameMatch] | None:
    """The dialogue ``spans`` name most often; none when two are named equally often
    (a page about "meetings shared by the Rabat Process and the Khartoum Process" gives
    neither to an entry that names none)."""
    counted = _counted(dialogue_mentions(doc, spans))
    if not counted:
        return None
    if len(counted) >= 2:
        (_a, _n, a_count), (b, _m, b_count) = counted[0], counted[1]
        if a_count == b_count and dialogue_kinds().get(b) in OWNER_KINDS:
            return None
    return counted[0][0], counted[0][1]


def _counted(mentions: list[NameMatch]) -> list[tuple[str, NameMatch, int]]:
    """Each dialogue of ``mentions`` with its first mention and how often it is named,
    owner dialogues first, then the most named, then the first named."""
    kinds = dialogue_kinds()
    counts: dict[str, int] = {}
    first: dict[str, NameMatch] = {}
    for n in mentions:
        entry = n.first("dialogue")
        assert entry is not None
        counts[entry.name] = counts.get(entry.name, 0) + 1
        first.setdefault(entry.name, n)
    order = sorted(
        counts,
        key=lambda name: (
            kinds.get(name) not in OWNER_KINDS,
            -counts[name],
            first[name].start,
        ),
    )
    return [(name, first[name], counts[name]) for name in order]


def _ranked(mentions: list[NameMatch]) -> list[tuple[str, NameMatch]]:
    return [(name, n) for name, n, _count in _counted(mentions)]


def _told_as_joint(ctx: FieldContext, mentions: list[NameMatch]) -> bool:
    """Whether the sentences of the meeting's noun or dates tell of a shared meeting."""
    doc, spans = ctx.doc, ctx.spans
    # the sentences that hold the meeting's noun or one of its dates
    held = [a.start for a in ctx.anchors] + ([ctx.kind.start] if ctx.kind is not None else [])
    focus = [
        sp for sp in containing(ctx.sentence_spans, held) if in_spans(spans, sp[0])
    ] or spans  # fmt: skip
    return any(found_in(doc, _JOINT, _JOINT_CUES, s, e) for s, e in focus) or _paired(
        doc.text, mentions, focus
    )


def _paired(text: str, mentions: list[NameMatch], spans: list[Span]) -> bool:
    """Two different dialogues joined by "and" inside one of ``spans``."""
    for a, b in itertools.pairwise(mentions):
        if a.entries[0].name == b.entries[0].name or not in_spans(spans, a.start, b.end):
            continue
        if _PAIR_GAP.fullmatch(text, a.end, b.start):
            return True
    return False


def _joint_dialogues(ctx: FieldContext, mentions: list[NameMatch]) -> list[Chosen]:
    """The dialogues of a shared meeting: those written next to "Joint …", else the owner
    dialogues named, completed to two by the surrounding or the heading's dialogues."""
    doc = ctx.doc
    chosen: list[Chosen] = []
    adjacent: list[NameMatch] = []
    for k in doc.within("kinds", ctx.spans):
        if k.kind == "joint_meeting":
            adjacent += _adjacent_dialogues(doc, k)
    pool = adjacent or [
        n for n in mentions if dialogue_kinds().get(n.entries[0].name) in OWNER_KINDS
    ]
    for name, n in _ranked(pool):
        if dialogue_kinds().get(name) in OWNER_KINDS or adjacent:
            chosen.append((name, n, False))
    owner = ctx.inherited or doc.owner
    if len(chosen) < 2 and owner and all(c[0] != owner[0] for c in chosen):
        chosen.append((owner[0], owner[1], True))
    if len(chosen) < 2 and not mentions:
        _add_heading_dialogues(doc, chosen)
    return chosen


def _add_heading_dialogues(doc: Document, chosen: list[Chosen]) -> None:
    """Complete ``chosen`` to two with the owner dialogues the document's heading names."""
    # "the two dialogues" of a page headed "Meetings shared by the Rabat Process
    # and the Khartoum Process"
    for n in doc.names:
        entry = n.first("dialogue")
        if n.start >= doc.heading_end or len(chosen) >= 2:
            break
        if (
            entry is not None
            and dialogue_kinds().get(entry.name) in OWNER_KINDS
            and all(c[0] != entry.name for c in chosen)
        ):
            chosen.append((entry.name, n, True))


def _adjacent_dialogues(doc: Document, kind: KindMention) -> list[NameMatch]:
    """Dialogues written right before "Joint …" or right after "… of/between"."""
    text = doc.text
    found: list[NameMatch] = []
    dialogues = [
        n for n in doc.names if n.first("dialogue") and not in_spans(doc.tags, n.start, n.end)
    ]
    pos = kind.start
    for n in reversed([n for n in dialogues if n.end <= kind.start]):
        gap = text[n.end : pos]
        if _BEFORE_JOINT.fullmatch(gap):
            found.insert(0, n)
            pos = n.start
        else:
            break
    pos = kind.end
    for n in [n for n in dialogues if n.start >= kind.end]:
        gap = text[pos : n.start]
        if _AFTER_JOINT.fullmatch(gap) and (n.start - pos) < 25:
            found.append(n)
            pos = n.end
        else:
            break
    return found


def _named_dialogues(ctx: FieldContext, mentions: list[NameMatch]) -> list[Chosen]:
    """The dialogue named most for the meeting, with the dialogues whose partners take
    part in it; the surrounding dialogue first when the named ones are only its guests."""
    doc = ctx.doc
    ranked = _ranked(mentions)
    if _only_heading_pair(ctx, mentions, ranked):
        # a list entry whose only dialogues are the two its page's heading names: the
        # heading settles nothing
        ranked = []
    owner = ctx.inherited or doc.owner
    if (
        ranked
        and owner is not None
        and all(_guest(doc, n, ctx.sentence_spans) for n in mentions)
        and all(name != owner[0] for name, _n in ranked)
    ):
        # "members of the Khartoum Process were also invited" to an entry of a list of
        # the surrounding dialogue's meetings: the meeting stays that dialogue's own
        return [(owner[0], owner[1], True)] + [(name, n, False) for name, n in ranked]
    if not ranked:
        return []
    chosen: list[Chosen] = [(ranked[0][0], ranked[0][1], False)]
    for other_name, _first in ranked[1:]:
        taking_part = _taking_part(ctx, mentions, other_name)
        if taking_part is not None:
            chosen.append((other_name, taking_part, False))
    return chosen


def _only_heading_pair(
    ctx: FieldContext, mentions: list[NameMatch], ranked: list[tuple[str, NameMatch]]
) -> bool:
    """Whether a list entry names only the (two or more) owner dialogues of its page's
    heading, before the entry's own heading."""
    heading = ctx.passage.heading
    owned = [name for name, _n in ranked if dialogue_kinds().get(name) in OWNER_KINDS]
    return (
        heading is not None
        and len(owned) >= 2
        and all(n.start < min(ctx.doc.heading_end, heading[0]) for n in mentions)
    )


def _taking_part(ctx: FieldContext, mentions: list[NameMatch], name: str) -> NameMatch | None:
    """The first mention of dialogue ``name`` in a sentence that says its partners are
    invited to or take part in the meeting."""
    # partners of another dialogue invited to / taking part in the meeting
    for mention in mentions:
        entry = mention.first("dialogue")
        if entry is None or entry.name != name:
            continue
        where = next((x for x in ctx.sentence_spans if x[0] <= mention.start < x[1]), None)
        if where is not None and _PARTICIPATION.search(ctx.doc.text, *where):
            return mention
    return None


def _guest(doc: Document, mention: NameMatch, sentence_spans: list[Span]) -> bool:
    """A dialogue named only as invited guests ("members of the X were also invited")."""
    text = doc.text
    if not _GUEST_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False
    sentence = next((s for s in sentence_spans if s[0] <= mention.start < s[1]), None)
    return sentence is not None and bool(_INVITED.search(text, *sentence))
