"""Sentences of a passage that tell of a meeting other than the passage's own.

A passage is about (at most) one main meeting, but it may date another one in passing
("the previous meeting … in July 2019 in Madrid"), report what happened beside it ("a
side event gathered 130 participants") or look back on one by its year ("their first
joint thematic meeting took place in Luxor in 2017").  These sentences become records
of their own (see :mod:`processus.extraction.passages`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable

from processus.extraction.dates import DateMention
from processus.extraction.document import Document, Span, found_in, kind_starts_in
from processus.extraction.fields.dates import same_date
from processus.extraction.fields.same_as_before import told_as_same
from processus.extraction.kinds import KindMention
from processus.extraction.scan import Cues

# the words that open a clause telling of a meeting in passing, before the one the
# sentence reports ("following the ministerial conference in Cádiz (December 2022)") or
# ahead of it ("ahead of the conference in Rome in November 2026")
_OF_FR = r"(?:de|du|des|d['’])"
_OF_IT = r"(?:di|del|della|dello|delle|dei|degli|dell['’])"
_OF_PT = r"(?:de|da|do|das|dos)"
_IN_PASSING = (
    r"(?:following|after|one\s+year\s+after|building\s+on|ahead\s+of|in\s+follow-up\s+to|"
    r"in\s+the\s+wake\s+of|further\s+to|on\s+the\s+heels\s+of|"
    rf"à\s+la\s+suite\s+{_OF_FR}|suite\s+(?:à|au|aux)|dans\s+le\s+prolongement\s+{_OF_FR}|"
    rf"dans\s+le\s+sillage\s+{_OF_FR}|après|"
    r"después\s+del?|tras|a\s+raíz\s+del?|"
    rf"a\s+seguito\s+{_OF_IT}|dopo|sulla\s+scia\s+{_OF_IT}|"
    rf"na\s+sequência\s+{_OF_PT}|no\s+seguimento\s+{_OF_PT}|após)"
    r"(?:\s|(?<=['’]))"
)
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:and|et|y|e|ed|while|tandis\s+que|alors\s+que|mientras\s+que|mentre)\s+|;\s+|"
    # a second meeting after a word of sequence: "…, then a thematic meeting in Conakry in
    # July 2027", "…, puis une réunion", "…, luego", "…, poi", "…, depois"
    r",\s+(?:(?:and|et|y|e)\s+)?(?:then|puis|ensuite|luego|después|poi|quindi|depois)\s+|"
    # the next item of a series of meetings: "… in Nairobi on 2 March 2023, a Senior
    # Officials' Meeting in Rome on 4 October 2023 and …", ", une réunion …", ", un taller …"
    r",\s+(?=(?:an?|une?|una|uno|uma|um)\s)|"
    # a meeting recalled in passing: "…, following the ministerial conference in Cádiz
    # (December 2022)", "…, à la suite de la conférence de Rabat (juillet 2006)"
    rf",\s+(?={_IN_PASSING})|"
    # a meeting recalled as the one before: "…, built on the conclusions of | the previous
    # workshop, held in Tbilisi in March 2019", "| la réunion précédente, tenue à Abidjan
    # en mars 2023", "| el seminario anterior", "| la riunione precedente", "| a última"
    r"\s+(?=(?:the|its|their|la|le|l['’]|el|il|lo|a|o|sa|son|su|sua|du|del|al|della|dello|"
    r"dal|do|da)\s*(?:[\w-]+\s+)?"
    r"(?:previous|preceding|last|earlier|précédente?|dernière?|anterior|precedente|"
    r"ultima|ultimo|última|último)(?!\w))|"
    # a meeting the first one prepares, dated after it: "an expert meeting was held in
    # Brussels on 1 September 2026 to prepare the Ministerial Conference, which will take
    # place in Rome in 2027", "pour préparer la conférence", "para preparar", "per
    # preparare", "em preparação da"
    r",?\s+(?=(?:to\s+prepare|in\s+preparation\s+(?:for|of)|pour\s+préparer|"
    r"en\s+vue\s+d|en\s+préparation\s+d|para\s+preparar|en\s+preparación\s+d|"
    r"per\s+preparare|in\s+vista\s+d|in\s+preparazione\s+d|em\s+preparação\s+d)\w*\s)",
    re.IGNORECASE,
)
# the same clause opening the sentence: "Following the ministerial conference in Cádiz
# (December 2022), a thematic meeting … was held …" (it ends at the first comma after
# its date, see _clause_starts)
_OPENS_IN_PASSING = re.compile(rf"\W*{_IN_PASSING}", re.IGNORECASE)
_COMMA = re.compile(r",\s")
# "the meeting", "la réunion", "this conference": the same meeting again
_ANAPHORIC = re.compile(
    r"\b(?:the|this|that|la|le|l'|cette|ce)\s*(?:same\s+|même\s+)?\Z", re.IGNORECASE
)
_NAMED_AFTER = re.compile(r"\s*[«\"“]")
# "la réunion précédente", "la reunión anterior": the article is not the same meeting's
_PREVIOUS_AFTER = re.compile(r"\s+(?:précédente?|anterior|precedente)\b")

_HELD = re.compile(
    r"\b(?:took\s+place|held|organi[sz]ed|hosted|convened|"
    r"s'est\s+(?:tenue?|déroulée?)|s'étai(?:en)?t\s+(?:tenue?s?|déroulée?s?)|(?:a|ont)\s+eu\s+lieu|"
    r"se\s+sont\s+(?:tenue?s|déroulée?s)|"
    r"avai(?:en)?t\s+(?:eu\s+lieu|organisée?s?|accueillie?s?|tenue?s?)|"
    r"a\s+(?:organisée?s?|accueillie?s?|tenue?s?)|"
    # the participle alone, as "held" ("la réunion conjointe organisée à Malte en 2025"),
    # and the meeting to come ("will take place in Rome in 2027", "se tiendra à Rome en
    # 2027"); Spanish, Italian and Portuguese past, participle and future
    r"tenue?s?|organisée?s?|accueillie?s?|"
    r"will\s+(?:take\s+place|be\s+held|be\s+hosted|be\s+organi[sz]ed|hold|host|organi[sz]e|"
    r"convene)|takes\s+place|(?:planned|scheduled)\s+for|"
    r"se\s+tiendra|aura\s+lieu|se\s+déroulera|"
    r"se\s+(?:celebró|celebrará|realizó|realizará)|(?:tuvo|tendrá)\s+lugar|"
    r"celebrad[oa]s?|organizad[oa]s?|"
    r"si\s+è\s+(?:tenut[oa]|svolt[oa])|si\s+(?:terrà|svolgerà)|(?:ha\s+avuto|avrà)\s+luogo|"
    r"tenut[oaie]|svolt[oaie]|tenutasi|svoltasi|organizzat[oaie]|"
    r"realizou-se|realizar-se-á|decorreu|decorrerá|(?:teve|terá)\s+lugar|realizad[oa]s?)"
    r"(?!\w)",
    re.IGNORECASE,
)
# between a verb and its year: no clause break, once ", in Egypt," asides are set apart
_PLACE_ASIDE = re.compile(r",\s*(?:in|en|à|au|aux)?\s*[A-ZÀ-Ý][^,;:.\n]{1,30},")
_SAME_CLAUSE = re.compile(r"[^,;:.!?\n]{0,120}")
# a year that opens its sentence or clause: "Dès 2021, …", "Back in 2019, …", "In 2018, …"
_OPENS = re.compile(
    r"(?:[^.!?\n]*[:;]\s*)?(?:\w+\s+){0,2}?(?:dès|back\s+in|as\s+early\s+as|in|en|em|"
    r"nel)\s+",
    re.IGNORECASE,
)

# a meeting that did not (or not yet) take place
_UNREAL = re.compile(
    r"\b(?:possib\w*|planned|plans?\s+to|would|could|may|might|propos\w*|cancel\w*|"
    r"postpon\w*|envisag\w*|prévu\w*|annul\w*|report[ée]\w*|pourrait|éventuel\w*)\b",
    re.IGNORECASE,
)
_UNREAL_CUES = Cues.of(_UNREAL)
_AT_PLACE = re.compile(r"\b(?:in|at|à|au|aux|en)\s+\Z", re.IGNORECASE)
# told as part of, or beside, the passage's meeting
_ALONGSIDE = re.compile(
    r"\b(?:alongside|also|in\s+addition|additionally|as\s+part\s+of|on\s+the\s+sidelines|"
    r"in\s+the\s+margins?|programme|program|included|featured|également|aussi|en\s+marge|"
    r"en\s+parallèle|parallèlement|comprenait|a\s+inclus)\b",
    re.IGNORECASE,
)
_ALONGSIDE_CUES = Cues.of(_ALONGSIDE)
# a new meeting introduced by its noun: "a field visit", "their own side event", "une visite"
_INTRODUCED = re.compile(
    r"\b(?:a|an|un|une|una|uno|um|uma|(?:their|its|his|her)\s+own|leur\s+propre|"
    r"son\s+propre|sa\s+propre)"
    # "a meeting of the Steering Committee", "une réunion du comité", "una reunión del"
    r"\s+(?:(?:meeting|réunion|reunión|riunione|reunião)\s+(?:of\s+the|du|de\s+la|del|della|"
    r"dello|do|da)\s+|[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


def cut_clauses(
    doc: Document, sentence_spans: list[Span], dates: list[DateMention]
) -> tuple[list[Span], dict[Span, Span]]:
    """Sentences that date two meetings, cut in two clauses.

    "a virtual meeting was held in December 2021, and a thematic meeting took place in
    Málaga on 29-30 September 2022": each clause names and dates its own meeting, so
    each becomes a sentence of its own; the second value maps each clause to the whole
    sentence.  A sentence is cut only where both sides name a
    meeting, so "on 3 and 4 May" or a date range stays whole.
    """
    starts = [s for s, _e in sentence_spans]
    by_sentence: dict[int, list[DateMention]] = {}
    for d in dates:
        i = bisect_right(starts, d.start) - 1
        if i >= 0 and d.start < sentence_spans[i][1]:
            by_sentence.setdefault(i, []).append(d)
    whole: dict[Span, Span] = {}
    if all(len(inside) < 2 for inside in by_sentence.values()):
        return sentence_spans, whole
    out: list[Span] = []
    for i, (start, end) in enumerate(sentence_spans):
        inside = by_sentence.get(i, [])
        if len(inside) < 2:
            out.append((start, end))
            continue
        clauses = list(itertools.pairwise([*_clause_starts(doc, start, end, inside), end]))
        out += clauses
        if len(clauses) > 1:
            whole.update((clause, (start, end)) for clause in clauses)
    return out, whole


def _clause_starts(doc: Document, start: int, end: int, inside: list[DateMention]) -> list[int]:
    """Where the clauses of the sentence ``start``-``end`` start, given its dates.

    A clause that opens the sentence with a meeting told in passing ends at the first
    comma after its date, and what follows is the sentence's own clause even when it
    names no meeting ("Tras la reunión … celebrada en Accra en abril de 2024, los socios
    se reunieron en Dakar el 5 de mayo de 2026")."""
    pieces = [start]
    leading = opens_in_passing(doc, (start, end))
    for before, after in itertools.pairwise(inside):
        if same_date(before, after):
            continue
        # the opening clause runs to the first comma after its last date, and holds one
        # clause per meeting it recalls ("After the SOM in Praia (April 2023) | and the
        # thematic meeting in Brussels (November 2023) |, partners met …")
        cut = (_COMMA if leading else _CLAUSE_BREAK).search(doc.text, before.end, after.start)
        if leading and cut is None:
            cut = _CLAUSE_BREAK.search(doc.text, before.end, after.start)
            if (
                cut is not None
                and kind_starts_in(doc, pieces[-1], cut.start())
                and kind_starts_in(doc, cut.start(), after.start)
            ):
                pieces.append(cut.start())
            continue
        if cut is None or not kind_starts_in(doc, pieces[-1], cut.start()):
            continue
        if leading or _new_meeting_in(doc, cut.start(), end):
            pieces.append(cut.start())
            leading = False
    return pieces


def opens_in_passing(doc: Document, clause: Span) -> bool:
    """Whether ``clause`` opens with a meeting told in passing ("Following the ministerial
    conference in Cádiz (December 2022)", ", après la conférence de Rome (novembre 2024)")."""
    return _OPENS_IN_PASSING.match(doc.text, *clause) is not None


def _new_meeting_in(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a meeting other than one already told: a specific
    kind, or a generic noun that is not "the meeting" / "la réunion" again."""
    for k in doc.within("kinds", [(start, end)]):
        if k.kind != "other" or not _ANAPHORIC.search(doc.text, max(start, k.start - 12), k.start):
            return True
        if _NAMED_AFTER.match(doc.text, k.end) or _PREVIOUS_AFTER.match(doc.text, k.end):
            return True  # "la réunion « Solutions durables »": a meeting named anew
    return False


def year_dates(
    doc: Document,
    years: list[DateMention],
    meeting_dates: list[DateMention],
    sentence_of: Callable[[int], Span | None],
) -> list[DateMention]:
    """Years that date a past meeting of their own sentence.

    "their first joint thematic meeting took place in Luxor in 2017", "dès 2021, le
    Processus de Rabat avait organisé un atelier": the year is the meeting's date, at
    year precision, when the sentence names a meeting, says it was held, and gives no
    fuller date (``years``: the passage's years written "in 2017", "dès 2021"; the
    sentence may be a clause of a longer one).
    """
    out = []
    for d in years:
        sentence = sentence_of(d.start)
        if (
            sentence is None
            or any(sentence[0] <= m.start < sentence[1] for m in meeting_dates)
            or not kind_starts_in(doc, *sentence)
        ):
            continue
        if _year_of_held(doc.text, sentence, d):
            out.append(d)
    return out


# a year written as the meeting's own modifier: "at the 2019 Senior Officials Meeting in
# Ouagadougou", "the 2018 Joint Valletta Action Plan (JVAP) Senior Officials' Meeting",
# "lors de la réunion de 2019"
_ARTICLE_BEFORE = re.compile(r"\b(?:the|its|their|our|this|last\s+year's)\s+\Z", re.IGNORECASE)
_SPACES = re.compile(r"\s*")
_NAME_WORD = re.compile(r"\s+(?:[A-Z][\w'’-]*|\([A-Z]{2,8}\))")


def named_years(doc: Document, dates: list[DateMention]) -> list[DateMention]:
    """Years written before a meeting noun, as its modifier (see _ARTICLE_BEFORE); up to
    six capitalised words of a name may stand between.  Or after it, as its complement:
    "the Niamey meeting of 2018", "la réunion de Niamey de 2018" (see _YEAR_AFTER_NOUN)."""
    text = doc.text
    kind_starts = {k.start for k in doc.kinds}
    out = []
    for d in dates:
        if d.role != "year":
            continue
        if _year_after_noun(doc, d):
            out.append(d)
            continue
        if not _ARTICLE_BEFORE.search(text, max(0, d.start - 20), d.start):
            continue
        pos = d.end
        for _word in range(7):
            if _SPACES.match(text, pos).end() in kind_starts:  # type: ignore[union-attr]
                out.append(d)
                break
            word = _NAME_WORD.match(text, pos)
            if word is None:
                break
            pos = word.end()
    return out


# between a meeting noun and its year: "meeting of 2018", "réunion de Niamey de 2018",
# "conferenza di Roma del 2014", "conferência de Lisboa de 2007"
_OF = r"(?:of|de|del|di|do|da)"
_YEAR_AFTER_NOUN = re.compile(
    rf"(?:\s+{_OF}\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)?\s+{_OF}\s+(?:l['’]an\s+)?"
)


def _year_after_noun(doc: Document, d: DateMention) -> bool:
    """Whether the year ``d`` is written as the complement of a meeting noun just before it
    (with the meeting's city between: "la réunion de Niamey de 2018")."""
    text = doc.text
    for k in doc.within("kinds", [(max(0, d.start - 60), d.start)]):
        if _YEAR_AFTER_NOUN.fullmatch(text, k.end, d.start):
            return True
    return False


def _year_of_held(text: str, sentence: Span, d: DateMention) -> bool:
    """Whether the year ``d`` dates the verb that says the sentence's meeting was held."""
    held = [m for m in _HELD.finditer(text, *sentence)]
    # the year belongs to the verb: after it in the same clause ("held in Luxor, in
    # Egypt, in 2017"), or opening the sentence before it ("dès 2021, … avait organisé")
    before = [m for m in held if m.end() <= d.start]
    return bool(
        before and _SAME_CLAUSE.fullmatch(_PLACE_ASIDE.sub(" ", text[before[-1].end() : d.start]))
    ) or (
        any(m.start() > d.end for m in held)
        and _OPENS.fullmatch(text, sentence[0], d.start) is not None
    )


# a sentence that says its meeting takes place, with no date the page makes certain ("La
# réunion des hauts fonctionnaires tiendra ses travaux jeudi et vendredi à Rabat")
_HELD_HERE = re.compile(
    r"\b(?:will\s+take\s+place|takes\s+place|is\s+taking\s+place|will\s+be\s+held|"
    r"is\s+(?:being\s+)?held|tiendra\s+ses\s+travaux|se\s+tiendra|se\s+tient|aura\s+lieu|"
    r"se\s+déroulera|se\s+déroule|se\s+celebrará|tendrá\s+lugar|si\s+terrà|si\s+svolgerà|"
    r"terá\s+lugar|decorrerá)\b",
    re.IGNORECASE,
)
_HELD_HERE_CUES = Cues.of(_HELD_HERE)


# a subject held a meeting of its own, with its article: "The Rabat Process held a workshop
# on diaspora engagement in Praia", "l'OIM a organisé un atelier à Praia", "celebró un
# taller en Praia", "ha tenuto un seminario a Praia", "realizou uma oficina na Praia"
_HELD_A = re.compile(
    r"\b(?:held|hosted|organi[sz]ed|convened|(?:a|ont)\s+(?:tenu|organisé|accueilli)|"
    r"celebr(?:ó|aron)|organiz(?:ó|aron)|acogi(?:ó|eron)|(?:ha|hanno)\s+(?:tenuto|organizzato|"
    r"ospitato)|realiz(?:ou|aram)|organiz(?:ou|aram)|acolhe(?:u|ram))\s+"
    r"(?:a|an|une?|un|una|uma|another|its\s+(?:first|second|third))\b",
    re.IGNORECASE,
)


def placed_meeting(
    doc: Document, sentence: Span, anchor_sentence: Span | None, years: list[DateMention]
) -> bool:
    """Whether an undated sentence introduces a meeting of its own kind with its place.

    The contract makes a record of every meeting the text dates *or places*: a sentence
    told as part of or beside the passage's meeting ("alongside", "also", "the programme
    included"), a kind noun other than a generic one written as something new ("a",
    "their own"), of another kind than the dated meeting's sentence names, and a city
    after it with a preposition; or a sentence that says its meeting takes place there
    (see _HELD_HERE) though no date of it is certain.
    """
    start, end = sentence
    if not kind_starts_in(doc, start, end):
        return False  # most sentences name no meeting: spare the lists below
    kinds = [k for k in doc.within("kinds", [sentence]) if k.kind != "other"]
    if not kinds or any(
        (d.role == "meeting" and (d.first[1] is not None or d.has_year))
        or (d.role == "year" and _year_of_held(doc.text, sentence, d))
        for d in doc.within("dates", [sentence])
    ):
        return False  # dated: a record of its own already
    if found_in(doc, _UNREAL, _UNREAL_CUES, start, end):
        return False
    if _recalled_with_its_place(doc, sentence, kinds, anchor_sentence):
        return True
    held_here = found_in(doc, _HELD_HERE, _HELD_HERE_CUES, start, end) or (
        _HELD_A.search(doc.text, start, end) is not None
    )
    # "On the same day and in the same city, a side event …": placed by the one before
    same = told_as_same(doc, start, end)
    if not (held_here or same or found_in(doc, _ALONGSIDE, _ALONGSIDE_CUES, start, end)):
        return False
    main_kinds = (
        {k.kind for k in doc.within("kinds", [anchor_sentence])} if anchor_sentence else set()
    )
    for k in kinds:
        if k.kind in main_kinds or not (
            held_here or _INTRODUCED.search(doc.text, max(start, k.start - 30), k.start)
        ):
            continue
        if same:
            return True
        if any(
            p.city
            and p.preposition
            and p.start >= k.end
            and _AT_PLACE.search(doc.text, max(0, p.start - 6), p.start)
            for p in doc.within("venues", [sentence])
        ):
            return True
    return False


# the passage's own meeting as the subject of a sentence that recalls another one: "Hosted
# by Poland, the meeting took stock of progress since the Ministerial Conference of November
# 2024", "The meeting, hosted by Egypt, built on the workshop organised in Djibouti",
# "Accueillie par l'Égypte, la réunion a fait le bilan de la conférence de Rome"
_OWN_MEETING_SUBJECT = re.compile(
    r"\b(?:(?:the|this)\s+(?:same\s+)?(?:meeting|session|event)|"
    r"(?:la|cette)\s+(?:même\s+)?(?:réunion|rencontre|session)|"
    r"(?:la|esta)\s+(?:reunión|sesión)|(?:la|questa)\s+(?:riunione|sessione)|"
    r"(?:a|esta)\s+(?:reunião|sessão))\b",
    re.IGNORECASE,
)


def own_meeting_first(doc: Document, sentence: Span, other_start: int) -> bool:
    """Whether ``sentence`` names the passage's own meeting ("the meeting", "la réunion")
    before the other meeting it recalls, at ``other_start``: the roles and counts written
    before that one belong to the own meeting, not to the one recalled."""
    return _OWN_MEETING_SUBJECT.search(doc.text, sentence[0], other_start) is not None


# a meeting recalled with its place right after its noun: "the Rome Declaration, adopted at
# the Ministerial Conference in Rome", "the conclusions of the SOM in Malta", "la conférence
# ministérielle de Marrakech"
_AT_ITS_PLACE = re.compile(
    r"\s+(?:held\s+)?(?:in|at|à|au|en|de|em|a|di)\s+(?:the\s+)?\Z", re.IGNORECASE
)


# the meeting recalled is a complement: "adopted at the …", "the conclusions of the …",
# "since the …", "lors de la …", "durante la …"
_OBJECT_OF = re.compile(
    r"\b(?:at|of|during|since|after|following|from|to|de|du|des|lors\s+de|à|au|pendant|depuis|"
    r"après|del|durante|desde|tras|dalla|della|dal|dopo|da|do|na|no|pela|pelo|após)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+|a\s+|o\s+)?(?:[\w'’-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _recalled_with_its_place(
    doc: Document, sentence: Span, kinds: list[KindMention], anchor_sentence: Span | None
) -> bool:
    """Whether ``sentence`` recalls a meeting of a specific kind placed right after its noun,
    somewhere else than the passage's own meeting (the contract records every meeting the
    text places, recalled in passing too)."""
    venues = [v for v in doc.within("venues", [sentence]) if v.city or v.code]
    if not venues:
        return False
    own_places = (
        {v.city or v.code for v in doc.within("venues", [anchor_sentence])}
        if anchor_sentence
        else set()
    )
    own_kinds = (
        {k.kind for k in doc.within("kinds", [anchor_sentence])} if anchor_sentence else set()
    )
    for k in kinds:
        if k.kind in own_kinds and _ANAPHORIC.search(doc.text, max(0, k.start - 12), k.start):
            continue  # "The workshop took place in Kampala": the passage's own meeting again
        if not _OBJECT_OF.search(doc.text, max(sentence[0], k.start - 30), k.start):
            continue  # the sentence's subject or a headline, not a meeting recalled
        for v in venues:
            if v.start <= k.end or v.start - k.end > 20:
                continue
            elsewhere = (v.city or v.code) not in own_places
            if elsewhere and _AT_ITS_PLACE.search(doc.text, k.end, v.start):
                return True
    return False
