"""Trailing runs of tagged accounts and hashtags at the end of a post.

Social posts often close with the accounts and organisations they tag: "… the summit
was a success. #Partnership #Cooperation Some Agency European Commission AfricanUnion
Rabat Process Khartoum Process".  Such a run names who the author wanted to notify,
not who organised or took part in the meeting the post describes, so a dialogue named
only there must not become the meeting's dialogue.

A run is read backwards from the end of a block (a feed post, or the whole text) over
hashtags, @mentions, capitalised words, a few connectors and emoji, and stops at the
first lowercase word or at a word that ends a sentence.  It counts as a tag run when it
starts after a sentence end or a line break and holds at least three words of which one
is a hashtag or four are capitalised; otherwise only the part from its first hashtag on
counts (the words before belong to the sentence, "… met in Dakar #RabatProcess").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]

_WORD = re.compile(r"\S+")
_TAG = re.compile(r"[#@][^\W_]\w*[.,;]?")
_CAPITALISED = re.compile(r"[\"'«(]?[A-ZÀ-Ý][\w'’.&-]*[,;]?")
_CONNECTOR = re.compile(
    r"(?:of|the|and|for|on|de|du|des|la|le|les|et|d'|l'|&|[-–—|·•/+])", re.IGNORECASE
)
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\ufe0f]+")
_SENTENCE_END = re.compile(r".*[.!?…:]$")


def _last_words(
    text: str, w_start: int, end: int, names: Sequence[Span]
) -> tuple[list[Span], int, bool]:
    """The trailing run of ``text[w_start:end]`` and the word before it, as spans.

    Returns the spans (the stopping word first, when there is one), how many of them
    make the run, and whether the stopping word is known to be whole.

    The window is split in C (``str.split``) and only its last words get offsets,
    walking back until a word cannot belong to a run.
    """
    chunk = text[w_start:end]
    parts = chunk.split()
    found: list[Span] = []
    j = len(names) - 1
    pos = len(chunk)
    run = 0
    stopped = False
    for k in range(len(parts) - 1, -1, -1):
        word = parts[k]
        pos = chunk.rfind(word, 0, pos)
        w_s, w_e = w_start + pos, w_start + pos + len(word)
        found.append((w_s, w_e))
        while j >= 0 and names[j][0] >= w_e:
            j -= 1
        in_name = j >= 0 and names[j][0] <= w_s and w_e <= names[j][1] + 1
        if not (in_name or _taggish(word)):
            stopped = k >= 1  # the window's first word may be cut
            break
        run += 1
    found.reverse()
    return found, run, stopped


def _taggish(word: str) -> bool:
    if word.endswith(("!", "?", "…", ":")):
        return False
    if word.endswith(".") and not _TAG.fullmatch(word):
        return False
    return bool(
        _TAG.fullmatch(word)
        or _CAPITALISED.fullmatch(word)
        or _CONNECTOR.fullmatch(word)
        or _EMOJI.fullmatch(word)
    )


def trailing_tags(text: str, start: int, end: int, names: Sequence[Span] = ()) -> Span | None:
    """The tag run that closes ``text[start:end]``, as a span, or None.

    ``names`` are the spans of known names (sorted); their words count as name words
    even when lowercase ("Commission européenne", "Union africaine").  Only the end of
    the block is read: a window that grows while the run reaches its first word.
    """
    window = 256
    while True:
        w_start = max(start, end - window)
        words, run_length, whole = _last_words(text, w_start, end, names)
        # the word before the run must be whole: the window's first word may be cut
        if whole or w_start == start:
            break
        window *= 4
    i = len(words) - run_length
    if run_length == 0 or i == 0:
        return None  # no run, or the whole block is one (a heading, not a tail)
    run = words[i:]
    before = text[words[i - 1][0] : words[i - 1][1]]
    after_break = _SENTENCE_END.match(before) or "\n" in text[words[i - 1][1] : run[0][0]]
    if not after_break:
        tagged = [k for k, (s, e) in enumerate(run) if text[s] in "#@"]
        if not tagged:
            return None
        run = run[tagged[0] :]
    while run and not (text[run[0][0]] in "#@" or _CAPITALISED.fullmatch(text[slice(*run[0])])):
        run = run[1:]  # a run starts with a name or a tag, not with a connector
    kinds = [text[s] for s, _e in run]
    hashtags = sum(1 for c in kinds if c in "#@")
    capitalised = sum(1 for s, e in run if _CAPITALISED.fullmatch(text, s, e))
    if len(run) < 3 or not (hashtags or capitalised >= 4):
        return None
    return run[0][0], run[-1][1]
