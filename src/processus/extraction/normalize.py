"""Typographic clean-up applied once to a document's extracted text.

Every later step (and every evidence offset) works on the text this module returns,
so the rules are deliberately conservative: they only remove noise that would make a
regular expression miss (curly quotes, odd spaces, zero-width characters, ligatures,
OCR slips in ordinals, emoji keycaps).  :func:`normalize_text` is idempotent, which
lets callers pass already-normalised text without the offsets moving.

:func:`fold` gives a same-length, accent- and case-free copy of a text, used by the
alias indexes so that ``Cote d'Ivoire`` finds ``Côte d'Ivoire`` at the same offsets.
"""

from __future__ import annotations

import re
import unicodedata

from processus.extraction.date_words import MONTHS, trie

_CHAR_MAP = {
    # quotes and apostrophes
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\u0060": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    # spaces
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\t": " ",
    "\x0b": "\n",
    "\x0c": "\n",
    "\u2028": "\n",
    "\u2029": "\n\n",
    "\x85": "\n",
    # hyphens that are just hyphens
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2212": "-",
    # ligatures
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# invisible characters that only break words apart
for _zw in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"):
    _CHAR_MAP[_zw] = ""
# a footnote's superscript marker stuck to a word ("Madrid¹", "Spain²", "120⁴ participants")
# would hide the word: it becomes a space
for _superscript in "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079":
    _CHAR_MAP[_superscript] = " "
# other C0 controls (but keep newline) become spaces
for _code in range(0x20):
    if chr(_code) not in ("\n", "\t", "\x0b", "\x0c", "\r"):
        _CHAR_MAP[chr(_code)] = " "
_CHAR_MAP["\x7f"] = " "
_TABLE = str.maketrans(_CHAR_MAP)

# "6™ Ministerial Conference" (a superscript "th" read as a trade mark by OCR/PDF tools)
_TM_ORDINAL = re.compile(r"(?<=\d)\u2122")
# "1 st July", "2 nd", "4 th" -> "1st", ...; "l st" (letter l for one) -> "1st"
_SPACED_ORDINAL = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b(?= ?[A-Za-zÀ-ÿ])")
_L_FOR_ONE = re.compile(r"\bl ?st\b(?= (?:of )?[A-Z][a-z]{2})")
# superscript ordinals: 1ˢᵗ, 2ⁿᵈ, 1ᵉʳ
_SUPERSCRIPTS = str.maketrans(
    {"ˢ": "s", "ᵗ": "t", "ⁿ": "n", "ᵈ": "d", "ʳ": "r", "ʰ": "h", "ᵉ": "e"}
)
_SUPER_CHARS = "ˢᵗⁿᵈʳʰᵉ"
_SUPER_RUN = re.compile(r"(?<=\d)[" + _SUPER_CHARS + "]+")
# keycap emoji "7️⃣" -> "7"
_KEYCAP = re.compile(r"([0-9#*])\ufe0f?\u20e3")
_CRLF = re.compile(r"\r\n?")
# a calendar's date badge, its parts on lines of their own ("12⏎MAR⏎2026", "MAR⏎12⏎2026"):
# the line breaks become spaces, so that the badge is read as the date it is
_BADGE_MONTH = r"(?i:" + trie(MONTHS) + r")\.?"
# (the line break before the badge leads the pattern: a literal first character is a fast
# scan; a badge on the text's first line is no calendar's)
_BADGE = re.compile(
    r"\n[ \t]*(?:\d{1,2}\n[ \t]*" + _BADGE_MONTH + r"|" + _BADGE_MONTH
    + r"\n[ \t]*\d{1,2})\n[ \t]*\d{4}[ \t]*(?=\n|\Z)"
)  # fmt: skip


_NEEDS_TABLE = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")


def normalize_text(text: str) -> str:
    """Return the canonical form of ``text`` that all offsets refer to (idempotent)."""
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    if _NEEDS_TABLE.search(text):
        text = text.translate(_TABLE)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\u2122" in text:
        text = _TM_ORDINAL.sub("th", text)
    if "\u20e3" in text:
        text = _KEYCAP.sub(r"\1", text)
    # each substitution runs only when the substring it needs is present: a substring
    # test is a fast C scan, a regular expression without a literal prefix is not
    if not text.isascii() and any(c in text for c in _SUPER_CHARS):
        text = _SUPER_RUN.sub(lambda m: m.group(0).translate(_SUPERSCRIPTS), text)
    if "\n" in text:
        text = _BADGE.sub(_joined_badge, text)
    if " st" in text or " nd" in text or " rd" in text or " th" in text:
        # the ordinal must be followed by a space (or by × ÷, the non-letters of À-ÿ)
        if any(o in text for o in (" st ", " nd ", " rd ", " th ", "×", "÷")):
            text = _SPACED_ORDINAL.sub(r"\1\2", text)
        if "lst " in text or "l st " in text:
            text = _L_FOR_ONE.sub("1st", text)
    return text


def _joined_badge(m: re.Match[str]) -> str:
    return "\n" + m.group(0)[1:].replace("\n", " ")


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0x2000):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        low = base.lower()
        if len(low) == 1 and low != char:
            table[code] = low
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    table[ord("ß")] = "s"
    table[ord("ø")] = "o"
    table[ord("Ø")] = "o"
    table[ord("æ")] = "a"
    table[ord("Æ")] = "a"
    table[ord("œ")] = "o"
    table[ord("Œ")] = "o"
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    table[ord("ł")] = "l"
    table[ord("Ł")] = "l"
    table[ord("ı")] = "i"
    return table


_FOLD_TABLE = _build_fold_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match[str]) -> str:
    char = m.group(0)
    return _FOLD_TABLE.get(ord(char), char)


def fold(text: str) -> str:
    """Lower-case and strip accents without changing the length of ``text``."""
    if text.isascii():
        return text.lower()
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer (İ)
        return text.translate(_FOLD_TABLE)
    return _NON_ASCII.sub(_fold_char, lowered)
