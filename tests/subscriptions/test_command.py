"""``processus notify``: collects, matches and sends, and says how much."""

from __future__ import annotations

from processus.cli import main
from processus.kb.operations import correct_meeting


def test_notify_sends_and_says_so(world, editor, follow, mailoutbox, capsys):
    follow("ana@example.org", "dialogue", world.rabat)
    correct_meeting(world.som, editor, {"participants": 140}, "")
    assert main(["notify", "--no-send"]) == 0
    assert "0 e-mail(s) sent" in capsys.readouterr().out
    assert mailoutbox == []
    assert main(["notify"]) == 0
    assert capsys.readouterr().out.strip().endswith("1 e-mail(s) sent")
    assert len(mailoutbox) == 1
    assert main(["notify"]) == 0
    assert capsys.readouterr().out.strip().endswith("0 e-mail(s) sent")
