"""Text handling shared by indexing and querying: folding, tokens, light stemming, queries.

The same functions run on indexed text and on queries, so whatever they do to a
word (accents and case folded, a plural or a feminine ending removed) happens on
both sides and the forms meet. No Django import: this is plain text processing.

Stemming is deliberately light. SQLite's FTS5 ships only an English Porter
stemmer, and a query's language is unknown (people type "border management" and
"gestion des frontières" into the same box), so one conservative stemmer handles
the inflections both languages share or that cannot collide: plurals (-s, -x,
-ies, -aux), final -e and -ée (feminine and silent e: "frontière", "frontier"),
English -ing/-ed and the -ment/-ement suffix. It never removes more than those
endings, so precision stays high; PostgreSQL uses its own English and French
Snowball stemmers instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from processus.extraction.languages import guess_language as _guess_language

#: A query longer than this is cut: nobody types more, and it bounds the work.
MAX_QUERY_CHARS = 1000
#: At most this many distinct terms (and phrases) are searched for.
MAX_TERMS = 16

WORD = re.compile(r"\w+", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "\x00": " "})

_STOPWORDS = """
    a an and are as at be been but by can did do does for from had has have how i in into is
    it its of on or our that the their there these they this those to was were what when where
    which who whom why will with would about any all also than then so such
    au aux avec ce ces cet cette d dans de des du elle en est et etre il ils j l la le les leur
    leurs lui m ma mais me meme mes n ne nos notre nous on ont ou par pas pour qu que quel
    quelle quelles quels qui s sa sans se ses son sont sur t ta te tes toi ton tu un une vos
    votre vous y a ete sur entre lors quoi comment
"""
STOPWORDS = frozenset(_STOPWORDS.split())


#: the language of a text: the extraction library's guess, shared with the knowledge base
guess_language = _guess_language


def fold(text: str) -> str:
    """Lower-case and strip accents (``"Côte d’Ivoire"`` → ``"cote d'ivoire"``)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def stem(word: str) -> str:
    """The light English/French stem of a folded word (see the module docstring)."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("aux") and len(word) > 5:
        word = word[:-3] + "al"
    elif word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "i"
    elif word[-1] in "sx" and word[-2] not in "sui":
        word = word[:-1]
    if word.endswith("y") and len(word) > 4:
        word = word[:-1] + "i"
    if word.endswith("ee") and len(word) > 4:
        word = word[:-1]
    if word.endswith("ement") and len(word) > 8:
        word = word[:-5]
    elif word.endswith("ment") and len(word) > 7:
        word = word[:-4]
    elif word.endswith("ing") and len(word) > 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 5:
        word = word[:-2]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, folded word)`` for every word of ``text``, offsets into ``text``.

    Words repeat (snippets fold every word of each result): a word is folded once."""
    return [(m.start(), m.end(), _fold_word(m.group())) for m in WORD.finditer(text)]


def stems(text: str) -> list[str]:
    return [stem(word) for word in WORD.findall(fold(text))]


def index_text(text: str) -> str:
    """The stemmed shadow of ``text`` that the SQLite index reads (one space between stems)."""
    return " ".join(stems(text))


@dataclass
class Query:
    """A query reduced to what can be searched: never an operator, always plain words.

    ``terms`` are the stems of the words outside quotes (stopwords removed unless
    nothing else is left); ``phrases`` the stem sequences of quoted parts;
    ``words`` the folded words (no stemming) for backends that stem themselves.
    """

    text: str
    terms: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    phrase_words: list[list[str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases)

    def highlight_stems(self) -> set[str]:
        found = set(self.terms)
        for phrase in self.phrases:
            found.update(s for s in phrase if s not in STOPWORDS)
        return found


def parse_query(raw: str) -> Query:
    """Read what someone typed. Never raises: quotes make phrases, everything else is text."""
    text = (raw or "").replace("\x00", " ")[:MAX_QUERY_CHARS].strip()
    query = Query(text=text)
    parts = text.split('"')
    loose: list[str] = []
    for i, part in enumerate(parts):
        # Odd parts sit between quotes; an unmatched last quote leaves plain text.
        if i % 2 == 1 and i < len(parts) - 1:
            words = WORD.findall(fold(part))
            if len(words) > 1 and len(query.phrases) < MAX_TERMS:
                query.phrase_words.append(words[:MAX_TERMS])
                query.phrases.append([stem(w) for w in words[:MAX_TERMS]])
                continue
            loose.extend(words)
        else:
            loose.extend(WORD.findall(fold(part)))
    content = [w for w in loose if w not in STOPWORDS and w != "_"]
    if not content and not query.phrases:
        content = [w for w in loose if w != "_"]
    for word in content:
        if len(query.words) >= MAX_TERMS:
            break
        if word not in query.words:
            query.words.append(word)
            s = stem(word)
            if s not in query.terms:
                query.terms.append(s)
    return query
