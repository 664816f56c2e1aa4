"""Throughput of the extraction library on generated ~3 KB meeting documents.

Run: .venv/bin/python benchmarks/bench_extraction.py [--docs 10000] [--no-spacy]

Documents are built from templates written for this benchmark (listing pages,
announcements, meeting reports, feeds, French notes) with cities, dates, countries
and topics varied at random (fixed seed), then padded to about 3 KB with neutral
prose.  The run is single-threaded: the figure is documents per second per core.

For scale, the same run times a spaCy blank English pipeline (tokenizer and
sentencizer, no model) over the same texts, when spaCy is installed (the ``bench``
extra: ``pip install -e '.[bench]'``), and prints the two throughputs side by side
with their ratio.  The two are timed in alternating blocks of documents so that both
see the same machine load.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import time
import tracemalloc
from collections.abc import Callable

from processus.extraction import extract

CITIES = [
    ("Dakar", "Senegal"), ("Madrid", "Spain"), ("Abidjan", "Côte d'Ivoire"), ("Lisbon", "Portugal"),
    ("Praia", "Cabo Verde"), ("Bamako", "Mali"), ("Brussels", "Belgium"), ("Niamey", "Niger"),
    ("Accra", "Ghana"), ("Rome", "Italy"), ("Banjul", "Gambia"), ("Lomé", "Togo"),
]  # fmt: skip
COUNTRIES = ["France", "Morocco", "Spain", "Senegal", "Nigeria", "Portugal", "Egypt", "Belgium",
             "Mauritania", "Italy", "Germany", "Guinea"]  # fmt: skip
MONTHS = ["January", "March", "April", "May", "June", "July", "September", "October", "November"]
TOPICS = [
    "labour migration", "border management", "diaspora engagement", "asylum systems",
    "return and reintegration", "migrant smuggling", "legal pathways", "remittances",
]  # fmt: skip
FILLER = (
    "Delegations exchanged views on practical cooperation and agreed to keep the conversation "
    "going between sessions. The secretariat will circulate a short summary to all partners. "
    "Several speakers underlined the value of regular contact between national administrations. "
)

TEMPLATES = [
    "{city}, {d1}-{d2} {month} {year}, hosted by {c1} and co-chaired by {c2}.\n"
    "The Rabat Process held a thematic meeting on {topic} in {city}. Some {n} participants "
    "from {k} countries took part and adopted {r} recommendations.\n\n",
    "A technical meeting of the Rabat Process will take place on {d1} and {d2} {month} {year} "
    "in {city}, {country}. It will be co-chaired by {c1} and {c2}. Partners are invited to "
    "register before {d1} {month2} {year}.\n\n",
    "Date: {d1} {month} {year}\nPlace: {city}, {country}\n\nMore than {n} representatives "
    "attended the Workshop on {Topic} organised by ICMPD in collaboration with IOM.\n\n",
    "Une réunion thématique du Processus de Rabat s'est tenue les {d1} et {d2} {month_fr} "
    "{year} à {city}, sous la co-présidence de la {c1} et du {c2}. Plus de {n} participants "
    "ont échangé sur la migration de travail.\n\n",
    "Our Joint High-level Meeting with the Khartoum Process took place in {city} on {d1} "
    "{month}! {n} participants joined us. Co-organisers: {c1}, {c2} #labourmigration\n"
    "To view or add a comment, sign in\n-\n",
]
MONTHS_FR = ["janvier", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre"]


def make_documents(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for _ in range(count):
        parts = []
        while sum(map(len, parts)) < 2400:
            city, country = rng.choice(CITIES)
            c1, c2 = rng.sample(COUNTRIES, 2)
            topic = rng.choice(TOPICS)
            d1 = rng.randint(1, 26)
            parts.append(
                rng.choice(TEMPLATES).format(
                    city=city,
                    country=country,
                    c1=c1,
                    c2=c2,
                    topic=topic,
                    Topic=topic.title(),
                    d1=d1,
                    d2=d1 + 1,
                    month=rng.choice(MONTHS),
                    month2=rng.choice(MONTHS),
                    month_fr=rng.choice(MONTHS_FR),
                    year=rng.randint(2012, 2026),
                    n=rng.randint(30, 200),
                    k=rng.randint(10, 50),
                    r=rng.randint(3, 30),
                )
            )
            parts.append(FILLER)
        text = "".join(parts)
        docs.append(text[:3200])
    return docs


def _load() -> str:
    """The load average (1, 5, 15 min): the machine is shared, so figures need it beside them."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _spacy_pipeline() -> tuple[Callable[[list[str]], int], str] | None:
    """A function running spaCy's blank English pipeline over texts (returns the number of
    sentences, so that the work is done), and spaCy's version; None without spaCy."""
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def run(texts: list[str]) -> int:
        return sum(len(list(doc.sents)) for doc in nlp.pipe(texts))

    return run, spacy.__version__


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--block", type=int, default=1000, help="documents per timed block")
    parser.add_argument("--no-spacy", action="store_true", help="time Processus alone")
    args = parser.parse_args()
    docs = make_documents(args.docs)
    size = sum(len(d.encode()) for d in docs) / len(docs)
    spacy_run = None if args.no_spacy else _spacy_pipeline()
    extract(docs[0], "warm-up")  # build the indexes once, outside the timing
    if spacy_run is not None:
        spacy_run[0](docs[:10])
    load_before = _load()
    records = sentences = 0
    wall = cpu = spacy_wall = spacy_cpu = 0.0
    for lo in range(0, len(docs), args.block):
        block = docs[lo : lo + args.block]
        started, cpu_started = time.perf_counter(), time.process_time()
        for i, text in enumerate(block, start=lo):
            records += len(extract(text, f"doc-{i}.txt").records)
        wall += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        if spacy_run is not None:
            started, cpu_started = time.perf_counter(), time.process_time()
            sentences += spacy_run[0](block)
            spacy_wall += time.perf_counter() - started
            spacy_cpu += time.process_time() - cpu_started
    load_after = _load()
    tracemalloc.start()
    for i, text in enumerate(docs[:200]):
        extract(text, f"doc-{i}.txt")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(docs)
    print(f"documents: {n} (mean {size / 1024:.1f} KB), records: {records}")
    print(f"load average (1/5/15 min): {load_before} before, {load_after} after")
    print(f"Processus wall time: {wall:.2f} s, throughput: {n / wall:.0f} documents/s")
    print(f"Processus CPU time: {cpu:.2f} s, throughput: {n / cpu:.0f} documents/s per core")
    if spacy_run is None:
        if not args.no_spacy:
            print("spaCy not installed: pip install -e '.[bench]'")
    else:
        version = spacy_run[1]
        print(
            f"spaCy {version} blank('en') + sentencizer, same texts: {sentences} sentences; "
            f"wall {spacy_wall:.2f} s, {n / spacy_wall:.0f} documents/s; "
            f"CPU {spacy_cpu:.2f} s, {n / spacy_cpu:.0f} documents/s per core"
        )
        print(
            f"ratio Processus / spaCy (documents/s): {spacy_cpu / cpu:.2f} CPU time, "
            f"{spacy_wall / wall:.2f} wall"
        )
    print(
        f"peak traced memory during extraction: {peak / 1024 / 1024:.1f} MB; max RSS {rss:.0f} MB"
    )


if __name__ == "__main__":
    main()
