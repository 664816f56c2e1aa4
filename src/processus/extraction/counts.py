"""How many took part, from how many countries, and how many recommendations came out.

A count is only read next to the noun it counts ("156 participants", "33 partner
countries", "22 recommendations", "7 policy takeaways").  Countries are only counted
in a sentence about attendance ("from 41 countries", "representing 33 partner
countries", "... countries participated"): "brings together 18 Member States" is a
membership, "1,704 followers" an audience.  Qualifiers map to the contract's five
values ("over", "nearly", "about", "at least", "up to"): see
:mod:`processus.extraction.count_mentions`.  A card's labelled fields ("Participants: 42")
are read by :mod:`processus.extraction.count_labels`.
"""

from __future__ import annotations

import re

from processus.extraction.count_labels import labelled_counts
from processus.extraction.count_mentions import (
    QUALIFIER_WORDS,
    CountMention,
    clause_start,
    number_qualifier,
    sentence_of,
)
from processus.extraction.date_words import MONTHS
from processus.extraction.plausibility import (
    MOST_DIGITS,
    Rejection,
    count_problem,
    written_start,
)
from processus.extraction.scan import Cues, FirstWords, Token, match_at_words
from processus.extraction.written_numbers import (
    ADDITIVE_WORDS,
    FIRST_MULTIPLIERS,
    LEADING_ONE,
    NUMBER_PATTERN,
    PLUS_PATTERN,
    UNREAD_MAGNITUDE,
    number_value,
)

_I = re.IGNORECASE

# up to four describing words between a number and its noun ("28 border and law
# enforcement officials"), never a preposition or an article ("2019 for a Senior
# Officials' Meeting" is a year)
_STOP = (
    r"(?:for|a|an|the|of|to|in|at|on|by|with|from|pour|une?|la|le|les|des|du|de|à|au|en|"
    r"par|sur|avec|del|della|dei|degli|delle|di|da|dal|con|per|para|por|los|las|el|il|gli|lo|"
    r"os|do|dos|das|com|em|"
    # the states themselves: "50 États participants" are participating states, not people
    r"states|countries|états|estados|stati|pays|países|paesi)\b"
)
_ADJ = (
    r"(?:\s+d[ei](?=\s)|\s+d['’](?=\w))?(?:\s+(?!and\b|et\b)(?!" + _STOP + r")[A-Za-zÀ-ÿ'-]+"
    r"(?:\s+(?!" + _STOP + r")[A-Za-zÀ-ÿ'-]+){0,3}?)?"
)

# the trades a training or a workshop gathers ("32 border guards", "35 policiers et
# magistrats", "40 guardias de fronteras", "25 magistrati", "30 juízes"); at most one word
# may stand between the number and such a noun (see _count_of)
_TRADES = (
    r"guards|police|policemen|judges|prosecutors|magistrates|diplomats|journalists|trainees|"
    r"inspectors|investigators|gardes-frontières|gardes|policiers|gendarmes|magistrats|juges|"
    r"procureurs|diplomates|journalistes|stagiaires|inspecteurs|enquêteurs|guardias|policías|"
    r"jueces|fiscales|diplomáticos|periodistas|inspectores|guardie|poliziotti|magistrati|"
    r"giudici|procuratori|diplomatici|giornalisti|ispettori|guardas|polícias|juízes|"
    r"magistrados|procuradores|diplomatas|jornalistas|inspetores"
)
_TRADE_WORDS = frozenset(_TRADES.split("|"))
_A_TRADE = re.compile(
    r"\s+(?:[\w'’-]+\s+)?(?:(?:" + _TRADES + r")\s+(?:and|et|y|e|&)\s+)?(?:" + _TRADES + r")\Z",
    _I,
)
_PARTICIPANT_NOUN = (
    r"(?:participants?|representatives|delegates|attendees|experts|officials|people|persons|"
    r"stakeholders|practitioners|speakers|members\s+of\s+delegations|"
    r"participant(?:e)?s|représentant(?:e)?s|délégué(?:e)?s|personnes|expert(?:e)?s|"
    r"fonctionnaires|intervenant(?:e)?s|"
    r"participantes|representantes|delegad[oa]s|expert[oa]s|personas|pessoas|peritos|"
    r"partecipanti|rappresentanti|delegati|esperti|persone|funcionari[oa]s|funzionari|"
    # officers and agents of a service ("35 border officers", "40 agents de l'état
    # civil", "30 agentes fronterizos", "25 agenti consolari", "20 funcionários")
    r"officers|agents|agentes|agenti|funcionári[oa]s|"
    # the professionals a meeting gathers: "40 professionals", "35 técnicos", "25 tecnici",
    # "30 profissionais", "20 formandos", "60 asistentes"
    r"professionals|specialists|technicians|profesionales|técnic[oa]s|especialistas|asistentes|"
    r"tecnici|professionisti|operatori|profissionais|formand[oa]s|" + _TRADES + r")\b"
)
# nouns that are adjectives too: they count people only right after the number ("35
# técnicos", not "3 reuniones técnicas", "40 equipos técnicos")
_ADJECTIVE_NOUNS = frozenset({"técnicos", "técnicas", "tecnici", "especialistas", "profissionais",
                              "profesionales"})  # fmt: skip
_COUNTRY_NOUN = r"(?:countries|states|nations|pays|états|países|paesi|estados|stati)\b"
_REC_NOUN = (
    r"(?:recommendations|policy\s+takeaways|takeaways|conclusions|key\s+messages|"
    r"recommandations|conclusions|messages\s+clés|policy\s+recommendations|"
    r"recomendaciones|raccomandazioni|recomendações|conclusiones|conclusioni|conclusões)\b"
)

# numbers are found first, then the noun after them and the qualifier before them
NUMBER = re.compile(r"(?<![\w,.])" + NUMBER_PATTERN + PLUS_PATTERN, _I)
# "une trentaine d'experts": the elided "de" joins the noun without a space
PARTICIPANTS_AFTER = re.compile(_ADJ + r"(?:\s+|(?<=['’]))" + _PARTICIPANT_NOUN, _I)
COUNTRIES_AFTER = re.compile(
    r"(?:\s+(?:partner|participating|member|african|european|arab|other|different|"
    r"and|et|euro-african|pays|partenaires|africains|européens|membres|de|la|région|"
    r"rabat|khartoum|process|africanos|europeos|africani|europei|africanos|europeus|"
    r"socios|partner|parceiros|miembros|membri|membros|y|e|di|"
    # the name of the group the countries belong to: "14 ECOWAS member states", "27 EU
    # Member States", "8 IGAD countries"
    r"(?-i:[A-Z]{2,8}))){0,5}\s+" + _COUNTRY_NOUN,
    _I,
)
RECOMMENDATIONS_AFTER = re.compile(_ADJ + r"\s+" + _REC_NOUN, _I)
_ATTENDANCE = re.compile(
    r"\b(?:participants?|participated|participating|attended|attendance|took\s+part|"
    r"represent\w*|gathered|joined|delegations?|from|de|participé|réuni\w*|rassembl\w*|"
    r"particip\w*|reuni\w*|riuni\w*|contó\s+con|di|da|dos|das|del|dei|des|délégations?|"
    r"delegaci\w+|delegazion\w+|delegaç\w+|rappresentant\w+|partecip\w+)\b",
    _I,
)
# the participant noun is the first word of a meeting's name ("two Senior Officials'
# Meetings", "three expert meetings"): the number counts meetings
_NAMES_MEETINGS = re.compile(
    r"['’]?(?:s['’])?\s*(?:meetings?|conferences?|workshops?|sessions?|SOMs?)\b", _I
)
_MEETING_NAMERS = frozenset({"officials", "experts", "ministers", "officials'", "experts'"})
_MEMBERSHIP = re.compile(
    r"\bmember\s+states\b|\bÉtats\s+membres\b|\bEstados\s+miembros\b|\bEstados[-\s]membros\b|"
    r"\bStati\s+membri\b",
    _I,
)
# "member states" is a membership ("the dialogue brings together 57 member states") unless
# an attendance cue comes before the number ("Representatives of 19 member states took
# part"); a membership verb before it wins over the cue
_MEMBERSHIP_VERB = re.compile(
    r"\b(?:brings?\s+together|bringing\s+together|comprises?|comprising|groups|includes?|"
    r"including|unites|counts|has|have|réunit|réunissant|regroupe|rassemble|compte|"
    r"comprend|reúne|agrupa|comprende|riunisce|include|congrega|inclui|integra|cuenta\s+con|"
    r"conta(?:\s+com)?|raggruppa|compreende|abarca|engloba|abrange)\b",
    _I,
)
_NOT_OUTCOME = re.compile(r"\s+(?:that|which)\s+had\s+(?:previously|already)|\s+of\s+the\s+"
                          r"(?:executive|committee)", _I)  # fmt: skip
# a sentence whose subject is a publication ("A study published by the Secretariat makes
# 15 recommendations", "The 2023 edition of the annual report lists 15 recommendations",
# "Une étude publiée en 2026 formule 15 recommandations") credits the recommendations to
# that publication, not to a meeting.  A publication of the meeting ("the meeting report",
# "the report of the workshop", "le rapport de la réunion") is the meeting's own outcome:
# a meeting noun before the number keeps the count.
_DETERMINER = (
    r"(?:the|a|an|this|that|these|its|their|our|his|her|le|la|l'|les|une?|ce|cet|cette|ces|"
    r"son|sa|ses|leur|leurs|notre|nos|votre)"
)
_PUBLICATION_SUBJECT = re.compile(
    r"[\W\d_]*(?:" + _DETERMINER + r"(?:\s+|(?<=')))?"
    r"(?:(?!" + _DETERMINER + r"\b)[\w'-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|reports?|publications?|papers?|evaluations?|assessments?|reviews?|"
    r"surveys?|editions?|briefs?|notes?|analys[ie]s|guidelines|handbooks?|toolkits?|"
    r"études?|rapports?|évaluations?|éditions?|analyses?|manuels?|guides?|"
    r"estudios?|informes?|studi|studio|rapporti|rapporto|estudos?|relatórios?)\b",
    _I,
)
# a meeting the publication was presented at, which does not make its recommendations the
# meeting's: "A study presented at the meeting makes 15 recommendations", "une étude présentée
# lors de la réunion"
_PRESENTED_AT = re.compile(
    r"\b(?:presented|discussed|launched|shared|introduced|présentée?s?|discutée?s?|lancée?s?|"
    r"presentad[oa]s?|presentat[oa]|apresentad[oa]s?)\s+(?:at|during|lors\s+de|à|au|en|durante|"
    r"a|in|na|no|alla|al|nel|nella)\s+(?:the\s+|la\s+|l['’]|el\s+|lo\s+|o\s+|a\s+)?\S+\s*\Z",
    _I,
)
# a publication's recommendations told in its relative clause: "a new IOM report, which
# contains 10 recommendations", "un estudio que formula 9 recomendaciones"
_PUBLICATION_RELATIVE = re.compile(
    r"\b(?:stud(?:y|ies)|reports?|papers?|études?|rapports?|estudios?|informes?|studi|studio|"
    r"rapporto|estudos?|relatórios?)\b[^.;:]{0,40}?,?\s*(?:which|that|qui|que|che)\s+"
    r"(?:[\w'’-]+\s+){1,2}\Z",
    _I,
)
_MEETING_NOUN = re.compile(
    r"\b(?:meetings?|conferences?|workshops?|seminars?|webinars?|sessions?|side[- ]events?|"
    r"events?|SOMs?|summits?|round[- ]?tables?|forums?|trainings?|réunions?|conférences?|"
    r"ateliers?|séminaires?|webinaires?|sommets?|tables?[- ]rondes?|formations?|"
    r"événements?)\b",
    _I,
)


def _credited_to_publication(text: str, number_start: int) -> bool:
    """Whether the recommendations before ``number_start`` belong to a publication."""
    lo = max(text.rfind(". ", 0, number_start), text.rfind("\n", 0, number_start)) + 1
    head = text[lo:number_start]
    if _PUBLICATION_RELATIVE.search(head):
        return True
    if not _PUBLICATION_SUBJECT.match(head):
        return False
    meeting = _MEETING_NOUN.search(head)
    return meeting is None or bool(_PRESENTED_AT.search(head, 0, meeting.end()))


def _a_membership(text: str, number_start: int) -> bool:
    """Whether "N member states" at ``number_start`` lists a dialogue's members: a
    membership verb, or no attendance cue, before the number in its sentence."""
    before = text[clause_start(text, number_start) : number_start]
    return bool(_MEMBERSHIP_VERB.search(before)) or not _ATTENDANCE.search(before)


# a membership verb right before the number, a qualifier or "a" / "à" between ("The
# Process brings together 57 partner countries", "Reúne 57 países parceiros")
_MEMBERSHIP_VERB_BEFORE_NUMBER = re.compile(
    _MEMBERSHIP_VERB.pattern + r"(?:\s+(?:a|à|" + QUALIFIER_WORDS + r"))?\s+\Z", _I
)
# a meeting as the subject ("La conférence réunit 40 pays") is an attendance
_MEETING_SUBJECT = re.compile(
    _MEETING_NOUN.pattern + r"|\b(?:reuni[oóã]n?\w*|riunion\w*|conferen\w*|talleres?|"
    r"seminari\w*|seminários?|encontros?|incontri|incontro|cumbres?|vertice|cimeiras?)\b",
    _I,
)


def _members_listed(text: str, number_start: int) -> bool:
    """Whether the countries counted at ``number_start`` are a dialogue's members: a
    membership verb right before the number, in a sentence whose subject before it is no
    meeting ("The Process brings together 57 partner countries from Europe and Africa")."""
    before = text[clause_start(text, number_start) : number_start]
    verb = _MEMBERSHIP_VERB_BEFORE_NUMBER.search(before)
    return verb is not None and not _MEETING_SUBJECT.search(before, 0, verb.start())


# the whole membership named with its dialogue: "representatives of the 57 partner
# countries of the Rabat Process", "des 57 pays partenaires du Processus", "de los 57
# países socios del Proceso", "dei 57 paesi partner del Processo", "dos 57 países
# parceiros do Processo"
_THE_BEFORE = re.compile(
    r"(?:\bthe|\bles|\bdes|\blos|\blas|\bi|\bgli|\bdei|\bdegli|\bos|\bdos)\s+\Z", _I
)
_OF_A_DIALOGUE = re.compile(
    r"(?:\s+(?:partenaires|socios|partner|parceiros|membres|miembros|membri|membros))?"
    r"\s+(?:of\s+the|du|de\s+la|del|della|dello|do|da)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:Process|Processus|Proceso|Processo|Dialogue|Diálogo|Dialogo)\b",
    _I,
)


def _all_members_of(text: str, number_start: int, noun_end: int) -> bool:
    """Whether the countries counted are all the members of a dialogue named after them
    ("over 70 representatives of the 57 partner countries of the Rabat Process")."""
    return bool(
        _THE_BEFORE.search(text, max(0, number_start - 8), number_start)
        and _OF_A_DIALOGUE.match(text, noun_end)
    )


# a part before the whole: "14 of the 16 member states", "14 des 16 États membres", "14 de
# los 16", "14 dei 16", "14 dos 16"
_PART_OF = re.compile(
    r"(?<![\w,.])(?P<part>\d{1,3})\s+(?:(?:out\s+)?of(?:\s+the)?|sur|des|de\s+(?:los|las)|"
    r"dei|degli|delle|d[oa]s)\s+"
    # whose members: "30 of the dialogue's 57 member states", "30 of its 57 members"
    r"(?:(?:[\w-]+['’]s?|its|their|ses|sus|suoi|seus)\s+)?\Z",
    _I,
)


# what may stand between a number and its noun (the describing words of _ADJ, the
# country adjectives, the nouns themselves): the characters that the case-insensitive
# class [A-Za-zÀ-ÿ'\s-] matches, written out (İ ı Ÿ ſ ẞ, the Kelvin and Ångström signs
# match it by case), since re folds the case of every character it tests otherwise
_WORDY_CLASS = "[A-Za-zÀ-ÿ'\\s\\-\u0130\u0131\u0178\u017f\u1e9e\u212a\u212b]"
_WORDY = re.compile(_WORDY_CLASS + "*")
# the first word of every noun of the three noun patterns, folded (see scan.Cues)
_PARTICIPANT_CUES = Cues(
    prefixes=("participant", "representative", "delegate", "attendee", "expert", "official",
              "professional", "specialist", "technician", "profesional", "tecnic", "especialista",
              "asistente", "professionist", "operator", "profissiona", "formand",
              "people", "person", "stakeholder", "practitioner", "speaker", "member",
              "representant", "delegue", "personne", "fonctionnaire",
              "intervenant", "delegad", "persona", "pessoa", "perito", "partecipant",
              "rappresentant", "delegat", "espert", "funcionari", "funzionari", "officer",
              "agent", "guard", "police", "judge", "prosecutor", "magistra", "diploma",
              "journalist", "trainee", "inspect", "investigat", "garde", "polici", "gendarme",
              "juge", "procureur", "stagiaire", "enqueteur", "policia", "juece", "fiscal",
              "periodist", "poliziott", "giudic", "procurator", "giornalist", "ispettor",
              "juize", "procurador", "jornalist"),
)  # fmt: skip
_COUNTRY_CUES = Cues(
    prefixes=("countr", "state", "nation", "pays", "etat", "paise", "paesi", "estado", "stati")
)
_REC_PREFIXES = ("recommend", "recommand", "policy", "takeaway", "conclusion", "key",
                 "message", "recomend", "raccomand")  # fmt: skip
_REC_CUES = Cues(prefixes=_REC_PREFIXES)
# the three at once: a number followed by none of their nouns (a day, a year) is left
# after one look-up instead of three
_ANY_NOUN_CUES = Cues(
    prefixes=(*_PARTICIPANT_CUES.words.prefixes, *_COUNTRY_CUES.words.prefixes, *_REC_PREFIXES)
)


def _after(
    pattern: re.Pattern[str],
    cues: Cues,
    text: str,
    tokens: list[Token],
    pos: int,
    end: int,
    reach: int,
) -> re.Match[str] | None:
    """``pattern.match(text, pos, end)``, skipped when no noun starts before ``reach``."""
    if not cues.possible(text, tokens, pos, reach):
        return None
    return pattern.match(text, pos, end)


# a number that ends its line, before a line that opens with a capital: the next line's noun
# is a label or a sentence of its own, never the number's ("45⏎Participants discussed …")
_LINE_ENDS_BEFORE_A_CAPITAL = re.compile(r"[ \t]*\n[ \t]*(?:[•*·-][ \t]*)?[A-ZÀ-Ý]")
# the hour before a time's minutes: "16:30", "16h30", "16.30"
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:h.]\Z")

_NUMBER_FIRST = FirstWords(
    exact=frozenset([*ADDITIVE_WORDS, *LEADING_ONE, *FIRST_MULTIPLIERS]),
    prefixes=tuple("0123456789"),
)


def find_counts(
    text: str,
    start: int = 0,
    end: int | None = None,
    tokens: list[Token] | None = None,
    rejected: list[Rejection] | None = None,
) -> list[CountMention]:
    """Counts inside ``text[start:end]``; offsets are those of ``text``.  A count out of
    bounds (:mod:`processus.extraction.plausibility`) is left out, and added to
    ``rejected`` with the reason when that list is given."""
    end = len(text) if end is None else end
    out: list[CountMention] = []
    if tokens is not None and (start, end) != (0, len(text)):
        tokens = [t for t in tokens if start <= t[0] < end]
    elif tokens is None:
        from processus.extraction.aliases import tokens as tokenize

        tokens = [(s + start, e + start, w) for s, e, w in tokenize(text[start:end])]
    for m in match_at_words(NUMBER, text, tokens, _NUMBER_FIRST):
        if m.end() > end or not text[m.end() : m.end() + 1].isspace():
            # every noun pattern below starts with whitespace ("12-13 May" is no count)
            continue
        if _LINE_ENDS_BEFORE_A_CAPITAL.match(text, m.end()) or _CLOCK_BEFORE.search(
            text, max(0, m.start("n") - 3), m.start("n")
        ):
            continue  # a card's value or a date's year ("Number of participants: 45⏎Countries
            # represented: 11"), or a time's minutes ("16:30 Conclusions")
        raw = m.group("n")
        value = number_value(raw) if sum(ch.isdigit() for ch in raw) <= MOST_DIGITS else _TOO_LONG
        if value is None or UNREAD_MAGNITUDE.match(text, m.end()):
            continue  # "twenty thirty participants", "2 million people": not read safely
        # the nouns come after words and spaces only: skip the patterns whose noun does
        # not start a word there ("12 May 2019" has no noun before "2019")
        stretch = _WORDY.match(text, m.end(), end)
        reach = stretch.end() if stretch is not None else m.end()
        if not _ANY_NOUN_CUES.possible(text, tokens, m.end(), reach):
            continue
        mention = _count_of(text, tokens, m, value, end, reach)
        if mention is None:
            continue
        problem = count_problem(text, m.start("n"), m.end("n"), mention.field, value)
        if problem is None:
            out.append(mention)
        elif rejected is not None:
            at, to = written_start(text, mention.start), mention.end
            rejected.append(Rejection(mention.field, at, to, text[at:to], problem))
    taken = {c.start for c in out}
    out += [c for c in labelled_counts(text, start, end) if c.start not in taken]
    out.sort(key=lambda c: c.start)
    return out


# the value given to a number of more digits than any count has (read no further)
_TOO_LONG = 10**MOST_DIGITS


# the people each member may send: "Each participating state may send two delegates",
# "Chaque État peut désigner deux représentants", "Cada país podrá enviar dos delegados",
# "two representatives per partner country", "deux représentants par pays"
_QUOTA_BEFORE = re.compile(
    r"\b(?:each|every|chaque|cada|ogni)\b[^.;:!?\n]{0,50}?\b(?:may|can|will|is\s+invited\s+to|"
    r"peut|pourra|puede|podrá|pode|poderá|può|potrà)\s+(?:send|nominate|designate|register|"
    r"envoyer|désigner|inscrire|enviar|designar|inscribir|inviare|designare|indicare|"
    r"inscrever)\s+(?:up\s+to\s+|jusqu['’]à\s+|hasta\s+|até\s+|fino\s+a\s+)?\Z",
    _I,
)
_PER_MEMBER_AFTER = re.compile(
    r"\s+(?:per|par|por|for\s+each|pour\s+chaque|para\s+cada|a|ao)\s+(?:(?:partner|member|"
    r"participating|partenaire|membre|participant)\s+)?(?:country|countries|state|delegation|"
    r"pays|état|délégation|país|estado|delegación|paese|stato|delegazione|delegação)\b",
    _I,
)


# the people a project or years of work reached, not a meeting's attendance
_CUMULATIVE = re.compile(
    r"\b(?:since|depuis|desde|dal|dall['’]|dès)\s+(?:19|20)\d\d\b|"
    r"\b(?:the|this|our|le|ce|notre|el|este|nuestro|il|questo|nostro|o|nosso)\s+"
    r"(?:project|programme|program|projet|proyecto|programa|progetto|programma|projeto)\b",
    _I,
)
_CUMULATIVE_CUES = ("since", "depuis", "desde", "dal", "dès", "proje", "progra", "proyect",
                    "progett")  # fmt: skip


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?,?[ \t]*\Z")


def _a_date_s_year(text: str, n_start: int) -> bool:
    """Whether the number at ``n_start`` ends a date: after a month's name ("10 March 2026⏎
    Participants discussed …", "Abuja, 14-15 October 2026 Participants")."""
    word = _WORD_BEFORE.search(text, max(0, n_start - 16), n_start)
    return word is not None and word.group(1).lower() in MONTHS


def _not_attendance(text: str, n_start: int, noun_end: int) -> bool:
    """Whether the people counted are a quota or a project's reach, not who attended."""
    if _PER_MEMBER_AFTER.match(text, noun_end) is not None:
        return True
    before = text[max(0, n_start - 90) : n_start]
    if any(cue in before.lower() for cue in _QUOTA_CUES) and _QUOTA_BEFORE.search(before):
        return True
    sentence = sentence_of(text, n_start, noun_end)
    low = sentence.lower()
    return any(cue in low for cue in _CUMULATIVE_CUES) and _CUMULATIVE.search(sentence) is not None


_QUOTA_CUES = ("each", "every", "chaque", "cada", "ogni")


# "of the two countries", "des deux pays", "de los dos países", "dei due paesi", "dos dois
# países": the pair the text already named
_THE_TWO = re.compile(r"\b(?:the|les|des|ces|los|las|i|dei|degli|os|dos|these|those)\s+\Z", _I)


def _count_of(
    text: str, tokens: list[Token], m: re.Match[str], value: int, end: int, reach: int
) -> CountMention | None:
    """What the number ``m`` of ``value`` counts: the first noun pattern that follows it
    decides (participants, then countries, then recommendations), even when its count is
    then dropped."""
    n_start = m.start("n")
    # the value's range is tested first: a pattern outside it is not tried at all
    if (
        value >= 2
        and (
            after := _after(
                PARTICIPANTS_AFTER, _PARTICIPANT_CUES, text, tokens, m.end(), end, reach
            )
        )
        is not None
    ):
        before = text[max(0, n_start - 8) : n_start]
        if 1900 <= value <= 2100 and (
            re.search(r"\b(?:in|of|since|en|for|during|the|its|this|la|le|l'|du|de)\s*\Z",
                      before, _I)
            or after.end() - m.end() > len(after.group(0).split()[-1]) + 1
            or _a_date_s_year(text, n_start)
        ):  # fmt: skip
            return None  # "in 2019 participants", "the 2024 Senior Officials' Meeting"
        if after.group(0).split()[-1].lower() in _MEETING_NAMERS and _NAMES_MEETINGS.match(
            text, after.end()
        ):
            return None  # "two Senior Officials' Meetings": meetings counted, not people
        noun = after.group(0)
        last = noun[noun.rfind(" ") + 1 :].lower()
        if last in _TRADE_WORDS and not _A_TRADE.fullmatch(noun):
            return None  # "deux jours destinée aux inspecteurs": the trade is too far
        if last in _ADJECTIVE_NOUNS and noun.strip().lower() != last:
            return None  # "3 reuniones técnicas": the word describes the meetings counted
        if _not_attendance(text, n_start, after.end()):
            return None  # a quota ("each state may send two delegates"), or what a project
            # reached ("has trained 2,400 officials since 2019")
        q, qspan = number_qualifier(text, m)
        phrase = text[n_start : after.end()]
        return CountMention("participants", n_start, after.end(), phrase, value, q, qspan)
    if (
        value >= 2
        and (after := _after(COUNTRIES_AFTER, _COUNTRY_CUES, text, tokens, m.end(), end, reach))
        is not None
    ):
        phrase = text[n_start : after.end()]
        if value == 2 and _THE_TWO.search(text, max(0, n_start - 12), n_start):
            return None  # "les ministres des deux pays": the two told before, no attendance
        sentence = sentence_of(text, n_start, after.end())
        if (
            not _ATTENDANCE.search(sentence)
            or (
                # "États membres": the qualifier follows the noun of the phrase
                _MEMBERSHIP.search(text, n_start, after.end() + 9) and _a_membership(text, n_start)
            )
            or _members_listed(text, n_start)
            or _all_members_of(text, n_start, after.end())
        ):
            return None
        part = _PART_OF.search(text, max(0, n_start - 30), n_start)
        if part is not None:
            # "14 of the 16 SADC member states attended": the part attended
            value = int(part.group("part"))
            return CountMention("countries_count", part.start(), after.end(),
                                text[part.start() : after.end()], value)  # fmt: skip
        q, qspan = number_qualifier(text, m)
        return CountMention("countries_count", n_start, after.end(), phrase, value, q, qspan)
    if (
        1 <= value <= 1000
        and (after := _after(RECOMMENDATIONS_AFTER, _REC_CUES, text, tokens, m.end(), end, reach))
        is not None
    ):
        if _NOT_OUTCOME.match(text, after.end()) or _credited_to_publication(text, n_start):
            return None
        phrase = text[n_start : after.end()]
        return CountMention("recommendations", n_start, after.end(), phrase, value)
    return None
