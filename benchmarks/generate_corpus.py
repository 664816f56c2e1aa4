"""Generate a synthetic corpus in the styles of a dialogue's documents, for benchmarks and tests.

Each synthetic meeting is described one to three times: on its own page, in a
list of past meetings, in a short post or in a French announcement, so that
ingestion has real consolidation to do. The sentences are written for this
generator; the output is deterministic for a given seed.

    python benchmarks/generate_corpus.py DIR --documents 10000
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

CITIES = [
    ("Dakar", "Senegal"), ("Abidjan", "Côte d'Ivoire"), ("Rabat", "Morocco"),
    ("Madrid", "Spain"), ("Lisbon", "Portugal"), ("Praia", "Cabo Verde"),
    ("Banjul", "Gambia"), ("Accra", "Ghana"), ("Abuja", "Nigeria"), ("Bamako", "Mali"),
    ("Niamey", "Niger"), ("Ouagadougou", "Burkina Faso"), ("Brussels", "Belgium"),
    ("Paris", "France"), ("Rome", "Italy"), ("Berlin", "Germany"), ("Malabo", "Equatorial Guinea"),
    ("Yaoundé", "Cameroon"), ("Conakry", "Guinea"), ("Nouakchott", "Mauritania"),
]  # fmt: skip
COUNTRIES = ["Senegal", "Spain", "France", "Morocco", "Portugal", "Nigeria", "Ghana", "Mali",
             "Belgium", "Italy", "Germany", "Niger", "Gambia", "Cameroon"]  # fmt: skip
ORGANISERS = ["ICMPD", "IOM", "UNHCR", "UNODC", "ECOWAS", "European Commission"]
KINDS = [
    ("thematic meeting", "réunion thématique"),
    ("workshop", "atelier"),
    ("senior officials' meeting", "réunion des hauts fonctionnaires"),
    ("technical meeting", "réunion technique"),
    ("side event", "événement parallèle"),
]
TOPICS = [
    ("legal migration and mobility", "la migration légale et la mobilité"),
    ("return and reintegration", "le retour et la réintégration"),
    ("border management", "la gestion des frontières"),
    ("diaspora engagement", "l'engagement des diasporas"),
    ("protection and asylum", "la protection et l'asile"),
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip


@dataclass
class SyntheticMeeting:
    kind: int
    topic: int
    city: int
    start: date
    days: int
    host: str
    co_chair: str
    organiser: str
    participants: int


def _en(d: date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def _fr(d: date) -> str:
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _dates_en(m: SyntheticMeeting) -> str:
    if m.days == 1:
        return f"on {_en(m.start)}"
    end = m.start + timedelta(days=m.days - 1)
    if end.month == m.start.month:
        return f"on {m.start.day} and {_en(end)}"
    return f"from {_en(m.start)} to {_en(end)}"


def _page(m: SyntheticMeeting) -> str:
    kind, _ = KINDS[m.kind]
    topic, _ = TOPICS[m.topic]
    city, country = CITIES[m.city]
    published = m.start + timedelta(days=3)
    return (
        f"Posted {_en(published)}\n\n"
        f"{kind.capitalize()} on {topic} in {city}\n\n"
        f"The Rabat Process held a {kind} on {topic} in {city}, {country}, {_dates_en(m)}. "
        f"Hosted by {m.host} and co-chaired by {m.co_chair}, it gathered "
        f"{m.participants} participants. The {kind} was organised by {m.organiser}.\n"
    )


def _post(m: SyntheticMeeting) -> str:
    kind, _ = KINDS[m.kind]
    city, _ = CITIES[m.city]
    return (
        f"Posted {_en(m.start)}\n\n"
        f"Rabat Process {kind} in {city} on {_en(m.start)}: over {m.participants - 5} "
        f"delegates are taking part. #RabatProcess\n"
    )


def _announcement_fr(m: SyntheticMeeting) -> str:
    _, kind = KINDS[m.kind]
    _, topic = TOPICS[m.topic]
    city, _ = CITIES[m.city]
    published = m.start - timedelta(days=30)
    return (
        f"Publié le {_fr(published)}\n\n"
        f"Le Processus de Rabat organisera une {kind} sur {topic} à {city} "
        f"le {_fr(m.start)}. Cette rencontre sera organisée par {m.organiser}.\n"
    )


def _list(meetings: list[SyntheticMeeting]) -> str:
    lines = ["Rabat Process - past meetings", ""]
    for m in meetings:
        kind, _ = KINDS[m.kind]
        topic, _ = TOPICS[m.topic]
        city, country = CITIES[m.city]
        lines.append(f"- {kind.capitalize()} on {topic}, {city} ({country}), {_en(m.start)}.")
    return "\n".join(lines) + "\n"


def generate(target: Path, documents: int, seed: int = 7) -> list[Path]:
    """Write ``documents`` files into ``target`` and return their paths."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    first = date(2006, 1, 1).toordinal()
    span = date(2025, 12, 31).toordinal() - first
    written: list[Path] = []
    pending_list: list[SyntheticMeeting] = []
    n = 0
    while len(written) < documents:
        m = SyntheticMeeting(
            kind=rng.randrange(len(KINDS)),
            topic=rng.randrange(len(TOPICS)),
            city=rng.randrange(len(CITIES)),
            start=date.fromordinal(first + rng.randrange(span)),
            days=rng.choice((1, 1, 2, 3)),
            host=rng.choice(COUNTRIES),
            co_chair=rng.choice(COUNTRIES),
            organiser=rng.choice(ORGANISERS),
            participants=rng.randrange(30, 250),
        )
        n += 1
        styles = ["page", *rng.sample(["post", "fr", "list"], rng.randrange(0, 3))]
        for style in styles:
            if len(written) >= documents:
                break
            if style == "list":
                pending_list.append(m)
                if len(pending_list) < 5:
                    continue
                text, name = _list(pending_list), f"list_{n:06d}.txt"
                pending_list = []
            elif style == "page":
                text, name = _page(m), f"page_{n:06d}.txt"
            elif style == "post":
                text, name = _post(m), f"post_{n:06d}.txt"
            else:
                text, name = _announcement_fr(m), f"annonce_{n:06d}.txt"
            path = target / name
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.target, args.documents, args.seed)
    print(f"{len(paths)} documents in {args.target}")


if __name__ == "__main__":
    main()
