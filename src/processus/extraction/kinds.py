"""What sort of meeting a passage describes: kind, format and tense.

Kinds are named patterns in English and French, with the meeting nouns of Spanish,
Italian and Portuguese pages beside them.  A meeting told only by its verb ("senior
officials … met in Madrid", "les délégations se sont retrouvées lundi à Dakar") is found
by its subject: the subject is the mention, the verb must follow it in the clause.

A passage often names several meeting types ("a side event in the margins of the
workshop"), so the pipeline picks the mention nearest to the meeting's date; this module
only finds them.  Generic nouns ("meeting", "conference", "réunion") are kind ``other``
and mainly prove that a passage is about a meeting at all.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from processus.extraction.branches import Branches
from processus.extraction.dates import DateMention
from processus.extraction.kind_patterns import KIND_PATTERNS, MET_LATER
from processus.extraction.scan import Cues, FirstWords, Token, match_at_words
from processus.extraction.trainings import not_a_training
from processus.extraction.written_numbers import number_words

_I = re.IGNORECASE


# what may stand between two meeting nouns named together: an acronym, "and", an article
# and up to two describing words ("a Senior Officials' Meeting (SOM) and a special event")
COORDINATED = re.compile(
    r"\s*(?:\([A-Za-z]{2,8}\)\s*)?"
    # the first one's topic: "a workshop *on smuggling* and a thematic meeting on return"
    r"(?:\s+(?:on|sur|sobre|su|sulla|sul|about)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r",?\s*(?:and|et|y|e|&)\s*"
    r"(?:(?:a|an|the|its|un|une|le|la|les|l'|el|il|o|um|uma)\s*)?(?:[\w'’-]+\s+){0,2}?",
    _I,
)


@dataclass(frozen=True)
class KindMention:
    start: int
    end: int
    text: str
    kind: str


# a dialogue that met, as a collective subject: "The Khartoum Process met in Rome", "le
# Processus de Rabat s'est réuni à Dakar", "el Proceso de Rabat se reunió", "il Processo di
# Khartoum si è riunito a Roma", "o Processo de Rabat reuniu-se em Dacar"; a dialogue named
# "Dialogue …" in any language, with its acronym, or by a known acronym alone: "O Diálogo
# sobre Migração para a África Ocidental (MIDWA) reuniu-se em Abuja", "MIDSA met in Maputo"
_DIALOGUE_NAME = (
    r"\b(?:[A-Z][\w'’-]+\s+Process|Process(?:us|o)\s+d[eio]\s+[A-Z][\w'’-]+|"
    r"Proceso\s+de\s+[A-Z][\w'’-]+|"
    r"(?:Dialogue|Di[áa]logo)(?:\s+[\w'’-]+){0,8}?(?:\s*\([A-Z][A-Za-z-]{1,9}\))?|"
    r"MIDWA|MIDSA|MIDCOM|MTM)\b"
)
_DIALOGUE_MET = re.compile(_DIALOGUE_NAME + MET_LATER)
_DIALOGUE_SUBJECT = re.compile(_DIALOGUE_NAME)
_DIALOGUE_CUES = ("Proces", "Dialog", "Diálog", "MIDWA", "MIDSA", "MIDCOM", "MTM")

# a body that convened its senior officials met at that level: "the Budapest Process convened
# its senior officials in Baku", "le Processus de Budapest a réuni ses hauts fonctionnaires à
# Bakou", "reunió a sus altos funcionarios", "ha riunito i suoi alti funzionari", "reuniu os
# seus altos funcionários"; the mention is the officials, the meeting's kind
_CONVENED_OFFICIALS = re.compile(
    r"\b(?:(?:re)?conven(?:ed|es)|gathered|brought\s+together|(?:a|ont|avait)\s+réuni|réunit|"
    r"réunira|reuni[óo]|reunirá|(?:ha|hanno)\s+riunito|riunirà|reuniu|reunirá)\s+"
    r"(?:a\s+)?(?:its|their|the|ses|leurs|les|sus|los|i\s+suoi|gli|os\s+seus|os)\s+"
    r"(senior\s+officials|hauts\s+fonctionnaires|altos\s+funcionarios|alti\s+funzionari|"
    r"altos\s+funcionários)\b",
    _I,
)


# the verbs of _CONVENED_OFFICIALS, folded: most pages have none, and the pattern, case
# blind, would otherwise be tried at every character
_CONVENED_CUES = Cues(
    exact=("convened", "convenes", "reconvened", "reconvenes", "gathered", "brought", "reuni",
           "reunit", "reunira", "reunio", "riunito", "riunira", "reuniu"),
)  # fmt: skip


def _dialogues_that_met(text: str, tokens: list[Token] | None) -> list[KindMention]:
    """The dialogues named as the subject of a verb of meeting (a meeting of no specific
    kind, like the partners who met), and the senior officials a body convened."""
    found = []
    if any(cue in text for cue in _DIALOGUE_CUES):
        found += [
            KindMention(m.start(), m.end(), m.group(0), "other")
            for m in _DIALOGUE_MET.finditer(text)
        ]
    if tokens is None or _CONVENED_CUES.possible(text, tokens, 0, len(text)):
        found += [
            KindMention(m.start(1), m.end(1), m.group(1), "senior_officials_meeting")
            for m in _CONVENED_OFFICIALS.finditer(text)
        ]
    return found


_ALL_KINDS = Branches(
    [(f"k{i}", pattern.pattern) for i, (_k, pattern) in enumerate(KIND_PATTERNS)], _I
)
_SOM_CASED = re.compile(r"SOMs?|RHF")


_KIND_FIRST = FirstWords(
    exact=frozenset({"tm", "tms", "hauts", "niveau", "nivel", "livello", "partners",
                     "delegations", "delegates",
                     "participants", "delegues", "partenaires", "delegaciones", "delegazioni",
                     "delegacoes", "ministres", "riunione", "riunioni", "vertice", "talleres",
                     "taller", "cumbre", "cumbres", "cimeira", "cimeiras", "capacitacion",
                     "regional", "subregional", "sub", "interregional", "inter", "national",
                     "continental", "multi", "consultation", "consultations", "consulta",
                     "consultas", "consultazione", "consultazioni", "dialogue", "seance",
                     "seances", "sesion", "sesiones", "sessione", "sessioni", "sessao",
                     "sessoes", "working", "groupe", "groupes", "grupo", "grupos", "gruppo",
                     "gruppi", "multistakeholder", "countries", "partner", "pays", "socios",
                     "paises", "paesi", "parceiros", "ministros", "ministri", "altos", "alti",
                     "mesa", "mesas", "mesa-redonda", "mesas-redondas", "tavola", "tavole",
                     "rencontre", "rencontres", "encuentro", "encuentros", "incontro",
                     "incontri", "encontro", "encontros", "accion",
                     "acciones", "acao", "acoes", "formacion", "formaciones", "formazione",
                     "formazioni", "formacao", "formacoes", "online", "virtual", "jornada",
                     "jornadas", "oficina", "oficinas", "peer", "echange", "echanges",
                     "convegno", "convegni", "tavolo", "tavoli", "foro", "foros", "foruns",
                     "annual", "high",
                     "intercambio", "intercambios", "scambio", "scambi"}),
    prefixes=("joint", "reunion", "minister", "conferen", "senior", "som", "rhf", "steering",
              "comite", "themat", "technic", "expert", "side", "evenement", "field", "study",
              "site", "visite", "training", "session", "cours", "atelier", "formation",
              "workshop", "seminar", "webinar", "seminaire", "webinaire", "meeting", "round",
              "forum", "table", "summit", "sommet", "reuniao", "reunioes", "comitato", "evento",
              "eventi", "visita", "curso", "corsi", "corso", "special", "capacity", "sesion",
              "sessao", "sessoes", "stock", "launch", "closing", "opening", "public",
              "anniversar", "commemor", "acto", "capacita", "giornat", "cupula", "colloque",
              "coloq"),
)  # fmt: skip


def find_kinds(
    text: str, tokens: list[Token] | None = None, dates: Sequence[DateMention] = ()
) -> list[KindMention]:
    """Meeting-type phrases in ``text``, left to right (one pass, specific kinds first);
    ``dates``: the text's dates, which tell two meetings apart (see
    :func:`_drop_subjects_beside_nouns`)."""
    found: list[KindMention] = []
    for m in match_at_words(_ALL_KINDS, text, tokens, _KIND_FIRST):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        kind = KIND_PATTERNS[index][0]
        short = m.group(0).lower() in ("som", "soms", "rhf")
        if kind == "senior_officials_meeting" and short and not _SOM_CASED.fullmatch(m.group(0)):
            continue
        if kind == "training" and not_a_training(text, m):
            continue
        if _LEVEL.fullmatch(m.group(0)) and not _MET_AT.search(
            text, max(0, m.start() - 60), m.start()
        ):
            continue  # "a commitment at ministerial level": no meeting
        if _tallied(text, m) or (kind == "other" and _counted_generic(text, m)):
            continue  # "more than 20 meetings of senior officials": a tally, not a meeting
        if _describes_another_noun(text, m):
            continue  # "the meeting agenda", "le rapport de la réunion"
        if kind == "steering_committee" and _BODY_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # the committee as a body ("chairs the Steering Committee"), not a meeting
        found.append(KindMention(m.start(), m.end(), m.group(0), kind))
    found = _without_listed_types(text, found)
    if met := _dialogues_that_met(text, tokens):
        taken = [(k.start, k.end) for k in found]
        found += [m for m in met if not any(s < m.end and m.start < e for s, e in taken)]
        found.sort(key=lambda k: k.start)
    found = _with_subjects_after_participles(text, tokens, found)
    return _drop_subjects_beside_nouns(text, found, _meeting_days(dates))


# plural meeting nouns listed together name sorts of activity, not meetings: "activities
# include thematic meetings, workshops and trainings", "des ateliers et des formations",
# "talleres y seminarios", "seminari e corsi di formazione", "oficinas e seminários"
_LIST_JOINT = re.compile(
    r"\s*(?:,\s*(?:(?:and|et|y|e|or|ou|o)\s+)?|\s+(?:and|et|y|e|or|ou|o)\s+)"
    r"(?:(?:des|de|les|los|las|i|gli|le|os|as|other|autres|otros|altri|outros)\s+)?"
)
_COUNTED = re.compile(r"(?:\d|\b(?:two|three|four|five|deux|trois|quatre|cinq|dos|tres|due|"
                      r"tre|duas|três))\W*\Z", _I)  # fmt: skip


def _plural_noun(mention: KindMention) -> bool:
    """A plural noun: its first or last word in -s ("thematic meetings", "réunions
    thématiques"), or its first in -i (Italian "seminari", "riunioni tecniche")."""
    words = mention.text.lower().split()
    if " ".join(words) in _SUBJECTS:
        return False  # "ministers and senior officials met": people, not sorts of meeting
    return any(len(w) > 3 and w[-1] == "s" and w[-2] != "s" for w in (words[0], words[-1])) or (
        len(words[0]) > 4 and words[0][-1] == "i"
    )


def _without_listed_types(text: str, found: list[KindMention]) -> list[KindMention]:
    """``found`` less the plural nouns listed together (see _LIST_JOINT), unless a number
    counts them ("two workshops and three trainings were held in Dakar")."""
    listed: set[int] = set()
    for a, b in itertools.pairwise(found):
        if (
            _plural_noun(a)
            and _plural_noun(b)
            and _LIST_JOINT.fullmatch(text, a.end, b.start)
            and not _COUNTED.search(text, max(0, a.start - 8), a.start)
            and not _COUNTED.search(text, max(0, b.start - 8), b.start)
        ):
            listed.update((a.start, b.start))
    return [k for k in found if k.start not in listed] if listed else found


# the subjects a meeting may be told by, with the kind each names (see MET_LATER and
# _PARTICIPLE_FIRST)
_SUBJECT_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ministerial_conference", ("ministers", "ministres", "ministros", "ministri")),
    ("senior_officials_meeting", ("senior officials", "hauts fonctionnaires",
                                  "altos funcionarios", "alti funzionari",
                                  "altos funcionários")),
    ("other", ("partner countries", "countries", "pays partenaires", "pays", "partners",
               "partenaires", "delegations", "délégations", "delegates", "délégués",
               "participants", "delegaciones", "delegazioni", "delegações", "socios",
               "países", "paesi partner", "paesi", "partner", "parceiros")),
)  # fmt: skip
_KIND_OF_SUBJECT = {words: kind for kind, group in _SUBJECT_KINDS for words in group}
# a participle of meeting opens the sentence with its place or date, the subjects follow
# the comma: "Réunis à Abidjan le 3 juin 2026, les hauts fonctionnaires ont rappelé …",
# "Gathered in Accra on 5 May 2026, senior officials agreed …", "Reunidos en Dakar el 5
# de mayo, los socios …", "Riuniti a Roma il 4 marzo, i partner …", "Reunidos em Lisboa"
_PARTICIPLE_FIRST = re.compile(
    r"(?:réuni(?:e?s)?|gathered|convened|meeting|reunid[oa]s|riunit[ie])\s+"
    r"(?:à|au|en|in|at|on|a|em|no|na|nel|nella|el|le|il|online|virtually)\b"
    r"[^.;:!?\n]{1,100}?,\s+(?:(?:the|les|los|las|i|gli|le|os|as)\s+)?"
    r"(?P<subject>"
    + "|".join(
        words.replace(" ", r"\s+") for words in sorted(_KIND_OF_SUBJECT, key=len, reverse=True)
    )
    + r")\b",
    _I,
)
_PARTICIPLE_FIRST_WORDS = FirstWords(
    exact=frozenset({"reunis", "reunies", "reuni", "gathered", "convened", "meeting",
                     "reunidos", "reunidas", "riuniti", "riunite"}),
)  # fmt: skip
_SENTENCE_BEFORE = re.compile(r"(?:\A|[.!?:\n])[\s\"“«(]*\Z")


def _with_subjects_after_participles(
    text: str, tokens: list[Token] | None, found: list[KindMention]
) -> list[KindMention]:
    """``found`` with the subjects that a participle opening their sentence says met
    (_PARTICIPLE_FIRST): the verb comes before them, so MET_LATER misses them."""
    taken = {m.start for m in found}
    added: list[KindMention] = []
    for m in match_at_words(_PARTICIPLE_FIRST, text, tokens, _PARTICIPLE_FIRST_WORDS):
        if not _SENTENCE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "the partners gathered in Accra, …": told by MET_LATER
        start, end = m.span("subject")
        if start in taken:
            continue
        words = " ".join(m.group("subject").lower().split())
        added.append(KindMention(start, end, m.group("subject"), _KIND_OF_SUBJECT[words]))
    if not added:
        return found
    return sorted(found + added, key=lambda mention: mention.start)


# a rough count before a plural meeting noun tallies past meetings ("more than 20 meetings
# of senior officials", "plus de 20 réunions thématiques", "dozens of workshops"); an exact
# small count may still list meetings with their own dates ("two Senior Officials'
# Meetings in Dakar (May) and Lisbon (October)") and is kept
_COUNTED_BEFORE = re.compile(
    r"(?:\b(?:more\s+than|over|upwards\s+of|plus\s+de|más\s+de|oltre|più\s+di|mais\s+de)"
    r"\s+\d+\+?|\d+\+|\b(?:dozens|hundreds|scores)\s+of|\b(?:dizaines|centaines)\s+d(?:e|['’])|"
    r"\b(?:decenas|cientos)\s+de|\b(?:decine|centinaia)\s+di|\b(?:dezenas|centenas)\s+de)"
    r"(?:\s+|(?<=['’]))(?:[\w'’-]+\s+){0,2}\Z",
    _I,
)


def _tallied(text: str, m: re.Match[str]) -> bool:
    """A plural meeting noun after a rough count (see _COUNTED_BEFORE); people who met
    ("more than 40 delegations met in Rabat") are not counted meetings."""
    words = m.group(0).lower().split()
    if not words[0].endswith(("s", "i")) or " ".join(words) in _SUBJECTS:
        return False
    return _COUNTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None


# a number or a vague quantity before a generic plural noun sums up a year's work:
# "organised three meetings", "a tenu deux réunions", "celebró tres reuniones", "held
# several meetings", "a tenu plusieurs réunions", "realizou várias reuniões"
_EXACT_COUNT_BEFORE = re.compile(
    r"\b(?:" + "|".join(number_words(2, 10)) + r"|\d{1,2}|several|many|numerous|various|"
    r"multiple|a\s+number\s+of|a\s+series\s+of|plusieurs|de\s+nombreu(?:x|ses)|divers(?:es)?|"
    r"une\s+série\s+de|varios|varias|numeros[oa]s|divers[oa]s|una\s+serie\s+de|vari[ei]?|"
    r"numeros[ie]|divers[ie]|una\s+serie\s+di|vári[oa]s|inúmer[oa]s|muit[oa]s|"
    r"uma\s+série\s+de)\s+(?:[\w'’-]+\s+)?\Z",
    _I,
)


def _counted_generic(text: str, m: re.Match[str]) -> bool:
    """A generic plural meeting noun after a count ("three meetings", "several meetings")."""
    if not _GENERIC_PLURAL.fullmatch(m.group(0)):
        return False  # "the four roundtables" are meetings of their own sort
    if _DAYS_AFTER.match(text, m.end()):
        return False  # "three meetings in Dakar on 3, 10 and 17 May": one a day
    return _EXACT_COUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


# "met at ministerial level", "s'est réuni au niveau ministériel", "se reunió a nivel
# ministerial", "si è riunito a livello ministeriale", "reuniu-se a nível ministerial": the
# level is a ministerial meeting only after a verb of meeting
_LEVEL = re.compile(
    r"ministerial\s+level|niveau\s+ministériel|nivel\s+ministerial|livello\s+ministeriale|"
    r"nível\s+ministerial",
    _I,
)
_MET_AT = re.compile(
    r"\b(?:met|meet|meets|meeting|convened|convenes|gathered|réuni[es]{0,2}|rencontré[es]{0,2}|"
    r"reuni(?:do|da|dos|das|ó|eron|u|ram)|riunit[oaie]|reuniu-se|reuniram-se)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:at|au|a)\s+(?:the\s+)?\Z",
    _I,
)
_GENERIC_PLURAL = re.compile(
    r"meetings|réunions|reuniones|riunioni|reuniões|events|événements|eventos|eventi|"
    r"rencontres|encuentros|incontri|encontros",
    _I,
)
_DAYS_AFTER = re.compile(r"[^.;:!?\n]{0,60}?\b\d{1,2}(?:er|º)?\b(?![.,:/]\d)")


# the subjects that stand for a meeting only through their verb (see MET_LATER)
_SUBJECTS = frozenset({
    "ministers", "ministres", "senior officials", "hauts fonctionnaires", "partners",
    "delegations", "delegates", "participants", "délégations", "délégués", "partenaires",
    "delegaciones", "delegazioni", "delegações", "working group", "working groups",
    "groupe de travail", "groupes de travail", "grupo de trabajo", "grupos de trabajo",
    "gruppo di lavoro", "gruppi di lavoro", "grupo de trabalho", "grupos de trabalho",
    "countries", "partner countries", "pays", "pays partenaires", "socios", "países",
    "países socios", "países parceiros", "partner", "paesi", "paesi partner", "parceiros",
    "altos funcionarios", "alti funzionari", "altos funcionários", "ministros", "ministri",
})  # fmt: skip
_CLAUSE_END = re.compile(r"[.;!?\n]")


# a meeting named as what the subjects prepare is not the one they hold: "senior officials
# met in Madrid to prepare the Ministerial Conference"
_PREPARED = re.compile(
    r"\b(?:to\s+prepare(?:\s+for)?|in\s+preparation\s+(?:for|of)|en\s+vue\s+de|"
    r"pour\s+préparer|para\s+preparar|per\s+preparare|"
    r"preparatory(?:\s+(?:meeting|session|workshop|consultation)s?)?\s+(?:to|for|of)|"
    r"préparatoires?\s+(?:à|au|aux|de|du)|preparatori[oa]s?\s+(?:de|del|para)|"
    r"preparatori[oaie]\s+(?:della|del|alla|al|per)|preparatóri[oa]s?\s+(?:da|do|para)|"
    r"en\s+preparación\s+de|in\s+preparazione\s+d[ei]\w*|em\s+preparação\s+d[aeo]s?)"
    r"\s+(?:the\s+|la\s+|le\s+|l')?"
    r"(?:[\w'’-]+\s+){0,3}\Z",
    _I,
)


# a meeting recalled by a word of the past is not the one the subjects hold: "Les
# partenaires se sont réunis à Rabat. La précédente réunion, tenue à Dakar, …", "the
# previous SOM", "la reunión anterior"; the word comes before the noun (after its article)
# or right after it
_RECALLED_BEFORE = re.compile(
    r"\b(?:previous|earlier|prior|former|preceding|last|précédente?s?|dernière|dernier|"
    r"anterior(?:es)?|precedent[ei]|precedentes?)\s+(?:[\w'’-]+\s+){0,2}\Z",
    _I,
)
# a meeting named in a clause that relates another one to it: "Ahead of the conference
# in Rome, senior officials met in Rabat", "Tras la reunión de altos funcionarios
# celebrada en Accra, los socios se reunieron en Dakar", "en marge de la conférence"
_RELATED_BEFORE = re.compile(
    r"\b(?:ahead\s+of|following|after|before|prior\s+to|building\s+on|in\s+follow-up\s+to|"
    r"in\s+the\s+wake\s+of|further\s+to|in\s+the\s+margins?\s+of|"
    r"on\s+the\s+(?:sidelines|margins?)\s+of|"
    r"en\s+marge\s+d[eu]|à\s+l['’]issue\s+d[eu]|à\s+la\s+suite\s+d[eu]|suite\s+(?:à|au)|"
    r"dans\s+le\s+prolongement\s+d[eu]|après|avant|"
    r"tras|después\s+del?|antes\s+del?|a\s+raíz\s+del?|al\s+margen\s+del?|"
    r"a\s+seguito\s+d[ei]\w*|dopo|prima\s+d[ei]\w*|sulla\s+scia\s+d[ei]\w*|"
    r"in\s+margine\s+a\w*|na\s+sequência\s+d[aeo]s?|no\s+seguimento\s+d[aeo]s?|após|"
    r"antes\s+d[aeo]s?|à\s+margem\s+d[aeo]s?)"
    r"\s+(?:(?:the|its|their|la|le|les|l['’]|el|los|il|lo|o|a|os|as)\s*)?(?:[\w'’-]+\s+){0,4}\Z",
    _I,
)
_RECALLED_AFTER = re.compile(
    r"\s+(?:précédente?s?|antérieure?s?|anterior(?:es)?|precedent[ei]|previous)\b", _I
)


def _told_in_passing(text: str, mention: KindMention) -> bool:
    """Whether a meeting noun names another meeting than the subjects': one they prepare
    (_PREPARED), one it is related to (_RELATED_BEFORE) or one recalled
    (_RECALLED_BEFORE, _RECALLED_AFTER)."""
    lo = max(0, mention.start - 40)
    return (
        _PREPARED.search(text, lo, mention.start) is not None
        or _RELATED_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None
        or _RECALLED_BEFORE.search(text, lo, mention.start) is not None
        or _RECALLED_AFTER.match(text, mention.end) is not None
    )


def _meeting_days(dates: Sequence[DateMention]) -> list[tuple[int, object]]:
    """Where the meeting dates of at least a month are written, with what they say."""
    return [(d.start, (d.first, d.last)) for d in dates if d.role == "meeting" and d.first[1]]


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``, looked for within 1,000 characters each way (a text of
    one endless line must not make each call read all of it)."""
    lo = max(0, pos - 1000)
    start = max(max(text.rfind(c, lo, pos) for c in ".;!?\n") + 1, lo)
    stop = _CLAUSE_END.search(text, pos, pos + 1000)
    return start, stop.start() if stop else min(len(text), pos + 1000)


# a meeting still to come, named in another sentence than the one of the people who met:
# "The partners met in Madrid on 3 May. Morocco will host the next Ministerial Conference"
_TO_COME_BEFORE = re.compile(
    r"\b(?:next|upcoming|forthcoming|prochaine?s?|próxim[oa]s?|prossim[oaie]|futur[oa]s?)"
    r"\s+(?:[\w'’-]+\s+){0,2}\Z",
    _I,
)


def _to_come_apart(text: str, subject: int, noun: int) -> bool:
    """Whether the noun at ``noun`` names a meeting to come in another sentence than the
    subject's at ``subject`` (in one sentence, "they will meet for the next SOM" is one)."""
    if _TO_COME_BEFORE.search(text, max(0, noun - 40), noun) is None:
        return False
    return _sentence_around(text, subject) != _sentence_around(text, noun)


def _dated_apart(text: str, a: int, b: int, days: Sequence[tuple[int, object]]) -> bool:
    """Whether the words at ``a`` and ``b`` stand in two sentences that each date a
    meeting, on different days: "The partners met in Madrid on 3 May. The Ministerial
    Conference will be held in Rabat on 10 December" tells of two meetings."""
    if not days:
        return False
    first, second = _sentence_around(text, a), _sentence_around(text, b)
    if first == second:
        return False
    own = {v for s, v in days if first[0] <= s < first[1]}
    other = {v for s, v in days if second[0] <= s < second[1]}
    return bool(own) and bool(other) and not own & other


def _drop_subjects_beside_nouns(
    text: str, found: list[KindMention], days: Sequence[tuple[int, object]] = ()
) -> list[KindMention]:
    """A subject that met is the meeting only when no meeting noun of a specific kind is
    written beside it, in its sentence or the next: "the partners met in Ouagadougou for a
    Senior Officials' Meeting", "participants met in Yaoundé. The thematic meeting …" name
    the noun's kind.  A generic noun ("Ministers met in Rabat. The meeting adopted …") says
    less than a subject of a specific kind, which then stays; it still stands for a
    generic subject ("the partners met").  A noun told in passing (_told_in_passing), in
    a sentence dated otherwise than the subject's (_dated_apart) or to come in another
    sentence (_to_come_apart) names another meeting and cancels no subject."""
    subjects = [
        " ".join(m.text.lower().split()) in _SUBJECTS or _DIALOGUE_SUBJECT.fullmatch(m.text)
        for m in found
    ]
    if not any(subjects):
        return found
    nouns = [
        (m.start, m.kind != "other")
        for m, subject in zip(found, subjects, strict=True)
        if not subject and not _told_in_passing(text, m)
    ]
    out: list[KindMention] = []
    clause_end = -1  # end of the clause of the last subject kept
    for mention, subject in zip(found, subjects, strict=True):
        if subject:
            if mention.start < clause_end:
                continue  # "senior officials of the partners met": one meeting
            first_stop = _CLAUSE_END.search(text, mention.end)
            clause_end = first_stop.start() if first_stop else len(text)
            second_stop = _CLAUSE_END.search(text, first_stop.end()) if first_stop else None
            limit = second_stop.start() if second_stop else len(text)
            generic_subject = mention.kind == "other"  # "the partners met": any noun says more
            if any(
                mention.start - 150 < start < limit
                and (specific or generic_subject)
                and not _dated_apart(text, mention.start, start, days)
                and not _to_come_apart(text, mention.start, start)
                for start, specific in nouns
            ):
                continue
        out.append(mention)
    return out


_BODY_BEFORE = re.compile(
    # on its line: a table's "Chair" column heading is no verb of the row under it
    r"\b(?:chairs?|chairing|presides?\s+over|sits?\s+on|joins?|préside|présidera|présidait|"
    r"siège\s+au)[^\S\n]+(?:the[^\S\n]+|le[^\S\n]+)?\Z",
    _I,
)


# a meeting noun that only describes another noun ("the meeting agenda", "the final
# meeting report", "le rapport de la réunion", "l'ordre du jour de la prochaine réunion")
# names a document, not a meeting: its date is the document's.  Only in running prose
# (the other noun in lower case): a heading "Meeting Report" or "Rapport de la Réunion
# thématique" keeps its meeting.
_DOCUMENT_AFTER = re.compile(
    r"(?:'s?)?\s+(?:agenda|agendas|report|reports|minutes|notes|summary|summaries|"
    r"documents|documentation|materials|papers|outcomes?|proceedings|room|website|"
    r"invitations?|registration|logistics|secretariat)\b"
)
# plural nouns that are also verbs ("the Conference notes with concern", "the meeting
# reports on progress"): a noun only before what a noun is followed by
_VERB_TOO = frozenset({"notes", "reports", "documents", "papers", "minutes"})
_NOUN_NEXT = re.compile(
    r"\s*(?:[.,;:)]|\Z|(?:were|are|will|would|have|had|can|may|should|must|and|or|of|"
    r"from|for|shared|circulated|sent|published|released|available|is|was)\b)"
)
# a line that starts with the meeting noun (or capitalised words) and ends, or goes on
# after a dash, a bar or a colon, after the document noun is a heading naming the meeting
# the document is about ("Thematic meeting report – Rabat"); a sentence broken across
# lines ("The final meeting report\nwill be released") is not
_HEADING_END = re.compile(r"[ \t]*(?:\n|\Z|[–—|:]|-\s)")
_HEADING_START = re.compile(r"(?:[A-Z0-9][\w'’-]*[ \t]+){0,3}\Z")
_DETERMINER_END = re.compile(r"\b(?:The|A|An|This|Our|Its|Their|Le|La|Les|Une?|Ce|Cette)[ \t]+\Z")


def _heading_start(text: str, start: int) -> bool:
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(_HEADING_START.fullmatch(line)) and not _DETERMINER_END.search(line)


_DOCUMENT_BEFORE = re.compile(
    r"(?:\b(?:agenda|report|minutes|summary|outcomes?|conclusions|proceedings|documents|"
    r"materials|invitations?|registration)\s+(?:of|for|from)\s+(?:the|this|that|a|our|its|"
    r"their)|"
    r"\b(?:rapport|compte[- ]rendu|ordre\s+du\s+jour|procès[- ]verbal|documents|actes|"
    r"conclusions|synthèse|invitations?|inscriptions?|programme)\s+(?:de\s+la|du|des|de\s+l'|"
    r"d'une?|de\s+cette|pour\s+la|de\s+notre))"
    r"(?:\s+(?!(?:and|et|or|ou)\b)[a-zà-ÿ'-]+){0,2}?\s*\Z"
)
# the meeting noun is then specified by its own facts: "the report of the meeting held in
# Rabat", "le rapport de la réunion tenue à Dakar", "of 3 May 2025": it stays a meeting
_OWN_FACTS = re.compile(
    # its topic may come first: "the outcomes of the TM on legal pathways hosted by Egypt"
    r"(?:\s+(?:on|sur|about)\s+[^,.;:()\n]{1,100}?)?"
    # or the word that makes it the one before: "les conclusions de la réunion précédente,
    # tenue à Abidjan"
    r"(?:\s+(?:previous|précédente?|dernière?))?"
    r"\s*,?\s*(?:(?:held|organi[sz]ed|hosted|convened|tenue?s?|organisée?s?|qui|which|that)\b|"
    r"(?:in|at|à|au)\s+[A-Z]|(?:on|of|du|le|des?)\s+\d)"
)


def _describes_another_noun(text: str, m: re.Match[str]) -> bool:
    following = _DOCUMENT_AFTER.match(text, m.end())
    if following is not None:
        if _HEADING_END.match(text, following.end()) and _heading_start(text, m.start()):
            return False  # "Thematic meeting report – Rabat, 3 May 2025": a heading
        noun = following.group(0).split()[-1]
        # "notes that", "reports on" are verbs: then the meeting noun is the subject
        return noun not in _VERB_TOO or _NOUN_NEXT.match(text, following.end()) is not None
    before = text[max(0, m.start() - 60) : m.start()]
    if _DOCUMENT_BEFORE.search(before) is None:
        return False
    return _OWN_FACTS.match(text, m.end()) is None
