"""The action-plan domains the meeting addressed."""

from __future__ import annotations

import dataclasses
import re

from processus.extraction import themes as theme_rules
from processus.extraction.document import Document, Span
from processus.extraction.fields.context import FieldContext, new_evidence
from processus.extraction.fields.kind import noun_before
from processus.extraction.kinds import KindMention
from processus.extraction.records import MeetingRecord
from processus.extraction.titles import TitleMention

_TOPIC_LINK = re.compile(r"[^.!?\n]*?\b(?:on|sur|about|consacrée?\s+à|dedicated\s+to)\b[^.!?\n]*")
# a keyword in another sense: "retour d'expérience" (feedback), "return to in-person
# meetings", "mobility apps"
_OTHER_SENSE = re.compile(r"\s+(?:d'expériences?|to\b|apps?\b|applications?\b)", re.IGNORECASE)
_TOPIC_START = re.compile(
    r"\s+(?:on|sur|about|consacrée?\s+à)\s+(?:(?:the|la|le|les|l'|des|du)\s*)?\Z", re.IGNORECASE
)
_SAME_SUBJECT = re.compile(
    r"\b(?:on|about|with)\s+the\s+same\s+(?:subject|topic|theme|issue|focus)s?\b|"
    r"\bsur\s+(?:le|la)\s+même\s+(?:sujet|thème|thématique|question)\b",
    re.IGNORECASE,
)


def resolve_themes(ctx: FieldContext, record: MeetingRecord) -> None:
    """``themes``: the title's topic decides when it names one, else the keywords of the
    spans that speak of this meeting."""
    doc = ctx.doc
    hits: list[theme_rules.ThemeHit] = []
    rule = "themes:topic of the title"
    if record.title:
        titles: list[TitleMention] = doc.within("titles", ctx.spans)
        title_span = next(t for t in titles if t.title == record.title)
        hits = [h for h in doc.theme_hits if title_span.start <= h.start < title_span.end]
    if not theme_rules.score_domains(hits):
        hits = _meeting_themes(doc, doc.within("theme_hits", ctx.spans), record)
        rule = "themes:keywords of the meeting"
    record.themes = theme_rules.score_domains(hits)
    for domain in record.themes:
        hit = next(h for h in hits if h.domain == domain)
        ctx.add("themes", hit.start, hit.end, note=f"domain {domain}", rule=rule)


def _topic_of(doc: Document, pos: int) -> KindMention | None:
    """The meeting noun whose topic the keyword at ``pos`` is ("a thematic meeting on
    diaspora engagement", "un atelier sur le retour"), if any."""
    noun = noun_before(doc, pos, 60)
    if noun is not None and _TOPIC_LINK.fullmatch(doc.text, noun.end, pos) is not None:
        return noun
    return None


def _meeting_themes(
    doc: Document, hits: list[theme_rules.ThemeHit], record: MeetingRecord
) -> list[theme_rules.ThemeHit]:
    """The keyword hits that speak of this meeting.

    A keyword that is the topic of another kind of meeting is dropped: a senior
    officials' meeting that looks back on "a thematic meeting on diaspora engagement"
    did not address diaspora engagement itself.  When nothing else gives a domain, a
    weak keyword that opens the topic of this meeting's own noun ("a thematic meeting
    on return", "un atelier sur la traite") counts as strong.
    """
    out: list[theme_rules.ThemeHit] = []
    opening = []
    for hit in hits:
        if _practical(doc.text, hit):
            continue  # "Delegates requiring a visa should apply for an e-visa"
        noun = _topic_of(doc, hit.start)
        if noun is not None and noun.kind != "other":
            if noun.kind != record.kind:
                continue
            if _TOPIC_START.search(doc.text, noun.end, hit.start) and not _OTHER_SENSE.match(
                doc.text, hit.end
            ):
                opening.append(len(out))
        out.append(hit)
    if opening and not theme_rules.score_domains(out):
        strong = theme_rules.STRONG_SCORE
        for i in opening:
            out[i] = dataclasses.replace(out[i], score=strong)
    return out


# a participant's travel, not the meeting's subject: "Delegates requiring a visa should
# apply for an e-visa", "les délégués qui ont besoin d'un visa", "hotel accommodation"
_PRACTICAL = re.compile(
    r"\b(?:e-visas?|requir\w*\s+an?\s+visa|need\w*\s+an?\s+visa|apply\s+for\s+an?\s+(?:e-)?visa|"
    r"visa\s+(?:application|requirements?|on\s+arrival|support\s+letter)|"
    r"besoin\s+d['’]un\s+visa|demandes?\s+de\s+visa|necesit\w+\s+(?:un\s+)?visado|"
    r"solicitud\s+de\s+visado|richiesta\s+di\s+visto|pedido\s+de\s+visto|"
    r"accommodation|hébergement|alojamiento|alloggio|alojamento|per\s+diem|"
    r"travel\s+arrangements|billets?\s+d['’]avion|flight\s+tickets?)\b",
    re.IGNORECASE,
)


def _practical(text: str, hit: theme_rules.ThemeHit) -> bool:
    """Whether the keyword ``hit`` stands in a sentence of practical information."""
    start = max(text.rfind(".", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
    ends = [i for i in (text.find(".", hit.end), text.find("\n", hit.end)) if i != -1]
    end = min(ends) if ends else len(text)
    return _PRACTICAL.search(text, start, end) is not None


def same_subject(
    doc: Document, spans: list[Span], main: MeetingRecord, other: MeetingRecord
) -> None:
    """A meeting "on the same subject" as the passage's meeting shares its themes."""
    for start, end in spans:
        found = _SAME_SUBJECT.search(doc.text, start, end)
        if found is not None:
            other.themes = list(main.themes)
            other.evidence += [
                new_evidence(
                    doc,
                    "themes",
                    *found.span(),
                    True,
                    f"domain {domain}, as the main meeting of the passage",
                    "themes:same subject as the main meeting",
                )
                for domain in main.themes
            ]
            return
