"""A count as the text gives it: what it counts, its number, and the qualifier before it.

The qualifier maps to the contract's five values ("over", "nearly", "about", "at least",
"up to"), in every language a page is written in ("plus de 150", "cerca de 90", "almeno
40").  A word that means one thing in Spanish and another in Portuguese ("cerca de") is
read in the language of its sentence, so the sentence a count stands in is found here
too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processus.extraction.written_numbers import APPROXIMATE_ARTICLES, APPROXIMATE_WORDS

_I = re.IGNORECASE

QUALIFIERS: dict[str, str] = {
    "over": "over",
    "more than": "over",
    "in excess of": "over",
    "upwards of": "over",
    "above": "over",
    "plus de": "over",
    "plus d'": "over",  # "plus d'une centaine"
    "plus d’": "over",
    "more then": "over",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "near": "nearly",
    "près de": "nearly",
    "près d'": "nearly",  # "près d'un millier"
    "près d’": "nearly",
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
    # es, it, pt
    "más de": "over",
    "mas de": "over",
    "mais de": "over",
    "oltre": "over",
    "più di": "over",
    "casi": "nearly",
    "cerca de": "nearly",  # Spanish ("poco menos de"); Portuguese: see _PORTUGUESE_ABOUT
    "quasi": "nearly",
    "quase": "nearly",
    "perto de": "nearly",
    "unos": "about",
    "unas": "about",
    "alrededor de": "about",
    "aproximadamente": "about",
    "circa di": "about",
    "cerca di": "about",
    "al menos": "at least",
    "por lo menos": "at least",
    "almeno": "at least",
    "pelo menos": "at least",
    "hasta": "up to",
    "fino a": "up to",
    "até": "up to",
}

# the qualifiers as one named group "q", the longest first ("plus de" before "plus d'")
QUALIFIER_WORDS = (
    "(?P<q>" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + ")"
)
# a qualifier that ends right before a number
QUALIFIER_BEFORE = re.compile(r"(?:^|\b)" + QUALIFIER_WORDS + r"(?:\s+|(?<=['’]))\Z", _I)


@dataclass(frozen=True)
class CountMention:
    """A number and the noun or the card field that says what it counts."""

    field: str  # participants, countries_count, recommendations
    start: int
    end: int
    text: str
    value: int
    qualifier: str | None = None
    qualifier_span: tuple[int, int] | None = None


# a qualifier whose meaning depends on the language: Portuguese "cerca de 90" is
# "about 90", Spanish "cerca de 90" is "poco menos de", nearly
_PORTUGUESE_ABOUT = frozenset({"cerca de"})
# words of a Portuguese sentence that a Spanish one does not write, and the reverse
_PORTUGUESE_WORDS = re.compile(
    r"ção\b|ções\b|ões\b|\b(?:em|com|do|da|dos|das|um|uma|foi|não|pessoas|contou|participaram|"
    r"estiveram|também|os|às?|ao|reuniu|reuniram|juntou|juntaram|decorreu|realizou|acolheu|"
    r"mais|pelo|pela)\b",
    _I,
)
_SPANISH_WORDS = re.compile(
    r"ción\b|ciones\b|\b(?:en|con|del|el|los|las|un|una|fue|no|personas|contó|participaron|"
    r"estuvieron|también|al|y)\b",
    _I,
)


def qualifier_in_language(text: str, q: re.Match[str]) -> str:
    """The contract's value of the qualifier ``q``: read in the language of its sentence
    when the word means something else in another language ("cerca de")."""
    words = q.group("q").lower()
    if words in _PORTUGUESE_ABOUT:
        sentence = sentence_of(text, q.start(), q.end())
        portuguese = len(_PORTUGUESE_WORDS.findall(sentence))
        if portuguese > len(_SPANISH_WORDS.findall(sentence)):
            return "about"
    return QUALIFIERS[words]


def number_qualifier(text: str, m: re.Match[str]) -> tuple[str | None, tuple[int, int] | None]:
    """The qualifier of the number ``m`` and its span: the words before it ("over 150"),
    the approximate noun it is ("une centaine"), or a plus sign ("150+", "+150")."""
    lo = max(0, m.start() - 16)
    # QUALIFIER_BEFORE ends with whitespace right before the number: test that first
    q = (
        QUALIFIER_BEFORE.search(text, lo, m.start())
        if lo < m.start() and (text[m.start() - 1].isspace() or text[m.start() - 1] in "'’")
        else None
    )
    if q:
        return qualifier_in_language(text, q), (q.start("q"), q.end("q"))
    words = m.group("n").lower().split()
    if len(words) == 2 and words[0] in APPROXIMATE_ARTICLES and words[1] in APPROXIMATE_WORDS:
        return "about", (m.start("n"), m.end("n"))  # "une centaine", "un millier"
    if m.group(0).endswith("+"):
        return "over", (m.end() - 1, m.end())  # "150+ participants"
    if m.start("n") > 0 and text[m.start("n") - 1] == "+":
        return "over", (m.start("n") - 1, m.start("n"))  # "+150 participants"
    return None, None


def clause_start(text: str, pos: int) -> int:
    """Where the sentence or the clause after a semicolon that holds ``pos`` starts."""
    return max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), text.rfind(";", 0, pos)) + 1


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence, or the clause between semicolons, that holds ``text[start:end]``."""
    lo = clause_start(text, start)
    ends = (text.find(".", end), text.find("\n", end), text.find(";", end))
    hi_candidates = [i for i in ends if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi]
