"""``processus ingest`` tells subscribers what it recorded, through the record's change log."""

from __future__ import annotations

import pytest
from django.utils import timezone

from processus.cli import main
from processus.kb.models import Dialogue
from processus.subscriptions import operations
from processus.subscriptions.models import Subscription

NEWS = """Rabat Process › News
Published 20 April 2024

The Rabat Process thematic meeting on visa facilitation took place in Dakar, Senegal, \
on 10-11 April 2024. It was hosted by Senegal and co-chaired by Spain.
"""


@pytest.fixture
def reference(db):
    from processus.kb.reference_loader import load_reference_data

    load_reference_data()


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def _follow(email: str, dialogue: Dialogue) -> Subscription:
    operations.ensure_state()
    return Subscription.objects.create(
        email=email, target="dialogue", dialogue=dialogue, confirmed_at=timezone.now()
    )


def test_an_ingested_meeting_reaches_its_dialogues_followers(
    reference, tmp_path, mailoutbox, capsys
):
    rabat = Dialogue.objects.get(name="Rabat Process")
    khartoum = Dialogue.objects.get(name="Khartoum Process")
    _follow("ana@example.org", rabat)
    _follow("bob@example.org", khartoum)
    (tmp_path / "news_dakar_2024.txt").write_text(NEWS, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "news_dakar_2024.txt"), "--quiet"]) == 0
    assert "1 e-mail(s) sent to subscribers" in capsys.readouterr().out
    assert [m.to for m in mailoutbox] == [["ana@example.org"]]
    assert "Dakar" in mailoutbox[0].body
    assert "added to the record" in mailoutbox[0].body
