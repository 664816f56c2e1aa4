"""Near-duplicate documents: which stored document a new one is a version of.

An edited copy of a source saved at another path, the same page saved twice
with other line breaks, a report re-exported with one figure corrected: these
describe the same meetings as the document they copy, so ingestion links them
as *versions* of it (``Document.version_of``) and their mentions join that
document's meetings instead of spawning new ones.

Two texts are versions when, after :func:`normalise` (case, accents kept,
punctuation and whitespace dropped), they are equal, or their similarity
(``rapidfuzz.fuzz.ratio``, an indel-distance ratio over the normalised texts) is
at least :data:`SIMILARITY`. Comparing a new document with every stored one
would cost O(n) per document, so candidates come from a locality-sensitive
index: the normalised text's word 3-grams are hashed once each (CRC-32), the
hash space is cut into :data:`BINS` bins whose minima form a one-permutation
MinHash signature, and every :data:`ROWS` consecutive minima make a band
(stored as ``DocumentBand`` rows). Texts sharing 95% of their 3-grams share a
band with probability above 0.999; unrelated texts almost never do. The exact
normalised text gets a band of its own, so equal texts always meet.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from processus.kb.rows import Table

#: Lowest similarity (0-100) of two normalised texts that makes them versions.
SIMILARITY = 95.0
BINS = 64
ROWS = 4
_BIN_WIDTH = (1 << 32) // BINS
_EMPTY = (1 << 32) - 1
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
#: Texts longer than this are compared on their first this-many characters (their
#: bands still cover all of them): the ratio is quadratic in the worst case.
_COMPARED_CHARS = 200_000


def normalise(text: str) -> str:
    """The text as versions are compared: NFKC, case-folded, words separated by one space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", folded).split())


def _signed(value: int) -> int:
    """A 64-bit unsigned value as the signed integer a BIGINT column holds."""
    return value - (1 << 64) if value >= 1 << 63 else value


def signature_bands(normalised: str) -> list[int]:
    """The LSH bands of a normalised text: one per :data:`ROWS` signature rows, plus one
    for the exact text. Empty text has none (it is a version of nothing)."""
    if not normalised:
        return []
    words = normalised.split(" ")
    grams = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]
    minima = [_EMPTY] * BINS
    for gram in grams:
        value = zlib.crc32(gram.encode())
        slot = value // _BIN_WIDTH
        if value < minima[slot]:
            minima[slot] = value
    bands = []
    for band in range(BINS // ROWS):
        rows = minima[band * ROWS : (band + 1) * ROWS]
        if all(row == _EMPTY for row in rows):
            continue  # a short text leaves bins empty; they say nothing
        digest = hashlib.blake2b(repr((band, rows)).encode(), digest_size=8).digest()
        bands.append(_signed(int.from_bytes(digest, "big")))
    bands.append(exact_band(normalised))
    return sorted(set(bands))


def exact_band(normalised: str) -> int:
    """The band only an equal normalised text shares."""
    exact = hashlib.blake2b(b"exact:" + normalised.encode(), digest_size=8).digest()
    return _signed(int.from_bytes(exact, "big"))


def similarity(a: str, b: str) -> float:
    """0-100: how alike two normalised texts are (100 for equal texts)."""
    if a == b:
        return 100.0
    return float(fuzz.ratio(a[:_COMPARED_CHARS], b[:_COMPARED_CHARS], score_cutoff=SIMILARITY))


@dataclass(frozen=True)
class VersionMatch:
    """The stored document a new one is a version of, and why."""

    document_id: int
    reason: str


def best_version(normalised: str, candidates: dict[int, str]) -> VersionMatch | None:
    """Among ``{document id: normalised text}``, the most similar at or above the threshold
    (ties to the oldest document), or ``None``."""
    best: tuple[float, int] | None = None
    for document_id, text in sorted(candidates.items()):
        score = similarity(normalised, text)
        if score >= SIMILARITY and (best is None or score > best[0]):
            best = (score, document_id)
    if best is None:
        return None
    score, document_id = best
    if score == 100.0:
        reason = "same text after normalisation (case, punctuation, whitespace)"
    else:
        reason = f"{score:.1f}% similar text"
    return VersionMatch(document_id, reason)


# --- the knowledge base's version index -------------------------------------------------------

#: Candidates compared per new document, those sharing most bands first.
_MAX_CANDIDATES = 20
#: Bands a candidate must share (unless its text is equal): texts written from one template
#: share a band by chance; a 95%-similar text shares about ten of the sixteen.
_MIN_SHARED = 2


def index_document(document_id: int, normalised: str, *, replace: bool = True) -> None:
    """(Re)write a document's bands (``replace=False``: a new document, nothing to delete)."""
    from processus.kb.models import DocumentBand
    from processus.kb.rows import Table

    if replace:
        DocumentBand.objects.filter(document_id=document_id).delete()
    Table(DocumentBand).insert(
        [{"document_id": document_id, "band": b} for b in signature_bands(normalised)]
    )


def _may_reach(a: int, b: int) -> bool:
    """Whether texts of these lengths can be :data:`SIMILARITY` alike at all (the ratio is
    at most 2·min/(a+b))."""
    return a + b > 0 and 200 * min(a, b) / (a + b) >= SIMILARITY


@cache
def _documents_table() -> Table:
    from processus.kb.models import Document
    from processus.kb.rows import Table

    return Table(Document)


def find_version_of(document_id: int, normalised: str) -> VersionMatch | None:
    """The stored document (the first of its versions) that this one is a version of.

    Call it under the writer lock so two copies stored at once see each other.
    Plain SQL: it runs once per ingested document.
    """
    from django.db import connection

    from processus.kb.models import DocumentBand

    bands = signature_bands(normalised)
    if not bands:
        return None
    table = connection.ops.quote_name(DocumentBand._meta.db_table)
    marks = ", ".join(["%s"] * len(bands))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT document_id, count(*) AS shared FROM {table} WHERE band IN ({marks}) "
            f"AND document_id <> %s GROUP BY document_id "
            f"HAVING count(*) >= {_MIN_SHARED} OR max(CASE WHEN band = %s THEN 1 ELSE 0 END) = 1 "
            f"ORDER BY shared DESC, document_id LIMIT {_MAX_CANDIDATES}",
            [*bands, document_id, exact_band(normalised)],
        )
        ids = [int(row[0]) for row in cursor.fetchall()]
        if not ids:
            return None
        documents = _documents_table()
        text, root = documents.columns["text"], documents.columns["version_of_id"]
        cursor.execute(
            f"SELECT {documents.pk}, {text}, {root} FROM {documents.table} "
            f"WHERE {documents.pk} IN ({', '.join(['%s'] * len(ids))})",
            ids,
        )
        rows = cursor.fetchall()
    roots = {doc_id: root or doc_id for doc_id, _, root in rows}
    texts = {doc_id: normalise(text) for doc_id, text, _ in rows}
    found = best_version(
        normalised, {i: t for i, t in texts.items() if _may_reach(len(t), len(normalised))}
    )
    if found is None or roots[found.document_id] == document_id:
        return None  # nothing alike, or a version of this very document
    return VersionMatch(roots[found.document_id], found.reason)


def version_family(root_id: int, document_id: int) -> list[int]:
    """The documents of one family (the first version and its versions), but this one."""
    from django.db.models import Q

    from processus.kb.models import Document

    family = Document.objects.filter(Q(pk=root_id) | Q(version_of_id=root_id))
    return sorted(set(family.exclude(pk=document_id).values_list("pk", flat=True)))
