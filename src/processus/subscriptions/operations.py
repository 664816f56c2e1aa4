"""State changes of subscriptions: subscribe, confirm, unsubscribe, and the ``notify`` run.

:func:`notify` is what ``processus notify`` runs after ingestion and edits:

1. :func:`collect` turns what the record's change log holds since the last run
   (meetings written by ingestion's plain SQL, outcomes bulk-inserted by the
   outcomes sync) into events; the ORM's writes queued theirs already (signals);
2. :func:`match` makes each new event a notification for every active subscription
   it matches that was confirmed before it happened;
3. :func:`send` sends each address one e-mail with all its unsent notifications
   (never one per field or per meeting), and marks them sent.

The log is read from the moment the first subscription is made
(:func:`ensure_state`): an installation does not mail the history it ingested
before anyone followed anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from processus.kb.models import Meeting, MeetingChange, Outcome
from processus.kb.writer_lock import changes_since, current_generation
from processus.subscriptions import mail
from processus.subscriptions.matching import matching_subscriptions
from processus.subscriptions.models import Event, Notification, NotifyState, Subscription
from processus.subscriptions.signals import new_meeting_kind
from processus.subscriptions.targets import TARGET_FIELDS


@dataclass
class NotifyReport:
    events: int = 0
    notifications: int = 0
    emails: int = 0


def _existing(email: str, target: str, value: Any) -> Subscription | None:
    field = TARGET_FIELDS[target]
    return (
        Subscription.objects.filter(email__iexact=email, target=target, **{field: value})
        .order_by("-pk")
        .first()
    )


def subscribe(
    email: str, target: str, value: Any, language: str, user: Any = None
) -> tuple[Subscription, bool]:
    """Follow ``value`` (a dialogue, an actor, a theme number or an objective).

    A signed-in user's subscription is active at once; anyone else's waits for the
    confirmation link, which is mailed (the answer is the same whether the address
    already followed it or not: the page reveals nothing of others' subscriptions).
    Returns the subscription and whether a confirmation e-mail was sent.
    """
    email = email.strip()
    ensure_state()
    signed_in = user is not None and getattr(user, "is_authenticated", False)
    now = timezone.now()
    with transaction.atomic():
        subscription = _existing(email, target, value)
        if subscription is None:
            subscription = Subscription(email=email, target=target)
            setattr(subscription, TARGET_FIELDS[target], value)
        subscription.language = language
        if signed_in:
            subscription.user = user
            if not subscription.active:
                subscription.confirmed_at, subscription.unsubscribed_at = now, None
        elif subscription.active:
            subscription.save()
            return subscription, False
        subscription.save()
    if signed_in:
        return subscription, False
    mail.send_confirmation(subscription)
    return subscription, True


def confirm(subscription_id: int) -> Subscription | None:
    """Activate a subscription from its confirmation link (a second click changes nothing)."""
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:
        return None
    ensure_state()
    if subscription.confirmed_at is None or subscription.unsubscribed_at is not None:
        subscription.confirmed_at, subscription.unsubscribed_at = timezone.now(), None
        subscription.save(update_fields=["confirmed_at", "unsubscribed_at"])
    return subscription


def unsubscribe(subscription_id: int) -> tuple[Subscription | None, bool]:
    """Stop a subscription; ``(subscription, True)`` if this call stopped it, ``False`` if
    it was stopped already (a second click is harmless). Its unsent notifications go."""
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None or subscription.unsubscribed_at is not None:
        return subscription, False
    subscription.unsubscribed_at = timezone.now()
    subscription.save(update_fields=["unsubscribed_at"])
    Notification.objects.filter(subscription=subscription, sent_at__isnull=True).delete()
    return subscription, True


def ensure_state() -> NotifyState:
    """Where reading the record's log starts: created with the first subscription, so the
    history ingested before anyone followed anything is never mailed."""
    state = NotifyState.objects.filter(pk=1).first()
    if state is None:
        state, _created = NotifyState.objects.get_or_create(
            pk=1,
            defaults={
                "generation": current_generation().value,
                "outcome_id": Outcome.objects.aggregate(m=Max("pk"))["m"] or 0,
                "change_id": MeetingChange.objects.aggregate(m=Max("pk"))["m"] or 0,
                "checked_at": timezone.now(),
            },
        )
    return state


def _change_events(state: NotifyState) -> tuple[list[Event], int]:
    """Editors' changes since the last run (bulk-created, so no signal), with their fields."""
    fields: dict[int, list[str]] = {}
    last = state.change_id
    for pk, meeting_id, field, kind in MeetingChange.objects.filter(
        pk__gt=state.change_id, meeting__isnull=False
    ).values_list("pk", "meeting_id", "field", "kind"):
        name = field or kind
        if name not in fields.setdefault(meeting_id, []):
            fields[meeting_id].append(name)
        last = max(last, pk)
    events = [
        Event(meeting_id=m, kind=Event.Kind.CHANGED, fields=names) for m, names in fields.items()
    ]
    return events, last


def _log_events(state: NotifyState, skip: set[int]) -> tuple[list[Event], int]:
    """Meetings ingestion or another writer touched since the last run (``skip``: those
    whose editors' changes already say what changed), and the log's generation."""
    changes = changes_since(state.generation)
    meetings = Meeting.objects.filter(pk__in=changes.meetings - skip)
    if changes.everything:
        meetings = Meeting.objects.filter(updated__gte=state.checked_at).exclude(pk__in=skip)
    events = [
        Event(
            meeting=meeting,
            kind=new_meeting_kind(meeting)
            if meeting.created >= state.checked_at
            else Event.Kind.CHANGED,
        )
        for meeting in meetings
    ]
    return events, changes.generation


def collect() -> int:
    """Events for what the record's log, editors' changes and new outcomes say since the
    last run (what the signals could not see); how many events were queued."""
    with transaction.atomic():
        ensure_state()
        state = NotifyState.objects.select_for_update().get(pk=1)
        now = timezone.now()
        events, state.change_id = _change_events(state)
        logged, state.generation = _log_events(state, {e.meeting_id for e in events})
        events += logged
        outcomes = Outcome.objects.filter(pk__gt=state.outcome_id)
        events += [
            Event(meeting_id=meeting_id, kind=Event.Kind.OUTCOMES)
            for meeting_id in set(outcomes.values_list("meeting_id", flat=True))
        ]
        state.outcome_id = outcomes.aggregate(m=Max("pk"))["m"] or state.outcome_id
        state.checked_at = now
        state.save()
        Event.objects.bulk_create(events)
    return len(events)


def match() -> int:
    """Notifications for the events not matched yet; how many were made. An event goes to
    the subscriptions confirmed before it happened, never to later ones."""
    made = 0
    events = list(Event.objects.filter(matched_at__isnull=True).select_related("meeting"))
    subscribers: dict[int, list[tuple[int, Any]]] = {}
    for event in events:
        if event.meeting_id not in subscribers:
            subscribers[event.meeting_id] = list(
                matching_subscriptions(event.meeting).values_list("pk", "confirmed_at")
            )
        wanted = [
            Notification(subscription_id=pk, event=event)
            for pk, confirmed_at in subscribers[event.meeting_id]
            if confirmed_at <= event.created_at
        ]
        made += len(Notification.objects.bulk_create(wanted, ignore_conflicts=True))
    Event.objects.filter(pk__in=[e.pk for e in events]).update(matched_at=timezone.now())
    return made


def send() -> int:
    """One e-mail per address with all its unsent notifications; how many e-mails."""
    pending = (
        Notification.objects.filter(
            sent_at__isnull=True, subscription__unsubscribed_at__isnull=True
        )
        .select_related("subscription", "event__meeting")
        .order_by("subscription__email", "event__created_at", "pk")
    )
    by_address: dict[str, list[Notification]] = {}
    for notification in pending:
        by_address.setdefault(notification.subscription.email.lower(), []).append(notification)
    sent = 0
    for address, notifications in by_address.items():
        mail.send_digest(address, notifications)
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
            sent_at=timezone.now()
        )
        sent += 1
    return sent


def notify() -> NotifyReport:
    """Collect, match and send (see the module docstring)."""
    report = NotifyReport()
    report.events = collect()
    report.notifications = match()
    report.emails = send()
    return report
