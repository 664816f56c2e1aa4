"""What a date is in its sentence: a meeting's, or a deadline, a signing, a publication,
a period, another day.

Only meeting dates may fill a record's start and end.  The role is read from the words
around the date (its sentence before it, a little after it), in the five languages of the
date grammar (:mod:`processus.extraction.dates`).
"""

from __future__ import annotations

import re

from processus.extraction.normalize import fold

_SENTENCE_END = re.compile(r"[.!?;\n](?=\s)|\n")
# a registration that is a topic, not a step of taking part: civil or birth registration,
# the registration of refugees, "le registre d'état civil", "el registro civil", "o registo
# civil"; and French "s'inscrit dans" (is part of)
# (the word first, then what comes before it: a look-behind tried at every character of
# the window would cost every date)
_TOPICS_BEFORE = ("civil", "birth", "births", "vital", "voter", "population", "refugee",
                  "migrant", "asylum", "biometric", "digital", "land")  # fmt: skip
_TOPIC_REGISTRATION = (
    r"\bregist" + "".join(rf"(?<!{w}\sregist)" for w in _TOPICS_BEFORE) + r"\w*+"
    r"(?!\s+(?:of\s+(?:births?|deaths?|marriages?|refugees|migrants|asylum|"
    r"vital|civil|population)|civil|d['’]état\s+civil|de\s+(?:nacimientos|migrantes|"
    r"refugiados|estado\s+civil)|d[eio]\s+stato\s+civile|das\s+crianças)\b)"
)
_DEADLINE = re.compile(
    r"(?:"
    + _TOPIC_REGISTRATION
    + r"|(?<!s['’])inscri\w*|s['’]inscri(?:re|vant)\b|deadline|date limite|apply|"
    r"applications?|candidatur\w*|"
    r"submi\w+|rsvp|confirm\w*|no later than|au plus tard|nominat\w+|enrol\w*|sign up|"
    r"iscri\w*|scadenza|plazo|prazo|fecha límite|data limite|a más tardar|o mais tardar|"
    # a request to take part, an expression of interest, a call, a confirmation: "Requests
    # for participation should reach …", "domande di partecipazione entro", "las solicitudes
    # deberán enviarse antes del", "os pedidos de participação", "expressions of interest
    # are due by", "confermare la partecipazione entro"
    r"(?:requests?|demandes?|pedidos?|domande|richieste)\s+(?:for|of|de|di)\s+"
    r"(?:participa\w*|partecipa\w*|adhesi\w*|adesi\w*|adesão)|solicitud(?:es)?|"
    r"expressions?\s+of\s+interest|manifestations?\s+d['’]intérêt|"
    r"manifestaci\w+\s+de\s+interés|manifestazion\w+\s+di\s+interesse|"
    r"manifestaç\w+\s+de\s+interesse|call\s+for|appel\s+à|conferm\w*|due\s+(?:by|on))\b",
    re.IGNORECASE,
)
# a launch, creation or founding verb: its date is a meeting's only when the text says
# it happened at that meeting (see _AT_MEETING)
_LAUNCH_VERB = (
    r"established|founded|launched|created|créée?s?|lancée?s?|fondée?s?|inaugurated|"
    r"inaugurée?s?|inaugurad[oa]s?|inaugurat[oa]|"
    r"lanzad[oa]s?|fundad[oa]s?|cread[oa]s?|lanciat[oa]|fondat[oa]|istituit[oa]|"
    r"creat[oa]|lançad[oa]s?|criad[oa]s?|creation|création|creación|creazione|criação"
)
_SIGNING = re.compile(
    r"\b(?:signed|adopted|ratified|endorsed|entered into force|signée?s?|adoptée?s?|"
    r"ratifiée?s?|entrée? en vigueur|firmad[oa]s?|firmat[oa]|assinad[oa]s?|adoptad[oa]s?|"
    r"adottat[oa]|adotad[oa]s?|aprobad[oa]s?|approvat[oa]|aprovad[oa]s?|ratificad[oa]s?|"
    r"ratificat[oa]|(?P<launch>" + _LAUNCH_VERB + r"))"
    r"(?:(?:\s+\S+){0,2}?|"
    # "endorsed by the United Nations General Assembly (UN GA) in December 2018": the
    # agent may stand between, but not a meeting ("adopted by the ministers at the …")
    r"\s+(?:by|par|por|da)\s+(?:(?!\b(?:at|during|lors|au\s+cours|durante)\b)[^.;,\n]){1,80}?)"
    r"\s+(?:on|in|le|en|du)?\s*(?:the\s+)?\Z",
    re.IGNORECASE,
)
# a law's year is no meeting's: "the law of 2015", "loi de 2015", "Act of 2015", "the
# 2019 law"
_LAW_BEFORE = re.compile(
    r"\b(?:law|act|loi|ley|legge|lei|decree|décret|decreto)"
    r"(?:\s+(?:no\.?|n[°º]|nr\.?)\s*\S+)?\s+(?:of|de|du|del|di|da|do)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_LAW_AFTER = re.compile(r"\s+(?:law|act|decree)\b", re.IGNORECASE)
_MEETING_NOUN = (
    r"meeting|conference|summit|forum|workshop|seminar|session|round\s*table|"
    r"réunion|conférence|sommet|atelier|séminaire|table\s+ronde|"
    r"reunión|conferencia|cumbre|taller|riunione|conferenza|vertice|"
    r"reunião|conferência|cimeira|oficina"
)
# "Launched in November 2014 at its first ministerial conference", "lancé en 2006 lors de
# la première conférence ministérielle"
_AT_MEETING = re.compile(
    r"\s*,?\s*(?:at|during|lors\s+de|à\s+l['’]occasion\s+de|au\s+cours\s+de|durante|"
    r"en\s+ocasión\s+de|in\s+occasione\s+d[ei]|nel\s+corso\s+d[ei]|por\s+ocasião\s+d[aeo])"
    r"\s+(?:the|its|their|an?|la|le|l['’]|sa|son|leur|el|su|il|lo|sua|o|seu)\s*"
    r"(?:[^\W\d_][\w'’-]*\s+){0,4}?(?:" + _MEETING_NOUN + r")",
    re.IGNORECASE,
)
_PUBLICATION = re.compile(
    r"(?:published|posted|publié\w*|mise? en ligne|last updated|updated|date of publication|"
    r"publication date|press release|communiqué de presse|compiled|compilée?s?|captured|"
    r"mise? à jour|actualisée?|announcement|annonce|news|actualités?|version|draft|"
    r"projet|dated|datée|en date|date\s+of\s+(?:this|the)\s+(?:note|document|page)|"
    r"publicad[oa]|pubblicat[oa]|actualizad[oa]|atualizad[oa]|aggiornat[oa]|"
    r"comunicado(?:\s+de\s+(?:prensa|imprensa))?|comunicato(?:\s+stampa)?|"
    r"nota\s+(?:de\s+prensa|stampa)|not[ií]cias|notizie)"
    r"\s*(?:on|of|du|de|le|el|em|il|del|do|da|dal|[:|–—,-])?\s*\Z",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"international day|world \w+ day|journée (?:internationale|mondiale)|birthday|"
    r"anniversary|anniversaire|\bborn\b|\bdied\b",
    re.IGNORECASE,
)
# a meeting held to mark the day: "held a conference on 10 July to mark its 20th
# anniversary", "à l'occasion de la Journée internationale des migrants, … a tenu un atelier"
_MARKS_THE_DAY = re.compile(
    r"\b(?:to\s+(?:mark|celebrate|commemorate)|on\s+the\s+occasion\s+of|in\s+celebration\s+of|"
    r"on\s+the\s+(?:[\w-]+\s+)?anniversary\s+of|le\s+jour\s+(?:du|de\s+l)|"
    r"à\s+l['’]occasion\s+d|pour\s+(?:marquer|célébrer|commémorer)|en\s+célébration\s+d|"
    r"con\s+motivo\s+de|en\s+ocasión\s+de|para\s+(?:marcar|celebrar|conmemorar|comemorar)|"
    r"in\s+occasione\s+d|per\s+(?:celebrare|festeggiare|commemorare)|por\s+ocasião\s+d)",
    re.IGNORECASE,
)
# the subject of a sentence that dates something else than a meeting: a recruitment's
# interviews, a tender's opening of bids, an evaluation, a selection
_NOT_A_MEETING_SUBJECT = re.compile(
    r"(?:the\s+|les\s+|la\s+|le\s+|l['’]|los\s+|las\s+|el\s+|il\s+|i\s+|gli\s+|os\s+|as\s+|"
    r"o\s+|a\s+|an\s+|une?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:interviews|entretiens|entrevistas|colloqui|written\s+tests?|épreuves|exams?|examens?|"
    r"evaluations?|évaluations?|evaluaci[óo]n|valutazione|avalia[çc][ãa]o|selection\s+process|"
    r"opening\s+of\s+(?:the\s+)?(?:bids|tenders|offers)|ouverture\s+des\s+(?:plis|offres)|"
    r"apertura\s+de\s+(?:las\s+)?ofertas|seduta\s+pubblica|apertura\s+delle\s+offerte|"
    r"abertura\s+das\s+propostas|"
    # the day a post starts: "Prise de poste : 1er février 2026", "Entry on duty", "Start
    # date of the contract", "Fecha de incorporación", "Data di presa di servizio"
    r"prise\s+de\s+(?:poste|fonctions)|entrée\s+en\s+fonctions?|entry\s+on\s+duty|"
    r"start(?:ing)?\s+date\s+of\s+(?:the\s+)?(?:contract|assignment|employment)|"
    r"fecha\s+de\s+incorporación|incorporación|presa\s+di\s+servizio|"
    r"entrada\s+em\s+funções)\b",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(
    r"(?:period|période|programme|plan|strategy|stratégie)\s*(?:of\s+)?\Z", re.IGNORECASE
)


# a document's first line that names what the document is ("Press release – Abuja,
# 10 May 2025", "Concept note | … | Brussels, November 2022"): its date is the document's
_DOCUMENT_LINE = re.compile(
    r"\b(?:press\s+release|communiqués?|news|actualités?|announcements?|annonces?|"
    r"concept\s+note|note\s+conceptuelle|information\s+note|note\s+d'information|"
    r"briefing|bulletin|newsletter|statement|posts|publications|comunicados?|comunicato|"
    r"nota\s+de\s+prensa|nota\s+stampa|not[ií]cias|notizie|"
    r"nota\s+(?:conceptual|concettuale|conceitual|informativa)|"
    r"consulté|accessed|retrieved)\b",
    re.IGNORECASE,
)


_DEADLINE_AFTER = re.compile(r"\s*\(?deadline", re.IGNORECASE)
# a verb that holds the meeting between a word of registration and the date: the word was
# the meeting's topic ("a workshop on registration procedures took place in Dakar on 5 May",
# "un atelier sur les inscriptions consulaires s'est tenu le 5 mai", "se celebró el"); not
# when a word that closes a registration follows it ("Registration for the workshop held
# in Dakar closes on 5 May")
_HELD_SINCE_CUE = re.compile(
    r"\b(?:took\s+place|takes\s+place|will\s+take\s+place|(?:was|were|is|are|be)\s+held|"
    r"s['’]est\s+(?:tenue?|déroulée?)|se\s+sont\s+(?:tenue?s|déroulée?s)|a\s+eu\s+lieu|"
    r"se\s+tiendra|aura\s+lieu|se\s+(?:celebró|celebrará|realizó|realizará)|"
    r"(?:tuvo|tendrá)\s+lugar|si\s+è\s+(?:tenut|svolt)[oa]|si\s+(?:terrà|svolgerà)|"
    r"(?:ha\s+avuto|avrà)\s+luogo|decorreu|realizou-se|(?:teve|terá)\s+lugar)\b"
    r"(?![^.;!?\n]*\b(?:clos\w*|ends?|due|until|before|jusqu\w*|avant|clôtur\w*|ferm\w*|"
    r"hasta|antes|entro|fino|até)\b)",
    re.IGNORECASE,
)


def _a_deadline(near: str) -> bool:
    """Whether a word of registration, application or deadline before the date in ``near``
    makes it a deadline: not when a verb that holds a meeting stands between."""
    found = list(_DEADLINE.finditer(near))
    return bool(found) and _HELD_SINCE_CUE.search(near, found[-1].end()) is None


# Substrings without which the role patterns above cannot match a window: each
# alternative of a pattern, folded (lower case, no accents: "signée" -> "signee"),
# contains one of its cues.  Only windows whose folded form is ASCII are pre-checked:
# there folding agrees with the patterns' IGNORECASE, which in Unicode also equates "s"
# with "ſ" or "k" with the Kelvin sign (characters that folding leaves as they are).
_PUBLICATION_CUES = (
    "publi", "posted", "mis", "updated", "dat", "press", "communiqu", "compil", "captured",
    "actualis", "announcement", "annonce", "news", "actualit", "version", "draft", "projet",
    "pubbl", "actualiz", "atualiz", "aggiorn", "comunic", "nota", "noticias", "notizie",
)  # fmt: skip
_DEADLINE_CUES = (
    "regist", "inscri", "deadline", "date limite", "apply", "applic", "candidat", "submi",
    "rsvp", "confirm", "no later than", "au plus tard", "nominat", "enrol", "sign up",
    "iscri", "scadenza", "plazo", "prazo", "fecha l", "data limite", "tardar", "request",
    "demande", "pedido", "domande", "richieste", "solicitud", "interest", "interet", "interes",
    "call for", "appel a", "conferm", "due by", "due on",
)  # fmt: skip
_SIGNING_CUES = (
    "sign", "adopt", "ratifi", "endorsed", "entered", "entr", "established", "founded",
    "launched", "creat", "cread", "creaz", "creac", "cree", "criad", "criac", "lance", "lancad",
    "lanzad", "fonde", "fundad", "lanciat", "fondat", "istituit", "firmad", "firmat", "assinad",
    "adott", "adotad", "aprob", "approvat", "aprovad",
)  # fmt: skip
_LAW_BEFORE_ENDS = ("of", "de", "du", "del", "di", "da", "do", "the")
_LAW_AFTER_STARTS = ("law", "act", "decree")
# the date a meeting was first planned for, before it moved: "initially scheduled for",
# "originally planned on", "initialement prévue le", "inicialmente prevista para el",
# "inizialmente previsto per il", "inicialmente agendada para"
_PLANNED = (
    r"(?:scheduled|planned|set|foreseen|slated|prévue?s?|programmée?s?|previst[oa]s?|"
    r"programad[oa]s?|programmat[oa]|agendad[oa]s?)"
)
_FIRST_WORDS = r"(?:originally|initially|first|previously|initialement|inicialmente|inizialmente)"
_REPLACED = re.compile(
    # "initially scheduled for", and the participle first: "prevista inicialmente para"
    r"\b(?:" + _FIRST_WORDS + r"\s+" + _PLANNED + r"|" + _PLANNED + r"\s+" + _FIRST_WORDS + r")"
    r"(?:\s+(?:for|on|to\s+take\s+place\s+on|pour|para|per))?"
    r"(?:\s+(?:the|le|les|du|el|los|il|dal|o|a|os))?\s*\Z",
    re.IGNORECASE,
)
# the move the rest of the sentence tells: "has been postponed to", "a été reportée aux"
#: the verbs of a meeting moved to another date, in five languages
MOVED_VERBS = (
    r"(?:postponed|rescheduled|moved|brought\s+forward|pushed\s+back|delayed|deferred|"
    r"reportée?s?|repoussée?s?|décalée?s?|avancée?s?|aplazad[oa]s?|pospuest[oa]s?|"
    r"adelantad[oa]s?|trasladad[oa]s?|rinviat[oa]|posticipat[oa]|anticipat[oa]|spostat[oa]|"
    r"adiad[oa]s?|antecipad[oa]s?)"
)
_MOVED = re.compile(
    r"\b(?:" + MOVED_VERBS + r"|"
    # the new date told as the one that holds: "will now take place", "se tiendra
    # finalement", "se celebrará", "si terrà invece", "vai agora decorrer"
    r"will\s+now|now\s+(?:take\s+place|be\s+held)|finalement|finalmente|instead|invece|"
    r"se\s+celebrará|se\s+tendrá|se\s+tiendra|aura\s+lieu|si\s+terrà|si\s+svolgerà|"
    r"terá\s+lugar|decorrerá|will\s+(?:take\s+place|be\s+held))\b",
    re.IGNORECASE,
)


def _replaced(text: str, before: str, end: int) -> bool:
    """Whether the date ending at ``end`` is the one a meeting was first planned for, and
    its sentence tells that it moved (else the planned date is all the text gives)."""
    if _REPLACED.search(before[-50:]) is None:
        return False
    rest = _SENTENCE_END.split(text[end : end + 200], maxsplit=1)[0]
    return _MOVED.search(rest) is not None


_REPLACED_CUES = ("originally", "initially", "first", "previously", "initialement",
                  "inicialmente", "inizialmente")  # fmt: skip
_OTHER_CUES = ("international day", "world", "journ", "birthday", "anniversa", "born", "died")


def _may(plain: bool, cues: tuple[str, ...], low: str) -> bool:
    """False only when the folded ASCII window ``low`` holds none of ``cues``."""
    if not plain:
        return True
    for cue in cues:  # noqa: SIM110 - a plain loop, cheaper than any() over a generator
        if cue in low:
            return True
    return False


def first_line_end(text: str) -> int:
    """End of the document's first non-blank line."""
    lead = len(text) - len(text.lstrip())
    stop = text.find("\n", lead)
    return len(text) if stop == -1 else stop


def _signing(near: str, after: str, plain: bool, low: str, low_after: str) -> bool:
    """A signing, adoption, founding or law date; not a launch told as a meeting's date."""
    if _may(plain, _SIGNING_CUES, low):
        m = _SIGNING.search(near)
        if m is not None:
            return m.group("launch") is None or _AT_MEETING.match(after) is None
    # "the law of 2015" ends with "of", "the 2019 law" goes on with "law" (see the cues)
    if (not plain or low.rstrip().endswith(_LAW_BEFORE_ENDS)) and _LAW_BEFORE.search(
        near, max(0, len(near) - 40)
    ):
        return True
    if plain and not low_after.lstrip().startswith(_LAW_AFTER_STARTS):
        return False
    return _LAW_AFTER.match(after) is not None


_FIRST_LINE_REACH = 300
# months between which figures are counted: a period, not a meeting's months
_BETWEEN_MONTHS = re.compile(r"\b(?:between|entre|tra|fra)\s+\Z", re.IGNORECASE)


def date_role(
    text: str, start: int, end: int, kind: str, line_end: int | None = None, span: bool = False
) -> str:
    """The role of the date at ``text[start:end]`` (``line_end``: where the document's
    first line ends, when the caller knows it; ``span``: the date is a range of days, as
    "dal 3 al 5 ottobre", whose "dal" opens the range rather than a period)."""
    if kind == "period" or (
        kind == "months" and _BETWEEN_MONTHS.search(text, max(0, start - 10), start)
    ):
        return "period"  # "Between January and June 2025, 5,300 migrants were registered"
    if line_end is None:
        line_end = first_line_end(text)
    # the first line's own cue, within a few hundred characters before the date (a first
    # "line" of thousands of dates must not cost each of them the whole line)
    if start < line_end and _DOCUMENT_LINE.search(text, max(0, start - _FIRST_LINE_REACH), start):
        return "publication"
    lo = max(0, start - 90)
    before = text[lo:start]
    cut = max(
        before.rfind("\n"), before.rfind(". "), before.rfind("; "), before.rfind("! "),
        before.rfind("? "),
    )  # fmt: skip
    if cut != -1:
        before = before[cut + 1 :]
    after = text[end : end + 60]
    after = _SENTENCE_END.split(after, maxsplit=1)[0]
    near = before[-60:]
    # the role patterns are slow case-insensitive alternations; in a window whose folded
    # form is ASCII a pattern can only match where one of its cue substrings occurs (see
    # _may and the cues)
    low, low_after = fold(near), fold(after)
    plain = low.isascii() and low_after.isascii()
    if _may(plain, _PUBLICATION_CUES, low[-45:]) and _PUBLICATION.search(before[-45:]):
        return "publication"
    if (
        _may(plain, _DEADLINE_CUES, low)
        and _a_deadline(near)
        and not _IN_OR_SINCE.search(low[-12:])
    ) or (_may(plain, ("deadline",), low_after) and _DEADLINE_AFTER.match(after)):
        return "deadline"
    if _signing(near, after, plain, low, low_after):
        return "signing"
    if _may(plain, _REPLACED_CUES, low[-50:]) and _replaced(text, before, end):
        return "replaced"  # "initially scheduled for 14-15 May, postponed to 8-9 October"
    if _NOT_A_MEETING_SUBJECT.match(before.lstrip()):
        return "other"  # "Interviews will take place in Brussels in February 2025"
    if (
        (_may(plain, _OTHER_CUES, low[-40:]) and _OTHER.search(before[-40:]))
        or (_may(plain, _OTHER_CUES, low_after[:50]) and _OTHER.search(after[:50]))
    ) and not _MARKS_THE_DAY.search(near + " " + after[:50]):
        return "other"
    if not span and _SINCE.search(low[-12:]) and not _ongoing_since(text, start, end, kind):
        return "period"  # "activities organised since December 2018": a period's start
    if kind == "year":
        return "meeting" if _timeline_entry(text, start, end) else "year"
    return "meeting"


# a timeline's entry: a year at the start of its line, then a dash or a colon and the entry
# ("2006 – Rabat: first Euro-African Ministerial Conference", "2008 : Paris – deuxième
# conférence"); its year dates the meeting the line names
_TIMELINE_AFTER = re.compile(r"[ \t]*(?:[–—-]|:)[ \t]+\S")


def _timeline_entry(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t•·*-") or start - line_start > 4:
        return False
    if _TIMELINE_AFTER.match(text, end) is None:
        return False
    # "2014 – Rome: launch of the Khartoum Process": the founding of a dialogue, no meeting
    line_end = text.find("\n", end)
    return _FOUNDED_ON_THE_LINE.search(text, end, line_end if line_end != -1 else len(text)) is None


# a timeline line that founds a dialogue rather than naming a meeting: "launch of the
# Khartoum Process", "lancement du Processus de Rabat", "lanzamiento del Proceso", "avvio del
# Processo", "lançamento do Processo", "creation of the Dialogue"
_FOUNDED_ON_THE_LINE = re.compile(
    r"\b(?:launch(?:ed)?|creation|created|establishment|established|founding|founded|"
    r"lancement|lancée?|création|créée?|fondation|lanzamiento|lanzad[oa]|creación|"
    r"avvio|lancio|istituzione|lançamento|lançad[oa]|criação)\s+(?:of|du|de|des|del|della|"
    r"dello|do|da)?\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|o\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:Process|Processus|Proceso|Processo|Dialogue|Diálogo|Dialogo|"
    r"Partnership|Initiative)\b(?![^\n]*\b(?:conference|conférence|conferencia|conferenza|"
    r"conferência|meeting|réunion|reunión|riunione|reunião|summit|sommet)\b)",
    re.IGNORECASE,
)


# a meeting under way since a day: "has been under way in Dakar since Monday", "se tient
# depuis hier à Abuja", "se celebra desde ayer", "si svolge da lunedì", "decorre desde
# segunda-feira": its first day, not a period's start
_ONGOING = re.compile(
    r"\b(?:under\s*way|ongoing|is\s+being\s+held|are\s+being\s+held|has\s+been\s+(?:meeting|running)|"
    r"have\s+been\s+meeting|se\s+(?:tient|tiennent|déroule|déroulent|poursuit|poursuivent)|"
    r"se\s+(?:celebra|celebran|desarrolla|desarrollan|realiza|realizan)|"
    r"si\s+(?:svolge|svolgono|tiene|tengono)|(?:está|estão)\s+a\s+decorrer|decorre|decorrem)\b",
    re.IGNORECASE,
)
_DAY_KINDS = frozenset({"month", "months", "year", "year_part", "period"})


def _ongoing_since(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a day after "since" is the first day of a meeting told as under way."""
    if kind in _DAY_KINDS:
        return False  # "since December 2018", "depuis 2019": a period's start
    line_start = max(text.rfind("\n", 0, start) + 1, start - 120)
    line_end = text.find("\n", end)
    stop = min(end + 120, len(text) if line_end == -1 else line_end)
    return _ONGOING.search(text, line_start, stop) is not None


# a year or a month told as when something was counted, not by when to register: "has
# registered 20,000 returns since 2017", "registró 20.000 retornos en 2023"
_IN_OR_SINCE = re.compile(
    r"\b(?:since|in|during|depuis|en|durant|desde|durante|dal|dall'|nel|nell'|em|no|dès)\s*\Z"
)


# the start of a period: "since December 2018", "depuis mai 2018", "desde 2019"
_SINCE = re.compile(r"\b(?:since|depuis|desde|dal|dalla|dall')\s*\Z")
