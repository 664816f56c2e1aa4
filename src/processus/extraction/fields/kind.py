"""The meeting's kind: which meeting noun of the passage names this record's meeting."""

from __future__ import annotations

import re

from processus.extraction.dates import DateMention
from processus.extraction.document import Document, Span, containing
from processus.extraction.fields.context import FieldContext
from processus.extraction.kinds import KindMention
from processus.extraction.records import MeetingRecord

_RELATIONAL = re.compile(
    r"(?:in\s+the\s+margins?\s+of|on\s+the\s+(?:sidelines|margins?)\s+of|at\s+the\s+end\s+of|"
    r"ahead\s+of|following|after|before|prior\s+to|en\s+marge\s+de|à\s+l'issue\s+de|"
    r"alongside|in\s+parallel\s+to|"
    # a meeting the date is counted from: "on the anniversary of the Valletta Summit", "ten
    # years since the Summit", "le dixième anniversaire du Sommet", "desde la Cumbre"
    r"anniversary\s+of|anniversaire\s+d[eu]|aniversario\s+de|anniversario\s+d\w*|"
    r"aniversário\s+d[aeo]|(?:years?|ans|années|años|anni|anos)\s+(?:after|since|après|depuis|"
    r"desde|después\s+de|dopo|após|depois\s+d[aeo])|"
    # a meeting held just before or after the one the sentence reports: "The SOM took place
    # in Accra on 4 March, followed by a side event", "précédée d'une réunion du comité"
    r"(?:followed|preceded)\s+by|(?:suivie?s?|précédée?s?)\s+(?:d['’]une?|par)|"
    r"(?:seguid[oa]s?|precedid[oa]s?)\s+(?:de|por)|(?:seguit[oa]|precedut[oa])\s+da|"
    # a meeting another one prepares: "met in Madrid to prepare the Ministerial Conference"
    r"to\s+prepare(?:\s+for)?|in\s+preparation\s+(?:for|of)|paving\s+the\s+way\s+(?:for|to)|"
    r"en\s+vue\s+de|pour\s+préparer|en\s+préparation\s+de|para\s+preparar|"
    r"per\s+preparare|in\s+vista\s+d[ei]|"
    # a meeting that prepares another: "an expert meeting preparatory to the Ministerial
    # Conference", "une réunion préparatoire à la conférence ministérielle", "reunión
    # preparatoria de la conferencia", "riunione preparatoria della conferenza",
    # "reunião preparatória da conferência", "en preparación de", "in preparazione della",
    # "em preparação da", "in the run-up to"
    r"preparatory(?:\s+(?:meeting|session|workshop|consultation)s?)?\s+(?:to|for|of)|"
    r"in\s+the\s+run-up\s+to|préparatoires?\s+(?:à|au|aux|de|du|d['’])|"
    r"preparatori[oa]s?\s+(?:de|del|para)|preparatori[oaie]\s+(?:della|del|alla|al|per)|"
    r"preparatóri[oa]s?\s+(?:da|do|para|à|ao)|en\s+preparación\s+de|"
    r"in\s+preparazione\s+d[ei]\w*|em\s+preparação\s+d[aeo]s?)"
    # the words between the cue and the noun stay on one line: a heading "Preparatory
    # meeting for the Ministerial Conference" relates no noun of the next line to it
    r"\s+(?:the\s+|la\s+|le\s+|l'|du\s+|de\s+la\s+)?"
    r"(?:[\w'’-]+[^\S\n]+){0,6}\Z",
    re.IGNORECASE,
)
# a substring of every alternative of _RELATIONAL (which has no leading \b)
_RELATIONAL_CUES = ("margin", "sideline", "end", "ahead", "follow", "after", "before",
                    "anniver", "aniver", "since", "depuis", "desde", "después", "dopo", "após",
                    "après", "depois",
                    "prior", "marge", "issue", "alongside", "parallel", "prepar", "paving",
                    "vue", "vista", "run-up", "prépar", "preced", "précéd", "suivi",
                    "seguid", "seguit")  # fmt: skip
# the nouns that only say "a meeting"; a summit, a forum or a round table is named
# (es/it/pt: "reunión", "riunione", "reunião", "conferencia", "conferenza", "conferência",
# "encuentro", "incontro", "encontro")
_GENERIC_KIND = re.compile(
    r"(?:meetings?|conferences?|réunions?|conférences?|reuni[oó]n(?:es)?|riunion[ei]|"
    r"reuni(?:ão|ões)|conferencias?|conferenz[ae]|confer[eê]ncias?|encuentros?|incontr[oi]|"
    r"encontros?)",
    re.IGNORECASE,
)


def resolve_kind(ctx: FieldContext, record: MeetingRecord) -> None:
    """``record.kind`` from the chosen noun, the list's title or the entry's heading."""
    doc, passage, kind = ctx.doc, ctx.passage, ctx.kind
    listed = doc.listed_kind if passage.shape == "listing" and not ctx.secondary else None
    if listed is not None and (kind is None or kind.kind == "other"):
        # an archive of "ministerial conferences" lists ministerial conferences
        record.kind = listed.kind
        ctx.add("kind", listed.start, listed.end, True, "kind named by the list's title",
                "kind:named by the list's title")  # fmt: skip
    elif kind is not None:
        record.kind = kind.kind
        rule = KIND_PASSING if ctx.secondary and ctx.anchors else KIND_NEAREST
        ctx.add("kind", kind.start, kind.end, rule=rule if ctx.anchors else KIND_FIRST)
    elif passage.heading is not None and not ctx.secondary:
        record.kind = "other"
        ctx.add("kind", *passage.heading, True, "listed as a meeting", "kind:list entry")
    if doc.explain is not None:
        _explain_kinds(ctx, record)


# the rules that choose the meeting's noun (see choose_kind)
KIND_PASSING = "kind:noun of a meeting told in passing"
KIND_NEAREST = "kind:nearest noun to the date"
KIND_FIRST = "kind:first specific noun"


def _explain_kinds(ctx: FieldContext, record: MeetingRecord) -> None:
    """Log the meeting nouns of the spans that did not give the kind, and why."""
    doc, chosen = ctx.doc, ctx.kind
    if chosen is None:
        return
    for k in doc.within("kinds", ctx.spans):
        if k is not chosen and k.kind == chosen.kind:
            continue  # another mention of the same kind of meeting
        if k is chosen:
            if record.kind != k.kind:
                ctx.reject(
                    "kind", k.start, k.end, "a generic noun: the list's title names the kind"
                )
            continue
        if not ctx.secondary and _relational(doc, k):
            reason = "another meeting, told in relation to this one ('ahead of', 'en marge de')"
        elif k.kind == "other" and _GENERIC_KIND.fullmatch(k.text) and chosen.kind != "other":
            reason = f"a generic noun: the specific '{chosen.text}' names the meeting"
        elif ctx.secondary and ctx.anchors:
            reason = (
                f"a meeting told in passing takes the noun written by its date, '{chosen.text}'"
            )
        elif ctx.anchors:
            reason = f"farther from the meeting's date than '{chosen.text}'"
        else:
            reason = f"no date: the first specific noun, '{chosen.text}', names the meeting"
        ctx.reject("kind", k.start, k.end, f"{k.kind} not chosen: {reason}")


def choose_kind(
    doc: Document,
    spans: list[Span],
    anchors: list[DateMention],
    sentence_spans: list[Span],
    relational_ok: bool,
    exclude: frozenset[int] = frozenset(),
) -> KindMention | None:
    """The meeting noun of the meeting dated by ``anchors`` inside ``spans``.

    ``relational_ok``: the meeting is told in passing, so a noun written "in the margins
    of …" may be its own; ``exclude``: starts of nouns already taken by other meetings.
    """
    kinds = [k for k in doc.within("kinds", spans) if k.start not in exclude]
    if relational_ok and anchors and kinds:
        return _kind_told_in_passing(doc, kinds, anchors[0])
    if not relational_ok:
        related = [k for k in kinds if _relational(doc, k)]
        kinds = [k for k in kinds if k not in related and not _told_again(doc, k, related)] or kinds
    if not kinds:
        return None
    specific = [k for k in kinds if k.kind != "other" or not _GENERIC_KIND.fullmatch(k.text)]
    if anchors:
        # a noun that "and a …" adds after the date names a second meeting, not the dated
        # one: "will host the SOM in Abidjan on 14–15 April, and a thematic meeting later"
        added = [k for k in kinds if _added_after(doc, k, anchors[0])]
        if added and len(added) < len(kinds):
            kinds = [k for k in kinds if k not in added]
            specific = [k for k in specific if k not in added] or kinds
        return _kind_nearest_date(kinds, specific, anchors, sentence_spans, _headline(doc))
    return specific[0] if specific else kinds[0]


# a second meeting added after a date: ", and a thematic meeting", "ainsi qu'un atelier",
# "as well as a workshop", "y un taller", "e un seminario", "e uma oficina"
_ADDED = re.compile(
    r"[^.;!?\n]{0,40}?(?:,\s*)?\b(?:(?:and|as\s+well\s+as|et|y|e|así\s+como|nonché)\s+|"
    r"ainsi\s+qu['’]\s*)(?:also\s+|aussi\s+|también\s+|anche\s+|também\s+)?"
    r"(?:an?|une?|un|una|uno|uma|another|other|d['’]autres|otr[oa]s?|altr[oie]|outr[oa]s?|"
    r"two|three|several|deux|trois|plusieurs|dos|tres|varios|due|tre|vari|dois|três|vários)\s+"
    r"(?:[\w'’-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _added_after(doc: Document, kind: KindMention, anchor: DateMention) -> bool:
    return anchor.end <= kind.start and _ADDED.match(doc.text, anchor.end, kind.start) is not None


_DEFINITE = re.compile(r"\b(?:the|this|la|le|l['’]|cette|el|esta|il|questa|a)\s*\Z", re.I)


def _told_again(doc: Document, noun: KindMention, related: list[KindMention]) -> bool:
    """Whether the generic ``noun`` names again a meeting told before in relation to
    another ("… on the sidelines of the Ministerial Conference in Rome. The conference
    was hosted by Italy"): it is that meeting, not the sentence's own."""
    if not related or not _GENERIC_KIND.fullmatch(noun.text):
        return False
    if not _DEFINITE.search(doc.text, max(0, noun.start - 8), noun.start):
        return False
    word = noun.text.lower().rstrip("s")
    return any(r.end <= noun.start and word in r.text.lower() for r in related)


def _kind_told_in_passing(
    doc: Document, kinds: list[KindMention], anchor: DateMention
) -> KindMention:
    """The noun of another meeting dated in passing by ``anchor``."""
    # another meeting dated in passing: the meeting noun written just before its date
    before = [k for k in kinds if k.end <= anchor.start]
    if before:
        return before[-1]
    # "On 31 January, on the margins of the SOM, a side event …": the side event
    after = [k for k in kinds if not _relational(doc, k)] or kinds
    nearest = min(after, key=lambda k: abs(k.start - anchor.start))
    return specific_of_generic(doc, nearest, after)


# "Meeting of the Steering Committee", "Réunion du Comité de pilotage", "Riunione del
# Comitato direttivo": the generic noun's complement is the specific noun
_OF_THE = re.compile(
    r"\s+(?:of\s+the|of|du|de\s+la|de|des|del|de\s+los|della|dello|dei|do|da|dos)\s+\Z",
    re.IGNORECASE,
)


def specific_of_generic(doc: Document, noun: KindMention, kinds: list[KindMention]) -> KindMention:
    """The specific noun that completes the generic ``noun`` ("Meeting of the Steering
    Committee"), else ``noun``: the date before the two names one meeting."""
    if noun.kind != "other" or not _GENERIC_KIND.fullmatch(noun.text):
        return noun
    following = [k for k in kinds if k.start > noun.end and k.kind != "other"]
    if following:
        nxt = min(following, key=lambda k: k.start)
        if nxt.start - noun.end <= 12 and _OF_THE.match(doc.text[noun.end : nxt.start]):
            return nxt
    return noun


def _headline(doc: Document) -> int:
    """Where the document's first non-blank line ends."""
    first = len(doc.text) - len(doc.text.lstrip())
    end = doc.text.find("\n", first)
    return len(doc.text) if end == -1 else end


def _kind_nearest_date(
    kinds: list[KindMention],
    specific: list[KindMention],
    anchors: list[DateMention],
    sentence_spans: list[Span],
    headline_end: int = 0,
) -> KindMention:
    """The noun closest to the meeting's dates, a specific one in their sentence first;
    when their sentence names none ("The meeting will take place on 18-19 March"), the
    one the page's first line names ("Concept note – Rabat Process thematic meeting on
    …") rather than one told in the background."""
    anchor_sentences = containing(sentence_spans, [a.start for a in anchors])

    def distance(k: KindMention) -> int:
        # the gap between the noun and the date, whichever comes first
        return min(
            a.start - k.end if k.end <= a.start else max(0, k.start - a.end) for a in anchors
        )

    in_sentence = [k for k in specific if any(s <= k.start < e for s, e in anchor_sentences)]
    if in_sentence:
        return min(in_sentence, key=distance)
    # a plural there ("Workshops and trainings of …") names sorts of meetings, not one
    headline = [k for k in specific if k.start < headline_end and not k.text.endswith("s")]
    if headline and len({k.kind for k in headline}) == 1:
        return headline[0]
    if specific:
        return min(specific, key=distance)
    return min(kinds, key=distance)


def _relational(doc: Document, kind: KindMention) -> bool:
    """The meeting noun follows "in the margins of", "ahead of", … (memoised)."""
    return told_in_relation(doc, kind.start)


def told_in_relation(doc: Document, start: int) -> bool:
    """Whether what starts at ``start`` (a meeting noun, a meeting's name) follows "in the
    margins of", "ahead of", "en vue de", …: another meeting than the one the passage
    holds (memoised)."""
    key = ("relational", start, start)
    found = doc.memo.get(key)
    if found is None:
        window = doc.text[max(0, start - 70) : start]
        found = doc.memo[key] = _may_relate(window) and bool(_RELATIONAL.search(window))
    return found


def _may_relate(window: str) -> bool:
    """False only when _RELATIONAL cannot match ``window``: none of its cues occurs in
    the lower-cased window (exact unless the window holds a character that
    case-insensitive matching equates with another ASCII letter, such as "ı")."""
    if not window.isascii() and any(c in window for c in "\u0130\u0131\u017f\u212a"):
        return True
    low = window.lower()
    for cue in _RELATIONAL_CUES:  # noqa: SIM110 - a plain loop, cheaper than any()
        if cue in low:
            return True
    return False


def noun_before(doc: Document, pos: int, reach: int) -> KindMention | None:
    """The meeting noun ending last within ``reach`` characters before ``pos``."""
    # a meeting noun is short: one that ends within reach starts after pos - reach - 60
    before = [
        k for k in doc.within("kinds", [(max(0, pos - reach - 60), pos)]) if pos - reach <= k.end
    ]
    if not before:
        return None
    last = before[-1]
    # "… after the Second Ministerial Meeting, held in Egypt": an aside after a comma
    # places the related meeting itself
    if told_in_relation(doc, last.start) and "," not in doc.text[last.end : pos]:
        head = _head_of_relation(doc, last)
        if head is not None:
            return head
    return last


_CLAUSE_BREAK = re.compile(r"[.;!?\n]")


def _head_of_relation(doc: Document, noun: KindMention) -> KindMention | None:
    """The meeting noun that ``noun``, told in relation, completes in its clause: "an
    expert meeting preparatory to the Ministerial Conference was held in Rome", "une
    réunion préparatoire à la conférence ministérielle s'est tenue à Rome" say where the
    expert meeting was held, not the conference; None when the relation opens the clause
    ("Ahead of the conference in Rome, senior officials met in Rabat")."""
    window_start = max(0, noun.start - 80)
    heads = [
        k
        for k in doc.within("kinds", [(window_start, noun.start)])
        if k.end <= noun.start and not told_in_relation(doc, k.start)
    ]
    if not heads or _CLAUSE_BREAK.search(doc.text, heads[-1].end, noun.start):
        return None
    return heads[-1]
