"""How many took part, from how many countries, and how many recommendations came out.

A count is only read next to the noun it counts ("156 participants", "33 partner
countries", "22 recommendations", "7 policy takeaways").  Countries are only counted
in a sentence about attendance ("from 41 countries", "representing 33 partner
countries", "... countries participated"): "brings together 18 Member States" is a
membership, "1,704 followers" an audience.  Qualifiers map to the contract's five
values ("over", "nearly", "about", "at least", "up to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processus.extraction.scan import Cues, FirstWords, Token, match_at_words

_I = re.IGNORECASE

QUALIFIERS: dict[str, str] = {
    "over": "over",
    "more than": "over",
    "in excess of": "over",
    "upwards of": "over",
    "above": "over",
    "plus de": "over",
    "more then": "over",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "near": "nearly",
    "près de": "nearly",
    "presque": "nearly",
    "quasiment": "nearly",
    "some": "about",
    "around": "about",
    "about": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "circa": "about",
    "ca.": "about",
    "~": "about",
    "environ": "about",
    "quelque": "about",
    "quelques": "about",
    "at least": "at least",
    "au moins": "at least",
    "no fewer than": "at least",
    "not less than": "at least",
    "up to": "up to",
    "as many as": "up to",
    "jusqu'à": "up to",
}

WORD_NUMBERS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "une centaine": 100, "une cinquantaine": 50,
    "une vingtaine": 20, "une trentaine": 30, "une quarantaine": 40, "une soixantaine": 60,
    "a hundred and fifty": 150,
}  # fmt: skip
_APPROXIMATE_WORDS = ("une centaine", "une cinquantaine", "une vingtaine", "une trentaine",
                      "une quarantaine", "une soixantaine")  # fmt: skip

_QUAL = "(?P<q>" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + ")"
_WORDS = "|".join(re.escape(w) for w in sorted(WORD_NUMBERS, key=len, reverse=True))
_NUM = r"(?P<n>\d{1,3}(?:[,  .]\d{3})+(?!\d)|\d{1,5}(?![\d,.]\d)|(?:" + _WORDS + r")\b)"
_PLUS = r"(?:\s*\+)?"
# up to four describing words between a number and its noun ("28 border and law
# enforcement officials"), never a preposition or an article ("2019 for a Senior
# Officials' Meeting" is a year)
_STOP = (
    r"(?:for|a|an|the|of|to|in|at|on|by|with|from|pour|une?|la|le|les|des|du|de|à|au|en|"
    r"par|sur|avec)\b"
)
_ADJ = (
    r"(?:\s+de(?=\s))?(?:\s+(?!and\b|et\b)(?!" + _STOP + r")[A-Za-zÀ-ÿ'-]+"
    r"(?:\s+(?!" + _STOP + r")[A-Za-zÀ-ÿ'-]+){0,3}?)?"
)

_PARTICIPANT_NOUN = (
    r"(?:participants?|representatives|delegates|attendees|experts|officials|people|persons|"
    r"stakeholders|practitioners|speakers|members\s+of\s+delegations|delegations|"
    r"participant(?:e)?s|représentant(?:e)?s|délégué(?:e)?s|personnes|expert(?:e)?s|"
    r"fonctionnaires|intervenant(?:e)?s)\b"
)
_COUNTRY_NOUN = r"(?:countries|states|nations|pays|états)\b"
_REC_NOUN = (
    r"(?:recommendations|policy\s+takeaways|takeaways|conclusions|key\s+messages|"
    r"recommandations|conclusions|messages\s+clés|policy\s+recommendations)\b"
)

# numbers are found first, then the noun after them and the qualifier before them
NUMBER = re.compile(r"(?<![\w,.])" + _NUM + _PLUS, _I)
PARTICIPANTS_AFTER = re.compile(_ADJ + r"\s+" + _PARTICIPANT_NOUN, _I)
COUNTRIES_AFTER = re.compile(
    r"(?:\s+(?:partner|participating|member|african|european|arab|other|different|"
    r"and|et|euro-african|pays|partenaires|africains|européens|membres|de|la|région|"
    r"rabat|khartoum|process)){0,5}\s+" + _COUNTRY_NOUN,
    _I,
)
RECOMMENDATIONS_AFTER = re.compile(_ADJ + r"\s+" + _REC_NOUN, _I)
QUALIFIER_BEFORE = re.compile(r"(?:^|\b)" + _QUAL + r"\s+\Z", _I)
_ATTENDANCE = re.compile(
    r"\b(?:participants?|participated|participating|attended|attendance|took\s+part|"
    r"represent\w*|gathered|joined|delegations?|from|de|participé|réuni\w*|rassembl\w*)\b",
    _I,
)
_MEMBERSHIP = re.compile(r"\bmember\s+states\b|\bÉtats\s+membres\b", _I)
_NOT_OUTCOME = re.compile(r"\s+(?:that|which)\s+had\s+(?:previously|already)|\s+of\s+the\s+"
                          r"(?:executive|committee)", _I)  # fmt: skip


@dataclass(frozen=True)
class CountMention:
    field: str  # participants, countries_count, recommendations
    start: int
    end: int
    text: str
    value: int
    qualifier: str | None = None
    qualifier_span: tuple[int, int] | None = None


def _value(raw: str) -> int | None:
    key = raw.lower().strip()
    if key.isdecimal():  # the usual case, digits only: what the \d filter below would keep
        return int(key)
    if key in WORD_NUMBERS:
        return WORD_NUMBERS[key]
    digits = re.sub(r"[^\d]", "", key)
    return int(digits) if digits else None


def _qualifier(text: str, m: re.Match[str]) -> tuple[str | None, tuple[int, int] | None]:
    lo = max(0, m.start() - 16)
    q = QUALIFIER_BEFORE.search(text, lo, m.start())
    if q:
        return QUALIFIERS[q.group("q").lower()], (q.start("q"), q.end("q"))
    if m.group("n").lower() in _APPROXIMATE_WORDS:
        return "about", (m.start("n"), m.end("n"))
    return None, None


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    hi_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi]


# what may stand between a number and its noun (the describing words of _ADJ, the
# country adjectives, the nouns themselves), with the same case-insensitive class
_WORDY = re.compile(r"[A-Za-zÀ-ÿ'\s-]*", _I)
# the first word of every noun of the three noun patterns, folded (see scan.Cues)
_PARTICIPANT_CUES = Cues(
    prefixes=("participant", "representative", "delegate", "attendee", "expert", "official",
              "people", "person", "stakeholder", "practitioner", "speaker", "member",
              "delegation", "representant", "delegue", "personne", "fonctionnaire",
              "intervenant"),
)  # fmt: skip
_COUNTRY_CUES = Cues(prefixes=("countr", "state", "nation", "pays", "etat"))
_REC_CUES = Cues(
    prefixes=("recommend", "recommand", "policy", "takeaway", "conclusion", "key", "message"),
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


_NUMBER_FIRST = FirstWords(
    exact=frozenset(w.split()[0] for w in WORD_NUMBERS),
    prefixes=tuple("0123456789"),
)


def find_counts(
    text: str, start: int = 0, end: int | None = None, tokens: list[Token] | None = None
) -> list[CountMention]:
    """Counts inside ``text[start:end]``; offsets are those of ``text``."""
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
        value = _value(m.group("n"))
        if value is None:
            continue
        n_start = m.start("n")
        # the nouns come after words and spaces only: skip the patterns whose noun does
        # not start a word there ("12 May 2019" has no noun before "2019")
        stretch = _WORDY.match(text, m.end(), end)
        reach = stretch.end() if stretch is not None else m.end()
        # the value's range is tested first: a pattern outside it is not tried at all
        if (
            2 <= value <= 100000
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
            ):  # fmt: skip
                continue  # "in 2019 participants", "the 2024 Senior Officials' Meeting"
            q, qspan = _qualifier(text, m)
            phrase = text[n_start : after.end()]
            out.append(CountMention("participants", n_start, after.end(), phrase, value, q, qspan))
            continue
        if (
            2 <= value <= 250
            and (after := _after(COUNTRIES_AFTER, _COUNTRY_CUES, text, tokens, m.end(), end, reach))
            is not None
        ):
            phrase = text[n_start : after.end()]
            if _MEMBERSHIP.search(phrase):
                continue
            if not _ATTENDANCE.search(_sentence(text, n_start, after.end())):
                continue
            q, qspan = _qualifier(text, m)
            out.append(
                CountMention("countries_count", n_start, after.end(), phrase, value, q, qspan)
            )
            continue
        if (
            1 <= value <= 1000
            and (
                after := _after(RECOMMENDATIONS_AFTER, _REC_CUES, text, tokens, m.end(), end, reach)
            )
            is not None
        ):
            if _NOT_OUTCOME.match(text, after.end()):
                continue
            phrase = text[n_start : after.end()]
            out.append(CountMention("recommendations", n_start, after.end(), phrase, value))
    return out
