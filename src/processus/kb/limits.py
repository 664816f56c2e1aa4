"""Limits on what ingestion reads, so that no file can hang a run or exhaust its memory.

A document folder is input from outside: a file may be a device that never ends, a zip
bomb, a 10 MB line, or a text the extraction engine needs minutes for.  Each limit turns
such a file into one refusal with its reason, and the run goes on:

* what a loader may read and unpack (:class:`processus.extraction.loaders.LoadLimits`:
  file size, unpacked size and members of an archive, size of one PDF stream, text
  length);
* the size of the pieces the extraction engine is given (:data:`PIECE_CHARS`,
  :data:`LINE_CHARS`): some of its scans grow with the square of a text's length or
  of a line's, so a long text is read as bounded pieces (see
  :func:`processus.kb.reading.extract_in_pieces`);
* the meetings one document may describe (:data:`MAX_MEETINGS`): a file that tells of
  thousands of meetings is not a plausible record of a dialogue, and storing each would
  cost the writing process more than the whole rest of a run;
* the time one document may take (``document_seconds``), enforced by the reading pool,
  which kills and replaces a worker that overruns it.

The configurable values come from the settings (``PROCESSUS_MAX_FILE_MB``,
``PROCESSUS_MAX_UNPACKED_MB``, ``PROCESSUS_MAX_TEXT_CHARS``, ``PROCESSUS_DOCUMENT_SECONDS``);
this module imports no Django at import time, so that worker processes stay light.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from processus.extraction.loaders import LoadLimits

_MB = 1024 * 1024

#: Longest text handed to the extraction engine at once: a longer text is cut at line
#: ends into pieces of at most this many characters, each extracted on its own.  Larger
#: than any document of the test corpora (the longest is under 40,000 characters).
PIECE_CHARS = 50_000
#: Longest line handed to the extraction engine: a longer line is cut, after a sentence
#: where it can be, else at a space.  Real paragraphs reach 2,300 characters.
LINE_CHARS = 3_000
#: Most meetings one document may describe.  A dialogue's longest list of past meetings
#: holds a few hundred; a document over this is refused, not cut.
MAX_MEETINGS = 1000
#: Seconds one document may take by default.
DOCUMENT_SECONDS = 30


@dataclass(frozen=True)
class InputLimits:
    """Every limit on one document; picklable, sent once to each worker."""

    load: LoadLimits = field(default_factory=LoadLimits)
    #: seconds one document may take (0: no limit, documents are read in this process)
    document_seconds: int = DOCUMENT_SECONDS
    piece_chars: int = PIECE_CHARS
    line_chars: int = LINE_CHARS
    max_meetings: int = MAX_MEETINGS


def configured_limits() -> InputLimits:
    """The limits the settings give (the defaults when Django is not configured)."""
    from django.conf import settings

    if not settings.configured:
        return InputLimits()
    defaults = LoadLimits()
    load = LoadLimits(
        max_bytes=getattr(settings, "PROCESSUS_MAX_FILE_MB", defaults.max_bytes // _MB) * _MB,
        max_unpacked_bytes=getattr(
            settings, "PROCESSUS_MAX_UNPACKED_MB", defaults.max_unpacked_bytes // _MB
        )
        * _MB,
        max_text_chars=getattr(settings, "PROCESSUS_MAX_TEXT_CHARS", defaults.max_text_chars),
    )
    seconds = getattr(settings, "PROCESSUS_DOCUMENT_SECONDS", DOCUMENT_SECONDS)
    return InputLimits(load=load, document_seconds=seconds)


def took_too_long(seconds: int) -> str:
    """The one-line reason for a document that overran its time."""
    return f"took longer than {seconds} s (PROCESSUS_DOCUMENT_SECONDS)"
