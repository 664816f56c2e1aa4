"""The secret key: from the environment, or generated once and kept in the data dir.

A hard-coded key would end up in production; a key regenerated at every start
would log everybody out. So the first start writes a random key to
``$PROCESSUS_DATA_DIR/secret_key`` (mode 0600) and later starts read it back.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

SECRET_FILE_NAME = "secret_key"


def load_or_create_secret_key(data_dir: Path) -> str:
    path = data_dir / SECRET_FILE_NAME
    try:
        key = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        key = ""
    if key:
        return key
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    # O_EXCL: when two processes start at once, one writes and the other reads.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip() or key
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return key
