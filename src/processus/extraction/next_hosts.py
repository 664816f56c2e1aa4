"""The host of a meeting named as still to come in another meeting's sentence.

"Spain, as Chair of the Rabat Process and host of the upcoming Ministerial Conference,
invited the senior officials to Madrid": Spain hosts the Ministerial Conference told as to
come, whose record the page holds apart ("to take place on 13 and 14 December 2022 in
Cádiz"). "le Sénégal, hôte de la prochaine conférence", "España, anfitriona de la próxima
conferencia", "l'Italia, paese ospite della prossima conferenza", "Portugal, anfitrião da
próxima conferência" say the same.
"""

from __future__ import annotations

import re

from processus.extraction.actors import ActorMention
from processus.extraction.document import Document
from processus.extraction.records import Evidence, MeetingRecord
from processus.extraction.scan import FirstWords, match_at_words

_HOST_OF_NEXT = re.compile(
    r"\b(?:host(?:\s+country)?\s+of\s+the\s+(?:upcoming|next|forthcoming|coming)|"
    r"h[ôo]te\s+de\s+la\s+prochaine|(?:pays\s+)?h[ôo]te\s+du\s+prochain|"
    r"anfitri(?:ón|ona)\s+de\s+la\s+próxima|anfitri(?:ón|ona)\s+del\s+próximo|"
    r"(?:paese\s+)?ospit(?:e|ante)\s+della\s+prossima|(?:paese\s+)?ospit(?:e|ante)\s+del\s+prossimo|"
    r"anfitri(?:ão|ã)\s+da\s+próxima|anfitri(?:ão|ã)\s+do\s+próximo)\s+",
    re.IGNORECASE,
)
# the words a capacity may start with (folded), so the pattern is tried at them only
_FIRST = FirstWords(
    exact=frozenset({"pays", "paese"}), prefixes=("host", "hote", "anfitri", "ospit")
)
# the actor the capacity is written beside: in the same sentence, before it
_REACH = 120
HOST_OF_NEXT_RULE = "hosts:host of the meeting to come"


def hosts_of_next_meetings(doc: Document, records: list[MeetingRecord]) -> None:
    """Give the host named for a meeting to come ("host of the upcoming Ministerial
    Conference") to the one record of that kind the page holds."""
    text = doc.text
    for m in match_at_words(_HOST_OF_NEXT, text, doc.tokens, _FIRST):
        noun = next((k for k in doc.kinds if k.start == m.end()), None)
        actor = _actor_before(doc, m.start())
        if noun is None or actor is None:
            continue
        # the one record of that kind (the page's "upcoming" is as of its writing)
        told = [r for r in records if r.kind == noun.kind]
        if len(told) != 1 or actor.name in told[0].hosts:
            continue
        told[0].hosts.append(actor.name)
        told[0].evidence.append(
            Evidence("hosts", actor.start, actor.end, actor.text, False, None, HOST_OF_NEXT_RULE)
        )


def _actor_before(doc: Document, pos: int) -> ActorMention | None:
    """The country named last before ``pos`` in its sentence, within reach."""
    lo = max(0, pos - _REACH)
    stop = max(doc.text.rfind(".", lo, pos), doc.text.rfind("\n", lo, pos))
    before = [a for a in doc.actors if max(lo, stop + 1) <= a.start and a.end <= pos]
    countries = [a for a in before if a.type == "country"]
    return countries[0] if countries else None
