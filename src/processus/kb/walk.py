"""The documents under the paths given to ``ingest``: a walk that cannot hang or escape.

A document folder may hold what is not a document at all: a symlink to ``/dev/zero`` or
to a folder above (``..``), a FIFO that blocks whoever opens it, a socket, a link that
points at itself.  The walk opens nothing: it looks at each entry with ``stat`` and
yields ``(path, problem)``, the problem being the one-line reason a path is refused
(``None`` for a document to read), so the caller reports it by name and goes on.

* Only regular files are documents; devices, FIFOs and sockets are refused by type.
* Symlinks are followed only to targets inside the folders given (the roots); a link
  that leaves them is refused, and so is a folder reached again through a link that
  leads back to one of its own parents (a loop).  A folder already walked under
  another name is not walked twice, so no arrangement of links multiplies the work.
* Hidden entries (``.name``) and support files (``README.md``) are skipped, as are files
  whose type ingestion does not read.

Order is that of the earlier ``sorted(root.rglob("*"))``: folders depth first, names
sorted, so the record does not depend on the file system's order.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

#: File types ingestion reads (the same as ``processus extract``).
SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf",
                      ".docx"})  # fmt: skip
#: Support files that sit next to documents but are not documents.
NOT_DOCUMENTS = frozenset({"SOURCES.md", "README.md"})

_KINDS = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISDIR, "folder"),
)

Walked = Iterator[tuple[str, str | None]]
#: The folders above a listing, by (device, inode), with the path each was walked as.
Parents = dict[tuple[int, int], str]


class _Found(NamedTuple):
    """A folder entry to yield (``problem``: its refusal, ``None`` to read it) or a
    folder to walk (``folder``: its ``stat``)."""

    problem: str | None = None
    folder: os.stat_result | None = None


def not_regular(mode: int) -> str:
    """The reason a file of this ``st_mode`` is not read."""
    kind = next((name for test, name in _KINDS if test(mode)), "special file")
    return f"not a regular file ({kind})"


def is_document_name(name: str) -> bool:
    return Path(name).suffix.lower() in SUFFIXES and name not in NOT_DOCUMENTS


def _stat(path: str) -> tuple[os.stat_result | None, str | None]:
    """``stat`` following links, or the reason it failed."""
    try:
        return os.stat(path), None
    except FileNotFoundError:
        if os.path.islink(path):
            return None, f"broken symlink (to {os.readlink(path)})"
        return None, "no such file or directory"
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return None, "symlink loop (the link leads back to itself)"
        return None, f"cannot read ({exc.strerror or exc})"


class _Walk:
    """One walk over the roots: the folders already walked and the roots' real paths."""

    def __init__(self, roots: list[str]) -> None:
        self.roots = [os.path.realpath(r) for r in roots]
        self.walked: set[tuple[int, int]] = set()

    def inside(self, path: str) -> bool:
        real = os.path.realpath(path)
        return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in self.roots)

    def folder(self, top: str, top_info: os.stat_result) -> Walked:
        """The documents under the folder ``top``, depth first, names sorted.

        Iterative (a stack of open listings), so that no depth of folders exhausts the
        recursion limit; each listing carries the folders above it, to tell a loop.
        """
        stack: list[tuple[Iterator[os.DirEntry[str]], Parents]] = []
        problem = self.enter(top, top_info, {}, stack)
        if problem:
            yield top, problem
        while stack:
            entries, parents = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            found = self.entry(entry)
            if found is None:
                continue
            if found.folder is not None:
                problem = self.enter(entry.path, found.folder, parents, stack)
                if problem:
                    yield entry.path, problem
            else:
                yield entry.path, found.problem

    def enter(
        self,
        path: str,
        info: os.stat_result,
        parents: Parents,
        stack: list[tuple[Iterator[os.DirEntry[str]], Parents]],
    ) -> str | None:
        """Open the folder ``path`` onto ``stack``; the reason when it is refused."""
        key = (info.st_dev, info.st_ino)
        if key in parents:
            return f"symlink loop (leads back to {parents[key]})"
        if key in self.walked:
            return None  # walked already under another name
        self.walked.add(key)
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            return f"cannot read folder ({exc.strerror or exc})"
        stack.append((iter(entries), {**parents, key: path}))
        return None

    def entry(self, entry: os.DirEntry[str]) -> _Found | None:
        """What one folder entry is; ``None`` for one neither read nor refused."""
        if entry.name.startswith("."):
            return None
        link = entry.is_symlink()
        document = is_document_name(entry.name)
        info, problem = _stat(entry.path)
        if info is None:
            return _Found(problem) if document or link else None
        is_folder = stat.S_ISDIR(info.st_mode)
        if not (document or is_folder):
            return None
        if link and not self.inside(entry.path):
            return _Found(f"symlink to {os.readlink(entry.path)}, outside the folders given")
        if is_folder:
            return _Found(folder=info)
        return _Found(None if stat.S_ISREG(info.st_mode) else not_regular(info.st_mode))


def document_files(paths: Iterable[str | Path]) -> Walked:
    """``(path, problem)`` for every document under ``paths`` (see the module docs).

    A path given by name is read whatever its suffix, if it is a regular file; a path
    that does not exist or cannot be read is yielded with its problem.
    """
    given = [str(p) for p in paths]
    walk = _Walk(given)
    for raw in given:
        info, problem = _stat(raw)
        if info is None:
            yield raw, problem
        elif stat.S_ISDIR(info.st_mode):
            yield from walk.folder(str(Path(raw)), info)
        elif stat.S_ISREG(info.st_mode):
            yield raw, None
        else:
            yield raw, not_regular(info.st_mode)
