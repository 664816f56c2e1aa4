"""Who hosted, chaired and organised a meeting, from explicit phrasings only.

Each convention of the extraction contract is one named pattern below.  After a
trigger phrase ("co-chaired by", "sous la co-présidence de", "Co-organisers:") the
following *list of actors* is read: names joined by commas, "and", "et", "&", with
articles and appositions skipped ("Spain, as current Chair of the Rabat Process, and
Morocco").  Anything else ends the list, so "with support from Switzerland" or
"chaired by the presiding countries" adds nobody.

The host co-chairs: "hosted by X and co-chaired by Y" gives chairs [X, Y]; the X in
chairs is marked as inferred in its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from processus.extraction import role_rules, role_triggers
from processus.extraction.actors import ActorMention
from processus.extraction.branches import Branches
from processus.extraction.role_triggers import RoleRule, compile_rules
from processus.extraction.scan import FirstWords, Token, match_at_words

_I = re.IGNORECASE
T = TypeVar("T")

#: (name, roles it fills, pattern), read from the rule table
TRIGGERS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (rule.name, rule.roles, pattern) for rule, pattern in compile_rules(role_triggers.TRIGGERS)
)

# a post's flag before the name: "hosted by 🇬🇲 The Gambia"
_FLAG = re.compile(r"[ \t]*[\U0001F1E6-\U0001F1FF]{2}[ \t]*")
_FILLER = re.compile(
    # an embassy stands for its state: "organised by the Embassy of Spain in Senegal", "por
    # la Embajada de España", "dall'Ambasciata d'Italia"
    r"(?:(?:the\s+|la\s+|l['’]|el\s+|a\s+)?(?:embassy|ambassade|embajada|ambasciata|embaixada)"
    r"\s+(?:of|de|d['’]|du|del|dell['’]|della|do|da)\s*(?:the\s+|la\s+|l['’]|el\s+|il\s+|"
    r"o\s+|a\s+)?|"
    # "hosted by the 2020 Chair of the Khartoum Process, the Netherlands"
    r"(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:current\s+|new\s+)?(?:co-?)?chair(?:manship)?\s+of\s+the\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:Process|Dialogue)\s*,|"
    # a state body stands for its state: "the Ministry of the Interior of Senegal",
    # "le ministère de l'Intérieur du Sénégal"
    # "the Ministry for Home Affairs, Security and Employment of Malta"
    r"(?:ministry|ministère|ministerio|ministero|ministério|department)\s+(?:of|for|de|del|dell'|"
    r"do|da|dos|das|des|du|degli|dei|della|delle|de\s+los|de\s+las|de\s+la)"
    # (a comma only after a capitalised word of the name, the state's name last)
    r"\s+(?:the\s+|l'|la\s+)?(?:(?:(?-i:[A-ZÀ-Ý])[\w’-]*,|l['’][\w’-]+|[\w’-]+)\s+){0,8}"
    r"(?<![,]\s)(?:of|du|de\s+la|de\s+l'|de|d'|del|della|do|da)\s+(?!(?:the\s+)?(?-i:[a-z]))|"
    # a person named before the title that stands for the state: "chaired by Ms Jane Doe,
    # Director General of Migration of Ghana", "présidée par M. Jean Dupont, ministre de …"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|M|Mme|Sr|Sra|Dott|Sig|Sig\.ra|Dña|Dona)\.?\s+)?"
    r"(?-i:[A-ZÀ-Ý][\w'’-]+\s+){1,3}(?-i:[A-ZÀ-Ý][\w'’-]+),\s+(?=(?:the\s+|le\s+|la\s+|el\s+|il\s+|o\s+|a\s+)?"
    r"(?:(?:deputy|vice|prime|first)[\s-]+)?(?:minister|ministre|ministra|ministro|president|président|"
    r"presidente|secretary|secrétaire|director|directeur|directrice|directora|direttore|diretor|"
    r"ambassador|ambassadeur|embajador|ambasciatore|embaixador|head|commissioner|commissaire)\b)|"
    # a person who speaks for the state or body named after them: "chaired by Ambassador
    # Jan Novak on behalf of the Czech Presidency", "présidée par M. Jean Dupont, au nom de
    # la présidence", "en nombre de", "a nome del", "em nome de", "representing"
    r"(?:(?:Ambassador|Ambassadeur|Embajador|Minister|Mr|Mrs|Ms|Dr|Prof|M|Mme|Sr|Sra)\.?\s+)?"
    r"(?-i:[A-ZÀ-Ý][\w'’-]+\s+){0,3}(?-i:[A-ZÀ-Ý][\w'’-]+),?\s+(?:on\s+behalf\s+of|representing|"
    r"au\s+nom\s+d[eu]|en\s+nombre\s+de[l]?|a\s+nome\s+d(?:el|ella|ell['’]|i)?|"
    r"em\s+nome\s+d[aeo]s?)(?:\s+|(?<=['’]))(?:the\s+|la\s+|le\s+|l['’])?|"
    # a person stands for the state or body named after the title: "chaired by H.E. the
    # Minister of Interior of Senegal", "présidée par S.E. le ministre de l'Intérieur du
    # Sénégal", "presieduta dal Ministro dell'Interno dell'Italia", "the President of Niger"
    r"(?:H\.\s?E\.|S\.\s?E\.|(?:His|Her)\s+Excellency|Son\s+Excellence|Su\s+Excelencia|"
    r"Sua\s+(?:Eccellenza|Excelência))\s+|"
    r"(?:(?:deputy|vice|prime|first|permanent)[\s-]+)?(?:minister|ministre|ministra|ministro|president|"
    r"président|presidente|"
    # "the Secretary-General of the Ministry of …", "le secrétaire général du ministère …"
    r"(?:secretary|secrétaire|secretari[oa]|segretari[oa]|secretári[oa])"
    r"(?:[\s-]+(?:general|générale?|generale|geral))?|"
    r"ambassador|ambassadeur|embajador|ambasciatore|embaixador|"
    r"director(?:\s+general|-general)?|directeur(?:\s+général)?|directrice(?:\s+générale)?|"
    r"director[ae]?\s+general|direttore(?:\s+generale)?|diretor(?:a)?(?:-geral|\s+geral)?|"
    r"head|commissioner|commissaire)"
    r"(?:\s+(?:of|for|dell['’]|del|de|du|di|do|da|pour|para|per)(?:\s+|(?<=['’]))"
    r"(?:the\s+|l['’]|la\s+)?"
    # the words of the body's name; a ministry is the next name's ("the Secretary-General
    # of the Ministry of Foreign Affairs of Côte d'Ivoire")
    r"(?:(?!(?:ministry|ministère|ministerio|ministero|ministério)\b)[\w’-]+\s+){0,5}?"
    r"(?:of|du|de\s+la|de\s+l['’]|dell['’]|della|del|de|d['’]|do|da)(?:\s+|(?<=['’]))|"
    r"\s+(?:of|du|dell['’]|della|del|de|do|da)(?:\s+|(?<=['’]))(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?=(?-i:[A-ZÀ-Ý])|(?:ministry|ministère|ministerio|ministero|ministério)\b))|"
    r"\s|:|the\b|la\b|le\b|les\b|l'|"
    # the articles of the other languages (not "as", an English word): "com a OIM"
    r"(?:a|o|os|el|los|las|il|lo|gli)\b(?!['’-])|"
    # a state's long form: "the Federal Democratic Republic of Ethiopia", "the Islamic
    # Republic of Mauritania" (not "the Democratic Republic of the Congo", a name of its own)
    r"(?:(?:Federal|Royal|National|Transitional|Islamic|Arab|People['’]s|Socialist|Federative|"
    r"Plurinational|Bolivarian)\s+(?:Democratic\s+)?)?(?:government|authorities|Kingdom|"
    r"Republic)\s+of\b|"
    # "le Gouvernement de Madagascar", "del Gobierno de España", "del Governo dell'Italia",
    # "pelo Governo da Guiné-Bissau"
    r"(?:gouvernement|autorités|gobierno|autoridades|governo|autorità)\s+"
    r"(?:(?:de\s+la|de\s+los|de\s+las|du|des|del|della|dello|delle|dei|degli|di|do|da|dos|das|de)\b"
    r"|de\s+l'|dell'|d')|de\s+la\b|de\s+l'|du\b|des\b|"
    r"de\b|d')*",
    _I,
)
_PAREN = re.compile(r"\s*\([^()\n]{0,80}\)")
# an article a trigger phrase may end with and a name may begin with
_ARTICLE = re.compile(r"(?:la|le|les|l['’]|the|a|o|os|as|el|los|las|il|lo|gli|dos|das)\s*", _I)
_APPOSITION = re.compile(
    r",\s*(?:as|which|who|in\s+its\s+capacity|en\s+sa\s+qualité|en\s+tant\s+que|"
    r"current|actuel|qui|que)\b[^,.;\n]{0,90},",
    _I,
)
# the genitive a coordinated name repeats after its conjunction: "under the chairmanship of
# Morocco and of Spain", "sotto la presidenza del Marocco e della Spagna", "bajo la
# copresidencia de Marruecos y del Reino de España" (French "et de l'" is the filler's)
_GENITIVE = (
    r"(?:of\s+|del\s+|della\s+|dello\s+|delle\s+|degli\s+|dei\s+|dell['’]\s*|di\s+|"
    r"de\s+|do\s+|dos\s+|das\s+)"
)
_SEPARATOR = re.compile(
    r"\s*(?:,\s*(?:and\s+|et\s+|y\s+|e\s+|ed\s+)?(?:by\s+|par\s+|por\s+|da\s+)?|"
    r"\s+and\s+(?:by\s+|" + _GENITIVE + r")?|\s+et\s+(?:par\s+)?|"
    r"\s+(?:y|e|ed)\s+(?:por\s+|pela\s+|pelo\s+|pelos\s+|pelas\s+|da\s+|dal\s+|dalla\s+|"
    r"dall'|dai\s+|" + _GENITIVE + r")?|"
    r"\s*&\s*|\s+as\s+well\s+as\s+|\s*/\s*)",
    _I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# a finite verb right after a name that a comma and a conjunction joined: the name opens a
# clause of its own, it is no item of the list ("in partnership with Senegal, and the
# Secretariat took part", "organisée par l'OIM, et le HCR a présenté"); without the comma
# the whole list may be the verb's subject ("the co-chairs from the EU and the AU spoke")
_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:also|then|later|aussi|également|también|anche|também)\s+)?"
    r"(?:(?-i:[a-z]+ed)|took|was|were|is|are|has|have|had|will|would|gave|made|spoke|"
    r"joined|attended|participated|presented|(?:a|ont|avait|avaient)\s+(?:été|\w+é)|"
    r"était|étaient|sera|seront|participe|participent|présente|présentent|"
    r"(?:ha|han|había|habían)\s+\w+(?:ado|ido)|fue|fueron|participó|participaron|presentó|"
    r"(?:ha|hanno|aveva|avevano)\s+\w+(?:ato|uto|ito)|partecipò|"
    r"(?:tem|têm)\s+\w+(?:ado|ido)|foi|foram|participou|participaram|apresentou)\b",
    _I,
)


@dataclass(frozen=True)
class RoleMention:
    role: str  # hosts, chairs, organisers
    actor: ActorMention
    inferred: bool = False
    note: str | None = None
    rule: str | None = None  # the name of the rule that found it (``--explain``)
    # the clause of a split that names it ("hosted by Senegal, the second by Mauritania":
    # 1 for Senegal, 2 for Mauritania), None outside a split
    clause: int | None = None


# a name the reference data does not know, followed by an acronym it does: "the Centre
# de migration mixte (MMC)"
_UNKNOWN_NAME = re.compile(r"[A-ZÀ-Ý][^,.;:()\n]{2,80}?\s\(")


def _by_acronym(text: str, at: int, by_start: dict[int, ActorMention]) -> ActorMention | None:
    named = _UNKNOWN_NAME.match(text, at)
    if named is None:
        return None
    actor = by_start.get(named.end())
    if actor is None or text[actor.end : actor.end + 1] != ")":
        return None
    return actor


_UNKNOWN_ITEM = re.compile(
    r"[A-ZÀ-Ý][^,;:.()\n]{1,80}?(?:\s*\([^()\n]{1,20}\))?(?=\s*(?:,|&|\band\b|\bet\b))"
)
_NOT_STATE = re.compile(
    r"\b(?:Red\s+Cross|Red\s+Crescent|Society|Network|Association|Foundation|Airways|Airlines|"
    r"University|Universit\w*|Bank|Company|Group|Council\s+of\s+Churches|Diaspora|NGO|"
    r"Chamber|Institute|Institut|Centre|Center|Trust|Forum|Alliance|Union)\b"
)
# "the Italian Ministry of Interior", "the Ghana Immigration Service (GIS)": the words of
# the body's name after the actor's, with "of" or "for" between capitalised ones
_NAME_TAIL = re.compile(
    r"(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*)+(?:\s*\([^()\n]{1,20}\))?"
)


def _actor_list(text: str, pos: int, actors: list[ActorMention], limit: int) -> list[ActorMention]:
    by_start = {a.start: a for a in actors}
    # a name whose article the trigger took ("sous l'égide de *la* Gambie"): from the article
    straddling = next((a for a in actors if a.start < pos < a.end), None)
    if straddling is not None and _ARTICLE.fullmatch(text, straddling.start, pos):
        pos = straddling.start
    out: list[ActorMention] = []
    skipped_items = 0
    last_item_end = pos
    while pos < limit:
        flag = _FLAG.match(text, pos)
        pos = flag.end() if flag else pos
        skipped = _FILLER.match(text, pos)
        at = skipped.end() if skipped else pos
        if at < limit and text[at] in "@#":
            at += 1  # a post's handle or tag: "organised by @ICMPD and @IOM", "#Senegal"
        actor = by_start.get(at)
        if actor is None:
            # "the Kingdom of Spain" is itself an alias: the name may start inside the filler
            actor = next((a for a in actors if pos <= a.start < at), None)
        closing = 0
        if actor is None:
            actor = _by_acronym(text, at, by_start)
            closing = 1  # the acronym's ")"
        if actor is None and skipped_items < 3:
            # a name the reference data does not know, between two list separators
            # ("Co-organisers: Expertise France, the AU Commission and ICMPD"): skip it
            unknown = _UNKNOWN_ITEM.match(text, at, limit)
            if unknown is not None:
                skipped_items += 1
                pos = unknown.end()
                sep = _SEPARATOR.match(text, pos)
                if not sep or sep.end() == pos:
                    break
                pos = sep.end()
                continue
        if actor is None or actor.end > limit:
            break
        if out and "," in text[last_item_end:at] and _CLAUSE_VERB.match(text, actor.end, limit):
            break
        out.append(actor)
        pos = last_item_end = _past_actor(text, actor, closing, limit, out)
        sep = _SEPARATOR.match(text, pos)
        if not sep or sep.end() == pos:
            break
        pos = sep.end()
    return out


def _past_actor(
    text: str, actor: ActorMention, closing: int, limit: int, out: list[ActorMention]
) -> int:
    """Where the list goes on after ``actor`` (the last of ``out``): past the rest of its
    name, its acronym and an apposition; a longer name that is no state's body ("the
    Ghana Institute of Management") takes the actor out of ``out``."""
    pos = actor.end + closing
    if text[pos : pos + 1] == ")" and "(" in text[actor.start : actor.end]:
        pos += 1  # a name that holds its acronym: "the Mixed Migration Centre (MMC)"
    # the rest of a longer name the actor starts ("the Ghana Immigration Service (GIS)"):
    # a state body stands for its country, a society or a company does not
    tail = _NAME_TAIL.match(text, pos, limit)
    if tail is not None and not closing:
        pos = tail.end()
        if _NOT_STATE.search(tail.group()):
            out.pop()
    paren = _PAREN.match(text, pos)
    if paren:
        pos = paren.end()
    apposition = _APPOSITION.match(text, pos)
    if apposition:
        pos = apposition.end() - 1
    return pos


# tried at each trigger's first word with only the alternatives that start there
_ALL_TRIGGERS = Branches(
    [(f"t{i}", pattern.pattern) for i, (_n, _r, pattern) in enumerate(TRIGGERS)], _I
)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    roles: tuple[str, ...]
    rule: str = ""


_TRIGGER_FIRST = FirstWords(
    exact=role_triggers.TRIGGER_FIRST_EXACT, prefixes=role_triggers.TRIGGER_FIRST_PREFIXES
)


def find_triggers(text: str, tokens: list[Token] | None = None) -> list[Trigger]:
    """Every role trigger phrase of ``text`` (one pass)."""
    out = []
    for m in match_at_words(_ALL_TRIGGERS, text, tokens, _TRIGGER_FIRST):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        name, roles, _pattern = TRIGGERS[index]
        out.append(Trigger(m.start(), m.end(), roles, name))
    return out


# id -> (list, its length, its starts or None when unsorted)
_STARTS: dict[int, tuple[Sequence[Any], int, list[int] | None]] = {}


def _inside(items: Sequence[T], start: int, end: int) -> Sequence[T]:
    """The items of ``items`` that start in [start, end], in order, when ``items`` is
    sorted by start (a slice found by bisection); otherwise all of them.

    The pipeline asks for the roles of every passage and sentence against the same
    document-wide lists of actors and triggers; their start offsets are kept for the
    lists of the current document only (a list is not expected to change in place).
    """
    known = _STARTS.get(id(items))
    if known is None or known[0] is not items or known[1] != len(items):
        starts = [x.start for x in items]  # type: ignore[attr-defined]
        if len(_STARTS) >= 4:
            _STARTS.clear()
        ordered = starts == sorted(starts)
        known = _STARTS[id(items)] = (items, len(items), starts if ordered else None)
    starts_or_none = known[2]
    if starts_or_none is None:
        return items
    return items[bisect_left(starts_or_none, start) : bisect_right(starts_or_none, end)]


def find_roles(
    text: str,
    start: int,
    end: int,
    actors: list[ActorMention],
    triggers: list[Trigger] | None = None,
) -> list[RoleMention]:
    """Role mentions inside ``text[start:end]`` (offsets stay those of ``text``)."""
    local = [a for a in _inside(actors, start, end) if start <= a.start and a.end <= end]
    if not local:
        return []
    if triggers is None:
        triggers = find_triggers(text)
    found: list[tuple[int, str, RoleMention]] = []
    jointly = False  # "co-chaired with Italy": the subject co-chairs
    for trigger in _inside(triggers, start, end):
        if start <= trigger.start and trigger.end <= end:
            found += trigger_roles(text, trigger, local, end)
            jointly = jointly or bool(_WITH_END.search(text, trigger.start, trigger.end))
    found += _without_dialogue_chairs(found, _actor_roles(text, local, end))
    # the host co-chairs: hosted by X and co-chaired by Y -> chairs [X, Y]; not when two
    # co-chairs are named without it ("hosted by Italy, under the co-chairmanship of
    # Morocco and Spain"), unless the host co-chairs "with" them
    co_chairs = {f[2].actor.name for f in found if f[1] == "co_chairs"}
    if co_chairs:
        named = len(co_chairs) >= 2 and not jointly
        for _pos, role, mention in list(found):
            if role == "hosts" and not (named and mention.actor.name not in co_chairs):
                inferred = RoleMention(
                    "chairs",
                    mention.actor,
                    True,
                    "the host co-chairs",
                    mention.rule,
                    mention.clause,
                )
                found.append((mention.actor.start, "chairs", inferred))
    found.sort(key=lambda f: (f[0], f[2].inferred))
    return [f[2] for f in found]


_WITH_END = re.compile(r"\b(?:with|avec|con|com)\Z", _I)


_THANKS = re.compile(
    r"(?:thank|express|merci|remerci|agradec|gracias|ringrazi|grazie|obrigad)", re.IGNORECASE
)


def trigger_roles(
    text: str, trigger: Trigger, local: list[ActorMention], end: int
) -> list[tuple[int, str, RoleMention]]:
    """The actors listed after one trigger phrase, with the roles it fills."""
    if trigger.roles == ("co_chairs_loose",):
        stop = _SENTENCE_END.search(text, trigger.end, end)
        limit = stop.start() if stop else end
        listed = [a for a in local if trigger.end <= a.start < limit and a.type == "country"]
        return [(a.start, "co_chairs", RoleMention("chairs", a, rule=trigger.rule)) for a in listed]
    if role_rules.HELD_BY.search(text, trigger.start, trigger.end) and (
        role_rules.PAST_OR_NEXT_HOLDER.search(text, max(0, trigger.start - 30), trigger.end)
    ):
        return []  # "the incoming presidency, held by …": not this meeting's chair
    if "chairs" in trigger.roles and role_rules.PAST_OR_NEXT_HOLDER.search(
        text, max(0, trigger.start - 12), trigger.end
    ):
        return []  # "Past chairs: Burkina Faso (2019), Spain (2020)": the dialogue's, before
    if trigger.rule in role_rules.INITIATIVE_RULES and role_rules.FOUNDING.search(
        text, max(0, trigger.start - 100), trigger.start
    ):
        return []  # the founding of a dialogue, not a meeting
    if (
        trigger.rule in role_rules.HOST_RULES
        and not _THANKS.match(text, trigger.start)  # "The Secretariat thanked Uganda for …"
        and role_rules.HOSTED_BODY.search(text, max(0, trigger.start - 40), trigger.start)
    ):
        return []  # "The Secretariat is hosted by ICMPD": a body, not a meeting
    subject = role_rules.MEETING_SUBJECT_RULES.get(trigger.rule)
    if subject is not None and not subject.search(text, max(0, trigger.start - 160), trigger.start):
        return []  # "the proposal was supported by Germany": no meeting's organiser
    found = []
    listed = _actor_list(text, trigger.end, local, end)
    if trigger.rule in role_rules.FIRST_ACTOR_RULES:
        listed = listed[:1]
    split = _split_clauses(text, listed[-1].end, local, end) if listed else []
    first = 1 if split else None
    if trigger.rule in role_rules.ORGANISATIONS_ONLY:
        listed = [a for a in listed if a.type == "organisation"]
    for actor, clause in [(actor, first) for actor in listed] + split:
        roles = trigger.roles
        if trigger.rule in role_rules.PATRONAGE_RULES and actor.type == "organisation":
            roles = ("organisers",)  # "sous l'égide de la Commission de la CEDEAO"
        for role in roles:
            note = None if clause is None else SPLIT_NOTE
            mention = RoleMention(role.replace("co_", ""), actor, False, note, trigger.rule, clause)
            found.append((actor.start, role, mention))
    return found


SPLIT_NOTE = "a clause of a split with its verb left out ('…, the second by X')"
_ORDINAL_WORDS = (
    (2, re.compile(r"second|deuxième|segund|second[oa]", _I)),
    (3, re.compile(r"third|troisième|tercer|terz|terceir", _I)),
)


def _split_clauses(
    text: str, pos: int, local: list[ActorMention], end: int
) -> list[tuple[ActorMention, int | None]]:
    """The actors of the clauses after a trigger's list that leave its verb out ("…, the
    second by Mauritania"), each with the number of its clause."""
    out: list[tuple[ActorMention, int | None]] = []
    clause = 1
    while more := role_rules.ELLIPSIS.match(text, pos, end):
        further = _actor_list(text, more.end(), local, end)
        if not further:
            break
        word = more.group("which")
        clause = next((n for n, p in _ORDINAL_WORDS if p.match(word)), clause + 1)
        out += [(actor, clause) for actor in further]
        pos = further[-1].end
    return out


# between an actor and its verb: an apposition ("Kenya, with Germany as co-host,
# welcomed …"), an acronym, or the rest of a state body's name ("Ghana's Ministry of the
# Interior will organise", "the Moroccan Ministry of Economic Inclusion … invites", "le
# ministère sénégalais de la Formation professionnelle invite")
_BEFORE_VERB = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?"
    r"(?:(?:['’]s)?\s+(?:Ministry|Ministère|Government|Gouvernement|Department|authorities|"
    r"Minister|Ministre|Presidency|Chairmanship|Delegation)\b[^.;()\n]{0,100}?|\s*,[^,.;\n]{1,90},|"
    r"\s+(?:of(?:\s+the)?|de\s+la|de\s+l['’]|du|des|del|della|dell['’]|da|do)\s*(?-i:[A-ZÉ])"
    r"[^.;,()\n]{0,80}?)?"
    # a relative clause: "Senegal, which hosted the meeting,", "le Sénégal, qui a présidé la
    # réunion,", "España, que presidió la reunión,", "l'Italia, che ha ospitato la riunione,";
    # without its comma too, as in a cleft sentence: "C'est la Côte d'Ivoire qui a accueilli"
    r"(?:\s*,?\s*(?:who|which|qui|que|quien|che)(?=\s))?"
)
#: each active verb with what may stand between it and its subject
ACTIVE_VERB_PATTERNS = [
    (rule, re.compile("(?P<gap>" + _BEFORE_VERB.pattern + ")" + rule.pattern, _I))
    for rule in role_rules.ACTIVE_VERBS
]
_VERB_PATTERN = {rule.name: pattern for rule, pattern in ACTIVE_VERB_PATTERNS}
# all of them at once: one failed match spares the rule-by-rule loop
_ANY_ACTIVE_VERB = re.compile(
    _BEFORE_VERB.pattern + "(?:" + "|".join(r.pattern for r in role_rules.ACTIVE_VERBS) + ")", _I
)
# two subjects of one verb: "Morocco and Portugal co-chaired", "le Sénégal et l'ONUDC"
# a counterpart after "and" ("the Spanish Minister and his Moroccan counterpart", "il
# ministro italiano e il suo omologo libico", "y su homólogo marroquí"): its possessive
# stands between the article and the counterpart's adjective or noun
_SUBJECT_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et|y|e)\s+|\s*&\s*)"
    r"(?:the\s+|le\s+|la\s+|l'|el\s+|il\s+|lo\s+|o\s+|a\s+)?"
    r"(?:(?:his|her|its|their|son|sa|su|suo|sua|seu|o\s+seu|a\s+sua)\s+)?",
    _I,
)


def _actor_roles(
    text: str, local: list[ActorMention], end: int
) -> list[tuple[int, str, RoleMention]]:
    """Roles written after the actor: its capacity in an apposition or its verb."""
    found: list[tuple[int, str, RoleMention]] = []
    for i, actor in enumerate(local):
        if actor.type != "country" and actor.type != "organisation":
            continue
        # "La France, qui préside le Processus, a accueilli la réunion": both say a role
        capacity, note = _capacity_roles(text, actor.end, end)
        roles = [(role, "capacity", note) for role in capacity]
        verb = active_verb(text, actor.end, end, local[i + 1 : i + 4])
        if verb is None and (named_to := _past_the_name(text, actor.end, end)) is not None:
            # "The German Federal Foreign Office organised …": the body's verb is its state's
            verb = active_verb(text, named_to, end, local[i + 1 : i + 4])
        subjects = _coordinated(text, local, i)
        partners: list[ActorMention] = []
        if verb is not None:
            roles += [(role, verb.name, None) for role in verb.roles]
            # a partner shares the verb, not the subject's capacity: "Morocco, current
            # chair of the Process, organised the meeting together with ICMPD"
            partners = _partner_in_apposition(text, local, i)
            partners += _partners_after_verb(text, actor.end, end, local, verb)
        for subject, its_roles in [(s, roles) for s in subjects] + [
            (p, [r for r in roles if r[1] != "capacity"]) for p in partners
        ]:
            for role, rule, why in its_roles:
                mention = RoleMention(role.replace("co_", ""), subject, note=why, rule=rule)
                found.append((subject.start, role, mention))
    return found


def _past_the_name(text: str, pos: int, end: int) -> int | None:
    """Where the name of the state body an actor starts ends ("Ghana *Immigration Service*",
    "German *Federal Foreign Office*"), or None when there is no such name or it names
    no state's body ("the Ghana Institute of Management")."""
    charged = _IN_CHARGE_OF.match(text, pos, end)
    if charged is not None:  # "le ministre sénégalais chargé de l'Intérieur"
        return charged.end()
    tail = _NAME_TAIL.match(text, pos, end)
    if tail is None or _NOT_STATE.search(tail.group()):
        return None
    return tail.end()


# the remit of a French minister or ministry named by its state's adjective: "le ministre
# sénégalais chargé de l'Intérieur", "le ministère burkinabè chargé des Affaires étrangères"
_IN_CHARGE_OF = re.compile(
    r"[ \t]+(?:chargée?|en\s+charge)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|des|du|de)[ \t]*"
    r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:et[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|des|du|de)[ \t]*)?"
    r"[A-ZÀ-Ýa-zà-ÿ][\w'’-]*){0,4}?(?=[ \t]+(?:a|ont|avait|va|vont)\b)"
)


def _partner_in_apposition(text: str, local: list[ActorMention], i: int) -> list[ActorMention]:
    """The actor named in a "together with" apposition right after ``local[i]``, which
    shares the verb after the apposition."""
    if i + 1 >= len(local):
        return []
    partner = local[i + 1]
    joined = role_rules.WITH_PARTNER.match(text, local[i].end, partner.start)
    if (
        joined is None
        or joined.end() != partner.start
        or _APPOSITION_END.match(text, partner.end) is None
    ):
        return []
    return [partner]


# the end of the partner's apposition, past the noun its adjective names ("alongside its
# Belgian counterpart,")
_APPOSITION_END = re.compile(
    r"(?:[ \t]+(?:counterparts?|homologues?|homólog[oa]s?|omolog[oa]|authorities|government|"
    r"delegation|Government|Delegation))?[ \t]*,"
)


def _partners_after_verb(
    text: str, pos: int, end: int, local: list[ActorMention], rule: RoleRule
) -> list[ActorMention]:
    """The actors named as partners with the meeting that is the object of the verb of
    ``rule`` written at ``pos``."""
    pattern = _VERB_PATTERN.get(rule.name)
    verb = pattern.match(text, pos, end) if pattern is not None else None
    if verb is None:
        return []
    meeting = role_rules.MEETING_OBJECT.match(text, verb.end(), end)
    if meeting is None:
        return []
    co = role_rules.CO_VERB.search(text, verb.start(), verb.end()) is not None
    inside = role_rules.PARTNER_INSIDE.search(text, verb.end(), meeting.end())
    if inside is None and co:
        inside = role_rules.PARTNER_AFTER_CO_VERB.match(text, verb.end(), meeting.end())
    if inside is not None:
        return _actor_list(text, inside.end(), local, meeting.end())
    after = role_rules.PARTNER_AFTER_CO if co else role_rules.PARTNER_AFTER
    joined = after.match(text, meeting.end(), end)
    return _actor_list(text, joined.end(), local, end) if joined is not None else []


def _without_dialogue_chairs(
    by_triggers: list[tuple[int, str, RoleMention]], by_actors: list[tuple[int, str, RoleMention]]
) -> list[tuple[int, str, RoleMention]]:
    """``by_actors`` less the chairs an apposition names ("le Maroc, qui préside le Processus
    de Rabat,") when a phrase names the meeting's own chairs ("coprésidée par l'Allemagne"):
    the dialogue's chair is then a guest, not the meeting's chair."""
    chairs = {m.actor.name for _p, role, m in by_triggers if role in ("chairs", "co_chairs")}
    if not chairs:
        return by_actors
    return [f for f in by_actors if f[2].note != _DIALOGUE_CHAIR or f[2].actor.name in chairs]


_DIALOGUE_CHAIR = "the dialogue's chair"


def _capacity_roles(text: str, pos: int, end: int) -> tuple[tuple[str, ...], str | None]:
    """The roles an apposition right after an actor gives it ("as host country"), and a
    note when the apposition is about a dialogue ("current Chair of the Rabat Process",
    "qui préside le Processus"): such a chair may be a guest (see _without_dialogue_chairs)."""
    capacity = role_rules.CAPACITY.match(text, pos, end)
    if capacity is None:
        return (), None
    words = capacity.group(1) or capacity.group(2)
    if role_rules.PAST_OR_NEXT_HOLDER.search(words) or role_rules.OTHER_BODY.search(words):
        return (), None
    roles = [role for role, pattern in role_rules.CAPACITY_ROLES if pattern.search(words)]
    if "co_chairs" in roles and "chairs" in roles:
        roles.remove("chairs")
    note = _DIALOGUE_CHAIR if role_rules.OF_A_DIALOGUE.search(words) else None
    return tuple(roles), note


def active_verb(
    text: str, pos: int, end: int, after: Sequence[ActorMention] = ()
) -> RoleRule | None:
    """The role verb written after an actor, when a meeting is its object; ``after``: the
    actors named next, none of which may stand in the words before the verb unless they
    are an apposition's ("The Spanish Minister thanked Morocco, which hosted the meeting":
    the verb is Morocco's; "Kenya, with Germany as co-host, welcomed …": Kenya's)."""
    posting = _POSTING_AFTER.match(text, pos, end)
    if posting is not None and _ENVOY_OF_BEFORE.search(text, max(0, pos - 90), pos) is not None:
        pos = posting.end()  # "El embajador de España en Senegal presidió": Spain's verb
    if _ANY_ACTIVE_VERB.match(text, pos, end) is not None:  # most actors have none
        found = _verb_rule(text, pos, end, after)
        if found is not None:
            return found
    welcome = _WELCOMED_AFTER.match(text, pos, end)
    if welcome is not None and not _crosses(text, pos, welcome.end("gap"), after):
        return _WELCOMED
    return None


# the state an envoy is posted to, after the envoy's state: "… of Spain *to Senegal*", "…
# de España *en Senegal*", "… d'Italia *in Niger*"
_POSTING_AFTER = re.compile(
    r"\s+(?:to|in|en|au|aux|à|em|no|na|nel|nella|a)\s+(?:the\s+|le\s+|la\s+|el\s+|il\s+|o\s+)?"
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}"
)
_ENVOY_OF_BEFORE = re.compile(
    r"\b(?:ambassador|ambassadeur|ambassadrice|embajador|embajadora|ambasciatore|ambasciatrice|"
    r"embaixador|embaixadora|envoy)\s+(?:of|de|d['’]|du|del|dell['’]|della|do|da)\s*"
    r"(?:the\s+|la\s+|l['’]|el\s+|il\s+|o\s+|a\s+)?(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+[\w'’-]+){0,3}\Z",
    _I,
)


def _crosses(text: str, pos: int, gap_end: int, after: Sequence[ActorMention]) -> bool:
    """Whether the words between an actor and its verb name another actor, outside an
    apposition: the verb is then the other actor's."""
    if _OPENS_APPOSITION.match(text, pos):
        return False
    return any(
        pos <= a.start < gap_end and role_rules.CLAUSE_WORD.search(text, pos, a.start)
        for a in after
    )


_OPENS_APPOSITION = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*,")


def verb_object_end(text: str, pos: int, end: int) -> int | None:
    """Where the meeting that is the object of the role verb written at ``pos`` ends
    ("… invites SOM participants to a special *event*"), or None without such a verb."""
    for _rule, pattern in ACTIVE_VERB_PATTERNS:
        verb = pattern.match(text, pos, end)
        if verb is not None and (meeting := role_rules.MEETING_OBJECT.match(text, verb.end(), end)):
            return meeting.end()
    return None


def _verb_rule(
    text: str, pos: int, end: int, after: Sequence[ActorMention] = ()
) -> RoleRule | None:
    """The first active-verb rule whose verb, followed by a meeting, is written at ``pos``."""
    for rule, pattern in ACTIVE_VERB_PATTERNS:
        verb = pattern.match(text, pos, end)
        if verb is None or _crosses(text, pos, verb.end("gap"), after):
            continue
        meeting = role_rules.MEETING_OBJECT.match(text, verb.end(), end)
        if meeting is None:
            if _object_of_relative(text, pos, verb.end(), end):
                return rule  # "the SOM, which Côte d'Ivoire had chaired throughout the year"
            continue
        # "Spain, which presided over the last meeting,", "que acolheu a reunião anterior":
        # a guest of this one (the adjective may follow the noun)
        if role_rules.RELATIVE.search(text, pos, verb.end()) and role_rules.ANOTHER_MEETING.search(
            text, verb.end(), min(end, meeting.end() + 12)
        ):
            continue
        return rule
    return None


def _object_of_relative(text: str, pos: int, verb_end: int, end: int) -> bool:
    """Whether the verb after the actor ending at ``pos`` has a meeting before the actor as
    its object, through a relative pronoun, and none after it."""
    if role_rules.NO_OBJECT_AFTER.match(text, verb_end, end) is None:
        return False
    window = max(0, pos - 200)
    found = role_rules.OBJECT_RELATIVE.search(text, window, pos)
    # "the previous meeting, which Spain hosted": a meeting before this one
    before = max(window, found.start() - 20) if found is not None else pos
    return found is not None and not role_rules.ANOTHER_MEETING.search(text, before, pos)


# the welcome with what may stand before it, read as one pattern so that an apposition may
# give way to a relative clause ("Senegal, which welcomed the delegations, opened …")
_WELCOMED_AFTER = re.compile(
    "(?P<gap>" + _BEFORE_VERB.pattern + ")" + role_rules.WELCOMED_TO.pattern, _I
)
_WELCOMED = RoleRule("welcomed_delegates", "*", ("hosts",), role_rules.WELCOMED_TO.pattern)


def _coordinated(text: str, local: list[ActorMention], i: int) -> list[ActorMention]:
    """The actor ``local[i]`` and the actors joined to it before it as one subject.

    A comma alone joins only a list that "and" closes ("Morocco, Portugal and Spain
    co-chaired"): before the subject, it ends an opening phrase ("At the request of the
    Government of Niger, IOM organised", "Con el apoyo de la Unión Europea, la OIM
    organizó"), whose actor does not share the verb."""
    subjects = [local[i]]
    closed = False  # an "and" joins the subjects read so far
    while i > 0:
        previous = local[i - 1]
        between = text[previous.end : subjects[0].start]
        join = _SUBJECT_JOIN.fullmatch(between) or _SUBJECT_JOIN.fullmatch(_PAREN.sub("", between))
        if not join:
            break
        if _AND.search(between):
            closed = True
        elif not closed:
            break
        subjects.insert(0, previous)
        i -= 1
    return subjects


_AND = re.compile(r"(?:\band|\bet|\by|\be|&)(?!\w)", _I)


def role_lists(mentions: list[RoleMention]) -> dict[str, list[RoleMention]]:
    """Group mentions by role, in order of first mention (an actor may appear twice)."""
    out: dict[str, list[RoleMention]] = {"hosts": [], "chairs": [], "organisers": []}
    for mention in mentions:
        out[mention.role].append(mention)
    return out


def unique_names(mentions: list[RoleMention]) -> list[str]:
    """Actor names of ``mentions`` without repeats, in order of first mention."""
    names: list[str] = []
    for mention in mentions:
        if mention.actor.name not in names:
            names.append(mention.actor.name)
    return names
