"""The document walk: only regular files, links followed inside the folders given, loops told."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from processus.kb.reading import document_files


def _walk(*paths: Path | str) -> dict[str, str | None]:
    return dict(document_files(paths))


def test_documents_in_name_order_depth_first_hidden_and_support_files_skipped(tmp_path):
    for name in ("b.txt", "a/z.md", "a.txt", "a/b/c.html", ".hidden/x.txt", "README.md",
                 "notes.csv", ".secret.txt"):  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Meeting in Rabat.")
    walked = list(document_files([tmp_path]))
    assert walked == [
        (str(tmp_path / "a/b/c.html"), None),
        (str(tmp_path / "a/z.md"), None),
        (str(tmp_path / "a.txt"), None),
        (str(tmp_path / "b.txt"), None),
    ]


def test_devices_fifos_and_sockets_are_refused_by_type(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "socket.md"))
    server.close()
    (tmp_path / "good.txt").write_text("Meeting in Rabat.")
    assert _walk(tmp_path) == {
        str(tmp_path / "good.txt"): None,
        str(tmp_path / "pipe.txt"): "not a regular file (FIFO)",
        str(tmp_path / "socket.md"): "not a regular file (socket)",
    }
    # given by name, whatever the suffix
    assert _walk("/dev/zero") == {"/dev/zero": "not a regular file (character device)"}
    assert _walk(tmp_path / "pipe.txt") == {str(tmp_path / "pipe.txt"): "not a regular file (FIFO)"}


def test_links_leaving_the_folders_are_refused_links_inside_are_followed(tmp_path):
    root, other = tmp_path / "root", tmp_path / "other"
    (root / "real").mkdir(parents=True)
    other.mkdir()
    (root / "real" / "doc.txt").write_text("Meeting in Rabat.")
    (other / "secret.txt").write_text("not to be read")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "up").symlink_to("..", target_is_directory=True)
    (root / "elsewhere").symlink_to(other, target_is_directory=True)
    (root / "inside.txt").symlink_to(root / "real" / "doc.txt")
    (root / "gone.txt").symlink_to(root / "missing.txt")
    walked = _walk(root)
    assert walked == {
        str(root / "elsewhere"): f"symlink to {other}, outside the folders given",
        str(root / "gone.txt"): f"broken symlink (to {root / 'missing.txt'})",
        str(root / "inside.txt"): None,
        str(root / "real/doc.txt"): None,
        str(root / "up"): "symlink to .., outside the folders given",
        str(root / "zero.txt"): "symlink to /dev/zero, outside the folders given",
    }
    # a link into another folder that was given is inside the folders given (and that
    # folder, walked through the link, is not walked again)
    walked = _walk(root, other)
    assert walked[str(root / "elsewhere/secret.txt")] is None
    assert str(other / "secret.txt") not in walked


def test_loops_are_told_and_no_folder_is_walked_twice(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "doc.txt").write_text("Meeting in Rabat.")
    (tmp_path / "a" / "b" / "back").symlink_to("..", target_is_directory=True)
    (tmp_path / "a" / "b" / "self.txt").symlink_to("self.txt")
    # a fan of links to one folder: walked once, under its first name
    for name in ("c1", "c2", "c3"):
        (tmp_path / name).symlink_to(tmp_path / "a", target_is_directory=True)
    walked = list(document_files([tmp_path]))
    assert walked == [
        (str(tmp_path / "a/b/back"), f"symlink loop (leads back to {tmp_path / 'a'})"),
        (str(tmp_path / "a/b/doc.txt"), None),
        (str(tmp_path / "a/b/self.txt"), "symlink loop (the link leads back to itself)"),
    ]


def test_a_missing_path_is_named():
    assert _walk("/no/such/folder") == {"/no/such/folder": "no such file or directory"}


def test_deep_folders_do_not_exhaust_the_recursion_limit(tmp_path):
    folder = tmp_path
    for _ in range(1200):
        folder = folder / "d"
        folder.mkdir()
    (folder / "deep.txt").write_text("Meeting in Rabat.")
    try:
        assert _walk(tmp_path) == {str(folder / "deep.txt"): None}
    finally:  # pytest's clean-up (shutil.rmtree) recurses once per level: remove it here
        (folder / "deep.txt").unlink()
        while folder != tmp_path:
            folder.rmdir()
            folder = folder.parent
