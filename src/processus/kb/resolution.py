"""Names in extracted records → rows of the knowledge base (actors, countries, dialogues).

The extraction engine writes canonical names from the same reference data the
loader puts in the database, but a name is looked up the way editors' aliases
are: accent- and case-folded (:func:`processus.kb.text.fold`) against
``ActorAlias.normalized`` and the actor's own name, and against a dialogue's
names and aliases. The tables are read once per resolver, so ingesting
thousands of documents costs a handful of queries.
"""

from __future__ import annotations

from datetime import date

from processus.kb.models import Actor, ActorAlias, ActorKind, Chairmanship, Dialogue
from processus.kb.text import fold


class NameResolver:
    def __init__(self) -> None:
        self.actors: dict[str, int] = {}
        self.countries: dict[str, int] = {}
        kinds = dict(Actor.objects.values_list("id", "kind"))
        for actor_id, name in Actor.objects.values_list("id", "name"):
            self.actors[fold(name)] = actor_id
        for normalized, actor_id in ActorAlias.objects.values_list("normalized", "actor_id"):
            self.actors.setdefault(normalized, actor_id)
        self.countries = {
            name: actor_id
            for name, actor_id in self.actors.items()
            if kinds.get(actor_id) == ActorKind.COUNTRY
        }
        self.dialogues: dict[str, int] = {}
        for dialogue_id, name, name_fr, full_name, aliases in Dialogue.objects.values_list(
            "id", "name", "name_fr", "full_name", "aliases"
        ):
            for spelling in [name, name_fr, full_name, *(aliases or [])]:
                if spelling:
                    self.dialogues.setdefault(fold(spelling), dialogue_id)
        self._chairs: list[tuple[int, str, date | None, date | None]] = [
            (actor_id, fold(dialogue), start, end)
            for actor_id, dialogue, start, end in Chairmanship.objects.values_list(
                "actor_id", "dialogue__name", "start", "end"
            )
        ]
        self.unknown: set[str] = set()

    def actor(self, name: str) -> int | None:
        found = self.actors.get(fold(name))
        if found is None:
            self.unknown.add(name)
        return found

    def country(self, name: str | None) -> int | None:
        if not name:
            return None
        found = self.countries.get(fold(name))
        if found is None:
            self.unknown.add(name)
        return found

    def dialogue(self, name: str) -> int | None:
        found = self.dialogues.get(fold(name))
        if found is None:
            self.unknown.add(name)
        return found

    def chair_years(self, chairs: list[str], dialogues: list[str]) -> set[int]:
        """Years in which one of ``chairs`` chaired one of ``dialogues`` (any, if none named)."""
        wanted_actors = {self.actors.get(fold(name)) for name in chairs} - {None}
        wanted_dialogues = {fold(name) for name in dialogues}
        years: set[int] = set()
        for actor_id, dialogue, start, end in self._chairs:
            if actor_id not in wanted_actors or start is None:
                continue
            if wanted_dialogues and dialogue not in wanted_dialogues:
                continue
            years.update(range(start.year, (end or start).year + 1))
        return years
