"""Numbers written in digits or in words, in five languages, and their values.

A count on a real page is as often "twenty-five", "une centaine", "treinta y cinco" or
"trentacinque" as "25".  The word tables are the languages' own, the pattern reads one
number made of several words ("two hundred and fifty", "quatre-vingt-dix"), and the
value is None rather than a wrong number when the words do not make one ("two three",
"fifty cents").
"""

from __future__ import annotations

import re

from processus.extraction.date_words import trie

_I = re.IGNORECASE

# number words that add up ("twenty" "five", "soixante" "dix" "sept"), the words that
# multiply what comes before them ("two hundred", "trois cents", "two dozen"), and the
# French nouns of an approximate number ("une centaine de", "une douzaine de")
_ENGLISH_ADDITIVE: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_FRENCH_ADDITIVE: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60,
}  # fmt: skip
# Spanish, Italian and Portuguese up to a hundred: the tens join their unit with "y" /
# "e" ("treinta y cinco", "vinte e cinco"), Spanish 16-29 and every Italian number are one
# word ("veinticinco", "trentacinque"), built below
_SPANISH_ADDITIVE: dict[str, int] = {
    "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100,
    # only inside a number: "dos" is Portuguese "of the" ("dos participantes"), "uno"
    # closes "treinta y uno"; "once" (11) is English "once" and is left out
    "dos": 2, "uno": 1,
}  # fmt: skip
_SPANISH_UNITS_AFTER_VEINTI = {
    "uno": 1, "dós": 2, "dos": 2, "trés": 3, "tres": 3, "cuatro": 4, "cinco": 5, "séis": 6,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
}  # fmt: skip
_SPANISH_ADDITIVE.update(
    {"veinti" + unit: 20 + value for unit, value in _SPANISH_UNITS_AFTER_VEINTI.items()}
)
_ITALIAN_UNITS = {
    "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9,
}  # fmt: skip
_ITALIAN_TENS = {
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
    "settanta": 70, "ottanta": 80, "novanta": 90,
}  # fmt: skip
_ITALIAN_ADDITIVE: dict[str, int] = {
    **_ITALIAN_UNITS, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
    "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
    "diciannove": 19, **_ITALIAN_TENS,
}  # fmt: skip
for _tens, _tens_value in _ITALIAN_TENS.items():
    for _unit, _unit_value in _ITALIAN_UNITS.items():
        # "ventuno", "trentotto": the ten drops its vowel before a vowel; "ventitré"
        _stem = _tens[:-1] if _unit[0] in "uo" else _tens
        _ITALIAN_ADDITIVE[_stem + _unit] = _tens_value + _unit_value
        if _unit == "tre":
            _ITALIAN_ADDITIVE[_stem + "tré"] = _tens_value + 3
_PORTUGUESE_ADDITIVE: dict[str, int] = {
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15,
    "dezasseis": 16, "dezesseis": 16, "dezassete": 17, "dezessete": 17, "dezoito": 18,
    "dezanove": 19, "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
    "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100,
}  # fmt: skip
# the hundreds, which take the tens and units after them ("doscientos cincuenta", "cento e
# vinte", "duzentos"); Italian writes a hundred and its tens as one word ("centoventi",
# "duecentocinquanta"), built below for the tens
_HUNDREDS = ("dos", "tres", "cuatro", "quin", "seis", "sete", "ocho", "nove")
for _prefix, _value in zip(_HUNDREDS, range(200, 1000, 100), strict=True):
    _stem = {"quin": "quinient", "sete": "setecient", "nove": "novecient"}.get(
        _prefix, _prefix + "cient"
    )
    _SPANISH_ADDITIVE[_stem + "os"] = _SPANISH_ADDITIVE[_stem + "as"] = _value
_SPANISH_ADDITIVE["ciento"] = 100
_ITALIAN_HUNDREDS = {
    "cento": 100, "duecento": 200, "trecento": 300, "quattrocento": 400, "cinquecento": 500,
    "seicento": 600, "settecento": 700, "ottocento": 800, "novecento": 900,
}  # fmt: skip
for _hundred, _hundred_value in _ITALIAN_HUNDREDS.items():
    _ITALIAN_ADDITIVE[_hundred] = _hundred_value
    for _tens, _tens_value in [("dieci", 10), *_ITALIAN_TENS.items()]:
        _ITALIAN_ADDITIVE[_hundred + _tens] = _hundred_value + _tens_value
_PORTUGUESE_HUNDREDS = {
    "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
    "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
    "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700,
    "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900,
}  # fmt: skip
_PORTUGUESE_ADDITIVE.update(_PORTUGUESE_HUNDREDS)
_ADDITIVE_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "en": _ENGLISH_ADDITIVE, "fr": _FRENCH_ADDITIVE, "es": _SPANISH_ADDITIVE,
    "it": _ITALIAN_ADDITIVE, "pt": _PORTUGUESE_ADDITIVE,
}  # fmt: skip
ADDITIVE_WORDS: dict[str, int] = {
    word: value for table in _ADDITIVE_BY_LANGUAGE.values() for word, value in table.items()
}
_ENGLISH_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "dozen": 12}
_FRENCH_MULTIPLIERS = {"cent": 100, "cents": 100, "mille": 1000, "douzaine": 12, "douzaines": 12}
# "mil" only after a number ("tres mil"): alone it would read "dos mil" as a thousand
_ROMANCE_MULTIPLIERS = {"mil": 1000}
MULTIPLIER_WORDS: dict[str, int] = {
    **_ENGLISH_MULTIPLIERS,
    **_FRENCH_MULTIPLIERS,
    **_ROMANCE_MULTIPLIERS,
}


def number_words(low: int, high: int) -> list[str]:
    """The written numbers from ``low`` to ``high`` in every language, longest first (for a
    pattern that counts meetings: "three meetings", "deux ateliers", "dos talleres")."""
    return sorted((w for w, v in ADDITIVE_WORDS.items() if low <= v <= high), key=len, reverse=True)


# the nouns of an approximate number after "un(e)" / "una" / "uma" ("une soixantaine",
# "una cinquantina", "uma trintena", "una quarantina"); "cuarentena" and "quarentena" are
# a quarantine (the Italian one is "quarantena") and are left out
APPROXIMATE_WORDS: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
    "decena": 10, "veintena": 20, "treintena": 30, "cincuentena": 50, "centenar": 100,
    "millar": 1000,
    "decina": 10, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
    "sessantina": 60,
    "centinaio": 100, "migliaio": 1000,
    "dezena": 10, "vintena": 20, "trintena": 30, "centena": 100, "milhar": 1000,
    "docena": 12, "dozzina": 12, "dúzia": 12, "quindicina": 15, "quinzena": 15,
}  # fmt: skip
# a run mixing languages is not one number ("fifty cents"): each word's languages
_LANGUAGES: dict[str, set[str]] = {}
for _language, _table in [*_ADDITIVE_BY_LANGUAGE.items(), ("en", _ENGLISH_MULTIPLIERS),
                          ("fr", _FRENCH_MULTIPLIERS), ("es", _ROMANCE_MULTIPLIERS),
                          ("pt", _ROMANCE_MULTIPLIERS), ("en", {"a": 1, "an": 1})]:  # fmt: skip
    for _word in _table:
        _LANGUAGES.setdefault(_word, set()).add(_language)
# a number word that only starts a number before a multiplier ("a hundred", "une
# douzaine", "una treintena"); "one" / "un" / "une" end a number too ("twenty-one",
# "vingt et un")
LEADING_ONE = ("a", "an", "one", "un", "une", "una", "uma", "um")
# the article of an approximate number ("une centaine"): the count is "about"
APPROXIMATE_ARTICLES = ("un", "une", "una", "uma", "um")
# number words that never start a number (see the Spanish table)
_NEVER_FIRST = ("dos", "uno", "due")
FIRST_MULTIPLIERS = ("hundred", "thousand", "cent", "mille")

# the word tables as tries (longest first), so that a match fails after a letter or two
# instead of trying hundreds of words in turn at every "a" or "one"
_ADD = trie(ADDITIVE_WORDS, literal=True)
_FIRST_ADD = trie(
    (w for w in ADDITIVE_WORDS if w not in LEADING_ONE and w not in _NEVER_FIRST), literal=True
)
_MUL = trie(MULTIPLIER_WORDS, literal=True)
_APPROX = trie(APPROXIMATE_WORDS, literal=True)
_WORD = "(?:" + _ADD + "|" + _MUL + r")\b"
# the words of one number joined by spaces, hyphens, "and" / "et" ("two hundred and
# fifty", "quatre-vingt-dix", "vingt et un"); a leading "a"/"un"/"une" needs a multiplier,
# and only "hundred", "thousand", "cent", "mille" start a number alone ("cents", "dozen"
# do not)
_WORD_RUN = (
    r"(?:(?:" + "|".join(LEADING_ONE) + r")[\s-]+(?:" + _APPROX + "|" + _MUL + r")\b|"
    r"(?:" + _FIRST_ADD + "|" + "|".join(FIRST_MULTIPLIERS) + r")\b)"
    r"(?:(?:\s+(?:and|et|y|e)\s+|-et-|\s*-\s*|\s+)" + _WORD + ")*"
)
_DIGIT_MULTIPLIER = r"(?:\s+(?:hundred|thousand|dozen|mille|douzaines?)\b)?"
# a magnitude the number does not take in ("2 million", "three thousands of"): no count
UNREAD_MAGNITUDE = re.compile(
    r"\s+(?:millions?|billions?|milliards?|thousands|hundreds|dozens|milliers|centaines|"
    r"dizaines|douzaines|decenas|centenares|miles|decine|centinaia|migliaia|dezenas|centenas|"
    r"milhares)\b",
    _I,
)
NUMBER_PATTERN = (
    r"(?P<n>(?:\d{1,3}(?:[,  .]\d{3})+(?!\d)|\d+(?![\d,.]\d))" + _DIGIT_MULTIPLIER
    + "|" + _WORD_RUN + ")"
)  # fmt: skip
PLUS_PATTERN = r"(?:\s*\+)?"


_JOINS = re.compile(r"\s+(?:and|et|y|e)\s+|-et-|\s*-\s*|\s+", _I)


def _words_value(words: list[str]) -> int | None:
    """The value of a run of number words, or None when it does not read as one number.

    Additive words follow the usual order of the two languages (a ten before a unit,
    "soixante" before "dix" … "dix-neuf", "dix" before "sept" … "neuf", "quatre" before
    "vingt"); a multiplier takes what comes before it ("two hundred", "trois cents",
    "two dozen"), and "thousand" / "mille" closes a group.  Anything else ("two three",
    "twenty thirty", "hundred hundred") is None: no number rather than a wrong one.
    """
    languages = {"en", "fr", "es", "it", "pt"}
    for word in words:
        languages &= _LANGUAGES.get(word, languages)
    if not languages:
        return None  # "fifty cents", "vingt cinco": not one number
    total = group = 0
    last: int | None = None  # the group's last additive word, or the multiplier just read
    closed = False  # after "dozen": nothing may follow
    for i, word in enumerate(words):
        if closed:
            return None
        if word in ("a", "an"):
            if i != 0:
                return None
            group, last = 1, 1
            continue
        if word in MULTIPLIER_WORDS:
            multiplied = _multiply(MULTIPLIER_WORDS[word], total, group, last)
            if multiplied is None:
                return None
            total, group, last, closed = multiplied
            continue
        value = ADDITIVE_WORDS.get(word)
        added = None if value is None else _add(word, value, group, last)
        if added is None:
            return None
        group, last = added
    return total + group


def _multiply(
    factor: int, total: int, group: int, last: int | None
) -> tuple[int, int, int | None, bool] | None:
    """(total, group, last, closed) once a multiplier word is read after ``group``, or None
    when it cannot follow what came before ("hundred hundred", "a thousand thousand")."""
    if factor == 1000:
        if group >= 1000 or (group == 0 and last == 1000):
            return None  # "a thousand thousand": nothing to multiply since the last one
        total += (group or 1) * 1000
        if total >= 1_000_000:
            return None
        return total, 0, 1000, False
    if factor == 100:
        if group >= 100 or (last is not None and last >= 100):
            return None
        return total, (group or 1) * 100, 100, False
    # dozen
    if group >= 10:
        return None
    return total, (group or 1) * 12, last, True


def _add(word: str, value: int, group: int, last: int | None) -> tuple[int, int] | None:
    """(group, last) once the additive word ``word`` of ``value`` is read, or None when it
    cannot follow the group's last word ("two three", "twenty thirty")."""
    if last is None:
        return value, value
    if word in ("vingt", "vingts") and last == 4 and group % 100 == 4:
        return group + 76, 80  # quatre-vingt(s)
    if last >= 100:
        ok = value < 100
    elif last in (60, 80):
        ok = value < 20  # soixante-dix, soixante-treize, quatre-vingt-dix
    elif last == 10:
        ok = 7 <= value <= 9  # dix-sept
    else:
        ok = last >= 20 and last % 10 == 0 and value < 10  # twenty-five, vingt et un
    if not ok:
        return None
    return group + value, value


def number_value(raw: str) -> int | None:
    """The value of a number as the pattern found it: digits with their thousands
    separators ("1,200", "1 200"), digits with a multiplier word ("2 thousand"), an
    approximate noun ("une centaine") or a run of number words."""
    key = raw.lower().strip()
    if key.isdecimal():  # the usual case, digits only: what the \d filter below would keep
        return int(key)
    if key[:1].isdigit():
        digits, _space, word = key.rpartition(" ")
        if word in MULTIPLIER_WORDS:  # "2 thousand"
            return int(re.sub(r"[^\d]", "", digits) or 0) * MULTIPLIER_WORDS[word] or None
        digits = re.sub(r"[^\d]", "", key)  # "1,200", "1 200"
        return int(digits) if digits else None
    words = _JOINS.split(key)
    if len(words) == 2 and words[0] in LEADING_ONE and words[1] in APPROXIMATE_WORDS:
        return APPROXIMATE_WORDS[words[1]]  # "une centaine", "une douzaine"
    return _words_value(words)
