"""An inbox folder (``processus consume DIR``): files dropped in are ingested, then moved.

Paperless-style: whoever can write to the folder (a scanner, a shared drive, a mail
rule) hands documents in.  Each pass takes the files directly in the folder, ingests
them through :func:`processus.intake.operations.ingest_incoming` (the same limits and
reasons as every road) and moves each to ``DIR/done/`` or to ``DIR/failed/`` with a
``<name>.reason`` file beside it that says why, in one line.

* A file still being written is left for a later pass: its size and modification
  time are taken twice, :data:`SETTLE_SECONDS` apart, and must not have changed.
* Hidden files (``.name``) and the partial files of downloads and copies
  (``.part``, ``.partial``, ``.tmp``, ``.crdownload``, ``.download``, ``~``) are not
  touched; nor are sub-folders (``done/`` and ``failed/`` among them).
* What is not a regular file (a FIFO, a device, a symlink) is never opened: it is
  moved to ``failed/`` with its reason, so the inbox does not fill with it.
* A name already in ``done/`` or ``failed/`` gets ``-2``, ``-3``... so nothing is
  overwritten.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from processus.intake.models import Arrival
from processus.intake.operations import Incoming, IntakeResult, ingest_incoming
from processus.kb.limits import configured_limits
from processus.kb.walk import not_regular

#: Seconds between the two looks at a file's size (a file still growing waits a pass).
SETTLE_SECONDS = 1.0
#: Endings of files still being written by a download or a copy.
PARTIAL_ENDINGS = (".part", ".partial", ".tmp", ".crdownload", ".download", "~")
DONE, FAILED = "done", "failed"
#: Files read into memory and ingested together (one ingestion run each batch).
BATCH = 20


@dataclass
class InboxPass:
    """What one pass over the inbox did."""

    done: list[tuple[str, IntakeResult]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: files left for a later pass (still being written)
    waiting: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"done: {name} ({result.line()})" for name, result in self.done]
        out += [f"failed: {name}: {reason}" for name, reason in self.failed]
        out += [f"waiting: {name} (still being written)" for name in self.waiting]
        return out


def _is_partial(name: str) -> bool:
    return name.startswith(".") or name.lower().endswith(PARTIAL_ENDINGS)


def _looks(folder: Path) -> dict[str, tuple[int, int, int]]:
    """The inbox's candidate entries: name -> (mode, size, mtime in ns), without following links."""
    found: dict[str, tuple[int, int, int]] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if _is_partial(entry.name):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # gone meanwhile
            if stat.S_ISDIR(info.st_mode):
                continue
            found[entry.name] = (info.st_mode, info.st_size, info.st_mtime_ns)
    return found


def settled(folder: Path, settle_seconds: float = SETTLE_SECONDS) -> tuple[list[str], list[str]]:
    """The names whose size and time did not change over ``settle_seconds``, sorted,
    and those still changing."""
    first = _looks(folder)
    if first and settle_seconds > 0:
        time.sleep(settle_seconds)
    second = _looks(folder)
    ready = sorted(name for name, look in first.items() if second.get(name) == look)
    moving = sorted(name for name in first if name in second and second[name] != first[name])
    return ready, moving


def _incoming(path: Path, mode: int, max_bytes: int) -> Incoming:
    """The file as an incoming document, or one carrying why it cannot be one."""
    from processus.extraction import DocumentError
    from processus.kb.reading import read_bytes

    if stat.S_ISLNK(mode):
        return Incoming(path.name, b"", refusal="not a regular file (symlink)")
    if not stat.S_ISREG(mode):
        return Incoming(path.name, b"", refusal=not_regular(mode))
    try:
        return Incoming(path.name, read_bytes(str(path), max_bytes))
    except DocumentError as exc:
        return Incoming(path.name, b"", refusal=exc.reason)


def move_to(folder: Path, path: Path) -> Path | None:
    """Move ``path`` into ``folder`` under a name not taken there; ``None`` if it went."""
    folder.mkdir(exist_ok=True)
    stem, suffix = path.stem, path.suffix
    number = 1
    while True:
        target = folder / (path.name if number == 1 else f"{stem}-{number}{suffix}")
        if not os.path.lexists(target) and not os.path.lexists(f"{target}.reason"):
            break
        number += 1
    try:
        os.rename(path, target)
    except FileNotFoundError:
        return None  # another consumer took it
    return target


def consume_once(
    folder: Path, *, settle_seconds: float = SETTLE_SECONDS, user: Any = None
) -> InboxPass:
    """One pass over the inbox ``folder`` (see the module documentation)."""
    report = InboxPass()
    ready, report.waiting = settled(folder, settle_seconds)
    if not ready:
        return report
    modes = _looks(folder)
    names = [name for name in ready if name in modes]
    for start in range(0, len(names), BATCH):
        _consume(folder, names[start : start + BATCH], modes, report, user)
    return report


def _consume(
    folder: Path,
    names: list[str],
    modes: dict[str, tuple[int, int, int]],
    report: InboxPass,
    user: Any,
) -> None:
    """Ingest these files of the inbox and move each where it belongs."""
    max_bytes = configured_limits().load.max_bytes
    incoming = [_incoming(folder / name, modes[name][0], max_bytes) for name in names]
    results = ingest_incoming(incoming, road=Arrival.Road.INBOX, user=user)
    for name, result in zip(names, results, strict=True):
        if result.refused:
            target = move_to(folder / FAILED, folder / name)
            if target is not None:
                Path(f"{target}.reason").write_text(result.reason + "\n", encoding="utf-8")
            report.failed.append((name, result.reason))
        else:
            move_to(folder / DONE, folder / name)
            report.done.append((name, result))
