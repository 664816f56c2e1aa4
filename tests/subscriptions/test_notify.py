"""Events of the record become one e-mail per subscriber and run, for matching subscriptions."""

from __future__ import annotations

import datetime as dt

from processus.kb.models import Meeting
from processus.kb.operations import change_outcome, correct_meeting
from processus.kb.writer_lock import record_write, writing
from processus.subscriptions import operations
from processus.subscriptions.models import Notification
from tests.subscriptions.conftest import links, path_of


def _edit(world, editor, **values):
    return correct_meeting(world.som, editor, values, "corrected from the minutes")


def test_a_matching_change_sends_one_email_with_the_unsubscribe_link(
    world, editor, follow, mailoutbox, anon_client
):
    subscription = follow("ana@example.org", "dialogue", world.rabat)
    _edit(world, editor, participants=140, city="Salé")
    report = operations.notify()
    assert report.emails == 1
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["ana@example.org"]
    assert message.subject == "Processus: news of Senior Officials' Meeting, Salé, 2024-06-12"
    assert "changed (participants, city)" in message.body
    assert "Because you follow: Rabat Process" in message.body
    unsubscribe = [u for u in links(message.body) if "/unsubscribe/" in u]
    assert len(unsubscribe) == 1
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe[0]}>"
    assert anon_client.get(path_of(unsubscribe[0])).status_code == 200
    subscription.refresh_from_db()
    assert not subscription.active


def test_a_change_of_a_meeting_outside_what_is_followed_sends_nothing(
    world, editor, follow, mailoutbox
):
    follow("ana@example.org", "dialogue", world.khartoum)
    follow("ana@example.org", "country", world.senegal)
    follow("ana@example.org", "objective", world.objective_2)
    _edit(world, editor, participants=140)
    assert operations.notify().emails == 0
    assert mailoutbox == []


def test_a_country_matches_as_host_chair_or_place_and_an_objective_through_an_action(
    world, editor, follow, mailoutbox
):
    follow("chair@example.org", "country", world.spain)
    follow("plan@example.org", "objective", world.objective_1)
    _edit(world, editor, participants=140)
    operations.notify()
    assert sorted(m.to[0] for m in mailoutbox) == ["chair@example.org", "plan@example.org"]


def test_a_theme_matches_the_meetings_domains(world, editor, follow, mailoutbox):
    follow("theme@example.org", "theme", "3")
    follow("other@example.org", "theme", "5")
    _edit(world, editor, themes=[3])
    operations.notify()
    assert [m.to[0] for m in mailoutbox] == ["theme@example.org"]


def test_news_of_one_run_come_in_one_email_per_address(world, editor, follow, mailoutbox):
    follow("ana@example.org", "dialogue", world.rabat)
    follow("ana@example.org", "country", world.senegal)
    _edit(world, editor, participants=140)
    correct_meeting(world.thematic, editor, {"city": "Saly"}, "")
    change_outcome(
        world.som,
        editor,
        values={
            "kind": "recommendation",
            "number": 1,
            "text": "Share data.",
            "follow_up_status": "open",
        },
    )
    operations.notify()
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert mailoutbox[0].subject == "Processus: news of 2 meetings you follow"
    assert "outcomes recorded" in body
    assert "Thematic meeting on diaspora engagement" in body
    assert "Because you follow: Senegal; Rabat Process" in body  # the country first (kind order)
    assert "List-Unsubscribe" not in mailoutbox[0].extra_headers
    assert operations.notify().emails == 0  # sent once, marked


def test_an_announced_meeting_is_news(world, follow, mailoutbox):
    follow("ana@example.org", "dialogue", world.rabat)
    meeting = Meeting.objects.create(
        kind="workshop", title="Workshop on visas", start=dt.date(2031, 5, 4)
    )
    meeting.dialogues.add(world.rabat)
    operations.notify()
    assert len(mailoutbox) == 1
    assert "Workshop on visas" in mailoutbox[0].body
    assert "announced" in mailoutbox[0].body


def test_changes_written_by_ingestion_are_read_from_the_records_log(world, follow, mailoutbox):
    operations.notify()  # the first run only notes where the log stands
    follow("ana@example.org", "dialogue", world.rabat)
    with writing():
        record_write(meetings=[world.som.pk])
    report = operations.notify()
    assert report.emails == 1
    assert "Senior Officials' Meeting" in mailoutbox[0].body


def test_events_before_a_subscription_are_not_sent_to_it(world, editor, follow, mailoutbox):
    _edit(world, editor, participants=140)
    follow("late@example.org", "dialogue", world.rabat)
    operations.notify()
    assert mailoutbox == []


def test_the_email_is_in_the_subscribers_language(world, editor, follow, mailoutbox):
    follow("ana@example.org", "dialogue", world.rabat, language="fr")
    _edit(world, editor, participants=140)
    operations.notify()
    assert mailoutbox[0].subject.startswith("Processus : nouvelles de")
    assert "Parce que vous suivez : Processus de Rabat" in mailoutbox[0].body
    assert "/fr/subscriptions/unsubscribe/" in mailoutbox[0].body


def test_an_unsubscribed_address_gets_nothing_more(world, editor, follow, mailoutbox):
    subscription = follow("ana@example.org", "dialogue", world.rabat)
    _edit(world, editor, participants=140)
    operations.match()
    operations.unsubscribe(subscription.pk)
    operations.notify()
    assert mailoutbox == []
    assert not Notification.objects.filter(sent_at__isnull=True).exists()
