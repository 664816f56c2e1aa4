"""Text folding shared by alias lookups in the knowledge base."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_NON_WORD = re.compile(r"[^\w']+")


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and collapse punctuation to spaces.

    ``fold("Côte d’Ivoire") == fold("cote d'ivoire") == "cote d'ivoire"``.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()
