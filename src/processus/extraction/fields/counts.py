"""How many participants and countries attended, how many recommendations came out."""

from __future__ import annotations

import re

from processus.extraction.counts import CountMention
from processus.extraction.fields.context import FieldContext
from processus.extraction.records import MeetingRecord


def resolve_counts(ctx: FieldContext, record: MeetingRecord) -> None:
    """Each count field from the first count of the spans that gives it."""
    counts: list[CountMention] = ctx.doc.within("counts", ctx.spans)
    if ctx.secondary and ctx.kind is not None:
        counts = [c for c in counts if not _brought_to(ctx, c)]
    for name, rule in _RULES:
        first = next((c for c in counts if c.field == name and not _a_part(c)), None)
        first = first or next((c for c in counts if c.field == name), None)
        if first is None:
            continue
        setattr(record, name, first.value)
        ctx.add(name, first.start, first.end, rule=rule)
        if name == "participants" and first.qualifier:
            record.participants_qualifier = first.qualifier
            assert first.qualifier_span is not None
            ctx.add("participants_qualifier", *first.qualifier_span, rule="count:qualifier")
        if ctx.doc.explain is not None:
            for c in counts:
                if c.field == name and c is not first:
                    ctx.reject(name, c.start, c.end, f"a later count of {name}: the first counts")


# what a meeting brings to the next one: "twelve recommendations that will be presented at
# the next Senior Officials' Meeting", "qui seront présentées lors de la prochaine réunion",
# "que se presentarán en", "che saranno presentate alla", "que serão apresentadas na",
# "to be submitted to", "soumises à"
_BROUGHT_TO = re.compile(
    r"\b(?:presented|submitted|brought|reported)\s+(?:at|to|before)\b|"
    r"\b(?:présentée?s?|soumises?|soumis|portée?s?)\s+(?:lors\s+d[eu]|à|au|devant)\b|"
    r"\b(?:presentad[oa]s?|sometid[oa]s?)\s+(?:en|a|al|ante)\b|"
    r"\b(?:presentat[eio]|sottopost[eio])\s+(?:alla|al|all['’]|nella|nel|in|a)\b|"
    r"\b(?:apresentad[oa]s?|submetid[oa]s?)\s+(?:na|no|à|ao|em|perante)\b",
    re.IGNORECASE,
)


def _brought_to(ctx: FieldContext, count: CountMention) -> bool:
    """Whether ``count`` (recommendations) is what an earlier meeting brings to this one,
    told in passing ("the debates identified twelve recommendations that will be presented
    at the next Senior Officials' Meeting"): the earlier meeting's, not this one's."""
    assert ctx.kind is not None
    if count.field != "recommendations" or count.end > ctx.kind.start:
        return False
    return bool(_BROUGHT_TO.search(ctx.doc.text, count.end, ctx.kind.start))


# a part of the attendance: "12 speakers and about 70 participants", "a réuni 12
# intervenants et environ 70 participants", "30 women participants among 70 attendees"; the
# whole, when the spans count it too, is the meeting's attendance
_PART = re.compile(
    r"\b(?:speakers?|panell?ists?|moderators?|experts?|women|men|youth|young|"
    r"intervenants?|orat(?:eur|rice)s?|panélistes?|modérat(?:eur|rice)s?|femmes|hommes|jeunes|"
    r"ponentes?|moderador(?:es|as?)|expert[oa]s|mujeres|hombres|jóvenes|"
    r"relator[ei]|relatrici|moderator[ei]|espert[ie]|donne|uomini|giovani|"
    r"oradores?|palestrantes?|especialistas|mulheres|homens|jovens)\b",
    re.IGNORECASE,
)


def _a_part(count: CountMention) -> bool:
    return count.field == "participants" and _PART.search(count.text) is not None


# each count field and the rule that fills it: the first count of the spans
_RULES = (
    ("participants", "count:participants"),
    ("countries_count", "count:countries"),
    ("recommendations", "count:recommendations"),
)
