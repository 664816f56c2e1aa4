"""The registration rules, in one place: what a new registration gets, and who is promoted.

Pure functions over plain numbers, so every rule is tested as a table and the
same code decides for the web form, the API and the waiting list.
:mod:`processus.preparation.operations` calls them under the meeting's lock with
the counts read in that transaction; nothing else decides a status.

In order, for a new registration at ``now``:

1. before the opening -> **refused** ("registration opens on …");
2. after the deadline -> **refused** ("registration closed on …");
3. a seat is free overall, in the country's quota and in the chosen working group
   -> **confirmed**, or **pending** when the secretariat approves each one;
4. otherwise -> **waitlisted**, behind everyone already waiting (order of arrival).

A seat freed by a cancellation or a rejection goes to the first waiting
registration that rule 3 would now admit (:func:`first_promotable`): a waiting
delegate of a country whose quota is full is passed over, not the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _

CONFIRMED = "confirmed"
PENDING = "pending"
WAITLISTED = "waitlisted"
REFUSED = "refused"


@dataclass(frozen=True)
class Settings:
    """A meeting's registration settings (``None``: no limit)."""

    opens: dt.datetime | None = None
    deadline: dt.datetime | None = None
    capacity: int | None = None
    quota_per_country: int | None = None
    approval_required: bool = False
    time_zone: dt.tzinfo = dt.UTC


@dataclass(frozen=True)
class Seats:
    """Seats held now (confirmed or pending): overall, per country, per working group."""

    total: int = 0
    by_country: Mapping[int, int] | None = None
    by_group: Mapping[int, int] | None = None


@dataclass(frozen=True)
class Candidate:
    """Who asks for a seat: their country and working group (ids), if any."""

    country: int | None = None
    working_group: int | None = None
    group_capacity: int | None = None


@dataclass(frozen=True)
class Decision:
    status: str
    reason: str = ""

    @property
    def refused(self) -> bool:
        return self.status == REFUSED


def _when(moment: dt.datetime, zone: dt.tzinfo) -> str:
    local = moment.astimezone(zone)
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} ({local.tzname()})"


def window_error(settings: Settings, now: dt.datetime) -> str | None:
    """Why nobody can register at ``now`` (``None`` while registration is open)."""
    if settings.opens is not None and now < settings.opens:
        return _("Registration opens on %(when)s.") % {
            "when": _when(settings.opens, settings.time_zone)
        }
    if settings.deadline is not None and now > settings.deadline:
        return _("Registration closed on %(when)s.") % {
            "when": _when(settings.deadline, settings.time_zone)
        }
    return None


def seat_free(settings: Settings, seats: Seats, candidate: Candidate) -> bool:
    """Whether the capacity, the country's quota and the working group leave a seat."""
    if settings.capacity is not None and seats.total >= settings.capacity:
        return False
    country_full = (
        settings.quota_per_country is not None
        and candidate.country is not None
        and (seats.by_country or {}).get(candidate.country, 0) >= settings.quota_per_country
    )
    group_full = (
        candidate.working_group is not None
        and candidate.group_capacity is not None
        and (seats.by_group or {}).get(candidate.working_group, 0) >= candidate.group_capacity
    )
    return not (country_full or group_full)


def seated_status(settings: Settings) -> str:
    return PENDING if settings.approval_required else CONFIRMED


def decide(settings: Settings, seats: Seats, candidate: Candidate, now: dt.datetime) -> Decision:
    """The status of a new registration (module doc, rules 1-4)."""
    error = window_error(settings, now)
    if error:
        return Decision(REFUSED, error)
    if seat_free(settings, seats, candidate):
        return Decision(seated_status(settings))
    return Decision(WAITLISTED)


def first_promotable(
    settings: Settings, seats: Seats, waiting: Sequence[tuple[int, Candidate]]
) -> int | None:
    """The id of the first waiting registration (in order of arrival) a seat can go to."""
    for registration_id, candidate in waiting:
        if seat_free(settings, seats, candidate):
            return registration_id
    return None
