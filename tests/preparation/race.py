"""Many focal points register for the last seats at the same instant, in real processes.

Used by ``test_concurrency``: on PostgreSQL the test forks its own processes against
the test database; on SQLite a subprocess migrates a fresh data directory and runs
the same race there (the suite's in-memory SQLite cannot be shared between processes).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import sys
from typing import Any


def setup_race(countries: int, capacity: int) -> tuple[int, list[int]]:
    """A meeting with ``capacity`` seats, one per country, and a focal point per country."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from processus.kb.models import Actor
    from processus.preparation import operations

    editor = get_user_model().objects.create_user("race-editor", is_staff=True)
    now = timezone.now()
    start = (now + dt.timedelta(days=30)).date()
    meeting = operations.announce(
        editor,
        {"kind": "workshop", "title": "Race workshop", "start": start.isoformat()},
        {
            "registration_opens": now - dt.timedelta(days=1),
            "registration_deadline": now + dt.timedelta(days=1),
            "capacity": capacity,
            "quota_per_country": 1,
        },
    )
    users = []
    for n in range(countries):
        code = f"Q{chr(65 + n // 26)}{chr(65 + n % 26)}"[:3]
        country = Actor.objects.create(
            key=f"race-{n}", kind="country", name=f"Race country {n}", iso_code=code[1:]
        )
        users.append(operations.create_focal_point(f"race-fp-{n}", "", None, country).pk)  # type: ignore[arg-type]
    return meeting.pk, users


def _register(meeting_id: int, user_id: int, barrier: Any, results: Any) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connections

    from processus.preparation import operations
    from processus.preparation.models import Registration

    try:
        user = get_user_model().objects.get(pk=user_id)
        registration = Registration(
            meeting_id=meeting_id, name=f"Delegate {user_id}", email=f"d{user_id}@example.org"
        )
        barrier.wait(timeout=60)
        outcome = operations.register(registration, user)
        results.put((user_id, outcome.registration.status))
    except Exception as exc:  # reported to the parent, which fails the test
        results.put((user_id, f"error: {exc!r}"))
    finally:
        connections.close_all()


def race(meeting_id: int, user_ids: list[int]) -> list[tuple[int, str]]:
    """Every user registers at once, each in its own forked process; (user, status) each."""
    from django.db import connections
    from django.template.loader import get_template
    from django.urls import reverse

    # What a serving process has loaded already: the URLs and the e-mail's template
    # (otherwise each child spends seconds importing every view).
    reverse("web:home")
    get_template("preparation/emails/message.txt")
    connections.close_all()  # children must open their own connections
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(len(user_ids))
    results = context.Queue()
    processes = [
        context.Process(target=_register, args=(meeting_id, uid, barrier, results))
        for uid in user_ids
    ]
    for process in processes:
        process.start()
    found = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return found


def main() -> None:
    """The SQLite run: migrate the data directory named by the environment, then race."""
    import django
    from django.conf import settings
    from django.core.management import call_command

    django.setup()
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    call_command("migrate", verbosity=0)
    countries, capacity = int(sys.argv[1]), int(sys.argv[2])
    meeting_id, users = setup_race(countries, capacity)
    print(json.dumps({"meeting": meeting_id, "results": race(meeting_id, users)}))


if __name__ == "__main__":
    main()
