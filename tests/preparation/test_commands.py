"""``processus remind`` and ``processus createuser --focal-point``, run in this process."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest
from django.core import mail

from processus.commands import createuser, remind
from processus.preparation import operations
from processus.preparation.models import FocalPoint, Registration

from .conftest import NOW


def _delegate(prepared, name: str) -> Registration:
    return Registration(meeting=prepared.meeting, name=name, email=f"{name.lower()}@example.org")


def test_remind_sends_once_to_seated_registrants_of_meetings_soon(prepared, capsys) -> None:
    senegal, spain, mali = prepared.focal_users
    operations.register(_delegate(prepared, "Awa"), senegal)
    operations.register(_delegate(prepared, "Lucia"), spain)
    operations.register(_delegate(prepared, "Moussa"), mali)  # waiting list: no reminder
    mail.outbox.clear()
    assert remind.run(argparse.Namespace(days=7)) == 0  # the meeting is a month away
    assert mail.outbox == []
    assert remind.run(argparse.Namespace(days=31)) == 0
    assert sorted(m.to[0] for m in mail.outbox) == ["awa@example.org", "lucia@example.org"]
    assert all(m.subject.startswith("Reminder:") for m in mail.outbox)
    assert all(m.attachments[0][2] == "text/calendar" for m in mail.outbox)
    assert "2 reminders sent" in capsys.readouterr().out
    mail.outbox.clear()
    assert remind.run(argparse.Namespace(days=31)) == 0
    assert mail.outbox == []  # once each


def test_remind_refuses_negative_days(capsys) -> None:
    assert remind.run(argparse.Namespace(days=-1)) == 2
    assert "--days cannot be negative" in capsys.readouterr().err


def _createuser(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    createuser.add_arguments(parser)
    return createuser.run(parser.parse_args(list(argv)))


def test_createuser_focal_point_ties_the_account_to_its_country(
    prepared, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("PROCESSUS_USER_PASSWORD", "a-long-test-password-1")
    assert _createuser("fp-morocco", "--focal-point", "morocco", "--no-input") == 0
    assert "a focal point of Morocco (Focal points group)" in capsys.readouterr().out
    focal = FocalPoint.objects.get(user__username="fp-morocco")
    assert focal.country.name == "Morocco"
    assert [g.name for g in focal.user.groups.all()] == ["Focal points"]

    assert _createuser("fp-x", "--focal-point", "Atlantis", "--no-input") == 1
    assert "no country named 'Atlantis'" in capsys.readouterr().err
    assert not FocalPoint.objects.filter(user__username="fp-x").exists()
    assert _createuser("fp-y", "--focal-point", "Mali", "--editor", "--no-input") == 2


@pytest.mark.parametrize("late", [dt.timedelta(days=11)])
def test_refused_registration_sends_nothing(prepared, late) -> None:
    mail.outbox.clear()
    with pytest.raises(operations.RegistrationRefused):
        operations.register(_delegate(prepared, "Late"), prepared.focal_users[0], now=NOW + late)
    assert mail.outbox == []
