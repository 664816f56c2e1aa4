"""Requests per second and latency of the main pages with a large record, beside Datasette.

Run: .venv/bin/python benchmarks/bench_web.py [--meetings 10000] [--documents 30000]
     [--duration 15] [--connections 20] [--workers 2] [--threads 4] [--no-cache]
     [--no-datasette] [--data-dir DIR]

It builds a fresh SQLite database in a temporary data directory (``DATABASE_URL``
set → that database instead, and no Datasette), loads the reference data,
generates meetings, roles, documents, evidence and action-plan links directly with
``bulk_create`` (fixed seed), starts ``processus serve`` on 127.0.0.1 and measures
the meeting list, a meeting page, a country page and a coverage page with ``wrk``
(Debian package ``wrk``) at the given number of concurrent connections.

``--no-cache`` serves with ``PROCESSUS_CACHE_URL=dummy://``: no page cache, every
request rendered afresh (what a visitor who misses the cache gets).

Unless ``--no-datasette``, Datasette (``pip install -e '.[bench]'``) serves the same
SQLite file (default, mutable mode: the file is live) and the same wrk settings
measure its nearest pages, page by page right after Processus's, in the same run:

* meeting list: ``/<db>/kb_meeting?_size=50&_sort_desc=start`` (50 rows, newest first);
* meeting page: the meeting's row page ``/<db>/kb_meeting/<id>``;
* country page: the country's row page ``/<db>/kb_actor/<id>`` (with the counts of
  the rows that refer to it);
* coverage page: the plan links table faceted by action,
  ``/<db>/kb_meetinglink?_facet=action_id``.

It prints one Markdown table: page, Processus requests/s, p50, p95, Datasette
requests/s, p95, and the ratio of the two throughputs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("P95_US %d\\n", latency:percentile(95)))
  io.write(string.format("P50_US %d\\n", latency:percentile(50)))
end
"""
KINDS = [
    "ministerial_conference", "senior_officials_meeting", "steering_committee",
    "thematic_meeting", "technical_meeting", "workshop", "side_event", "training",
]  # fmt: skip
WORDS = [
    "partners",
    "delegations",
    "agreed",
    "review",
    "progress",
    "labour",
    "mobility",
    "protection",
    "return",
    "reintegration",
    "smuggling",
    "diaspora",
    "remittances",
    "border",
    "cooperation",
    "capacity",
    "dialogue",
]


def populate(meetings: int, documents: int, seed: int = 7) -> None:
    """Generated rows written straight to the tables (no extraction, no signals)."""
    from processus.kb.models import (
        Action,
        Actor,
        Dialogue,
        Document,
        Evidence,
        Meeting,
        MeetingLink,
        MeetingRole,
    )

    rng = random.Random(seed)
    countries = list(Actor.objects.filter(kind="country"))
    organisations = list(Actor.objects.filter(kind="organisation"))
    dialogues = list(Dialogue.objects.filter(kind="dialogue"))
    actions = list(Action.objects.select_related("objective"))
    rows = []
    for n in range(meetings):
        start = dt.date(2006, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 21))
        country = rng.choice(countries)
        rows.append(
            Meeting(
                kind=rng.choice(KINDS),
                title=f"Meeting {n} on {rng.choice(WORDS)} and {rng.choice(WORDS)}",
                start=start,
                end=start + dt.timedelta(days=rng.randrange(0, 3)),
                city=f"City {n % 300}",
                country=country,
                format=rng.choice(["in_person", "virtual", "hybrid"]),
                status="past" if start < dt.date(2026, 1, 1) else "upcoming",
                participants=rng.randrange(20, 300),
            )
        )
    created = Meeting.objects.bulk_create(rows, batch_size=2000)
    through = Meeting.dialogues.through
    through.objects.bulk_create(
        [through(meeting_id=m.pk, dialogue_id=rng.choice(dialogues).pk) for m in created],
        batch_size=5000,
    )
    roles = []
    for meeting in created:
        host = meeting.country
        roles.append(MeetingRole(meeting=meeting, actor=host, role="host"))
        roles.append(MeetingRole(meeting=meeting, actor=host, role="chair"))
        other = rng.choice(countries)
        if other != host:
            roles.append(MeetingRole(meeting=meeting, actor=other, role="chair", position=1))
        roles.append(
            MeetingRole(meeting=meeting, actor=rng.choice(organisations), role="organiser")
        )
    MeetingRole.objects.bulk_create(roles, batch_size=5000)
    if actions:
        links = []
        for meeting in created:
            for action in rng.sample(actions, k=min(2, len(actions))):
                links.append(MeetingLink(meeting=meeting, action=action))
        MeetingLink.objects.bulk_create(links, batch_size=5000)

    docs = []
    for n in range(documents):
        body = " ".join(rng.choice(WORDS) for _ in range(300))
        docs.append(
            Document(
                title=f"Document {n}",
                content_hash=f"{n:064x}",
                kind=rng.choice(["announcement", "news", "report", "meeting_page"]),
                language=rng.choice(["en", "fr"]),
                text=f"The meeting took place in City {n % 300}. {body}",
                document_date=dt.date(2006, 1, 1) + dt.timedelta(days=rng.randrange(0, 7000)),
                document_date_precision="day",
            )
        )
    created_docs = Document.objects.bulk_create(docs, batch_size=2000)
    evidence = []
    for index, document in enumerate(created_docs):
        meeting = created[index % len(created)]
        quote = f"City {index % 300}"
        offset = document.text.index(quote)
        evidence.append(
            Evidence(
                meeting=meeting,
                document=document,
                field="city",
                value=meeting.city,
                quote=quote,
                start=offset,
                end=offset + len(quote),
            )
        )
    Evidence.objects.bulk_create(evidence, batch_size=5000)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the server did not answer at {url}")


def measure(url: str, connections: int, duration: int, script: str) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "-s", script, url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p95 = int(re.search(r"P95_US (\d+)", out).group(1)) / 1000  # type: ignore[union-attr]
    p50 = int(re.search(r"P50_US (\d+)", out).group(1)) / 1000  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    # Requests still unanswered after wrk's 2 s timeout are not in the latencies.
    timeouts = re.search(r"timeout (\d+)", out)
    return {
        "rps": rps,
        "p50": p50,
        "p95": p95,
        "errors": int(errors.group(1)) if errors else 0,
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
    }


#: (page, Processus address, Datasette address or None)
Pages = list[tuple[str, str, str | None]]


def start_datasette(database: Path, port: int) -> subprocess.Popen[bytes]:
    datasette = shutil.which("datasette", path=str(BIN)) or shutil.which("datasette")
    if datasette is None:
        raise SystemExit("Datasette is not installed: pip install -e '.[bench]' or --no-datasette")
    return subprocess.Popen(
        [datasette, "serve", str(database), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def pages_to_measure(base: str, datasette: str | None, meetings: int) -> Pages:
    """(page, Processus address, Datasette address or None) for each page compared."""
    from processus.kb.models import Actor, Framework, Meeting

    meeting_pk = Meeting.objects.order_by("pk").values_list("pk", flat=True)[meetings // 2]
    plan = Framework.objects.order_by("-period_start").first()
    country = (
        Actor.objects.filter(kind="country", meetings_held__isnull=False)
        .order_by("key")
        .distinct()
        .first()
    )
    db = f"{datasette}/processus" if datasette else None

    def other(path: str) -> str | None:
        return f"{db}/{path}" if db else None

    pages = [
        ("meeting list", f"{base}/meetings/", other("kb_meeting?_size=50&_sort_desc=start")),
        ("meeting page", f"{base}/meetings/{meeting_pk}/", other(f"kb_meeting/{meeting_pk}")),
    ]
    if country is not None:
        pages.append(
            ("country page", f"{base}/actors/{country.key}/", other(f"kb_actor/{country.pk}"))
        )
    if plan is not None:
        pages.append(
            (
                "coverage page",
                f"{base}/plans/{plan.key}/coverage/",
                other("kb_meetinglink?_facet=action_id"),
            )
        )
    return pages


def measured(url: str, args: argparse.Namespace, script: Path) -> dict[str, float]:
    urllib.request.urlopen(url, timeout=60).read()
    # Not measured: lets every worker process and thread warm up on the page.
    measure(url, args.connections, 2, str(script))
    return measure(url, args.connections, args.duration, str(script))


def compare(pages: Pages, args: argparse.Namespace, script: Path) -> None:
    print(
        "| page | Processus req/s | p50 | p95 | errors, timeouts | Datasette req/s "
        "| Datasette p95 | ratio |\n| --- | --- | --- | --- | --- | --- | --- | --- |"
    )
    for name, url, other_url in pages:
        ours = measured(url, args, script)
        theirs = measured(other_url, args, script) if other_url else None
        row = (
            f"| {name} | {ours['rps']:.0f} | {ours['p50']:.0f} ms | {ours['p95']:.0f} ms "
            f"| {ours['errors']:.0f}, {ours['timeouts']:.0f} "
        )
        if theirs:
            ratio = ours["rps"] / theirs["rps"] if theirs["rps"] else float("inf")
            row += f"| {theirs['rps']:.0f} | {theirs['p95']:.0f} ms | {ratio:.2f}x |"
        else:
            row += "| — | — | — |"
        print(row, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=30_000)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="serve with PROCESSUS_CACHE_URL=dummy:// (no page cache: every request rendered)",
    )
    parser.add_argument("--no-datasette", action="store_true", help="measure Processus only")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="keep the generated database here and reuse it on the next run "
        "(default: a temporary directory, removed afterwards)",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="processus-bench-"))
    database = data_dir / "processus.sqlite3"
    reuse = args.data_dir is not None and database.exists()
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PROCESSUS_DATA_DIR": str(data_dir), "DEBUG": "false"}
    if args.no_cache:
        env["PROCESSUS_CACHE_URL"] = "dummy://"
    os.environ.update(env)
    subprocess.run([str(BIN / "processus"), "migrate", "--quiet"], check=True, env=env)
    if not reuse:
        subprocess.run([str(BIN / "processus"), "load-reference", "--quiet"], check=True, env=env)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "processus.config.settings")
    import django

    django.setup()
    if not reuse:
        began = time.perf_counter()
        populate(args.meetings, args.documents)
        print(f"generated {args.meetings} meetings, {args.documents} documents "
              f"in {time.perf_counter() - began:.1f} s")  # fmt: skip

    from django.db import connection

    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "processus"), "serve", "--port", str(port), "--workers", str(args.workers),
         "--threads", str(args.threads)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    other = None
    datasette_url = None
    if not args.no_datasette and connection.vendor == "sqlite":
        datasette_port = free_port()
        datasette_url = f"http://127.0.0.1:{datasette_port}"
        other = start_datasette(database, datasette_port)
    base = f"http://127.0.0.1:{port}"
    script = data_dir / "p95.lua"
    script.write_text(WRK_SCRIPT)
    try:
        wait_until_up(f"{base}/static/web/favicon.svg")
        if datasette_url:
            wait_until_up(f"{datasette_url}/-/versions.json")
        pages = pages_to_measure(base, datasette_url, args.meetings)
        mode = "no cache (dummy://)" if args.no_cache else "page cache on (locmem, per process)"
        print(f"{args.meetings} meetings, {args.connections} connections, {args.duration} s "
              f"per page, {args.workers} workers x {args.threads} threads, {mode}; "
              f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")  # fmt: skip
        print(f"load average before: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
        compare(pages, args, script)
        print(f"load average after: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    finally:
        for process in (server, other):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
        if args.data_dir is None:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
