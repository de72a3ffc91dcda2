"""Backup copies of a SQLite database, kept beside it in a ``backups`` folder and rotated.

Copies are made with SQLite's online backup API, so a copy is consistent even while Clerk is
writing, and private to the owner like the database itself.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

DEFAULT_KEEP = 10


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(db_path: Path, reason: str = "backup", keep: int = DEFAULT_KEEP) -> Path:
    """Copy ``db_path`` to ``backups/<name>-<YYYYmmdd-HHMMSS>-<reason>.sqlite3``; keep the last
    ``keep`` copies."""
    folder = backup_folder(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    rotate(db_path, keep)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """Backups of ``db_path``, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3"), reverse=True)


def rotate(db_path: Path, keep: int = DEFAULT_KEEP) -> None:
    for old in list_backups(db_path)[max(1, keep) :]:
        with contextlib.suppress(OSError):
            old.unlink()


def restore(db_path: Path, copy: Path) -> Path:
    """Put ``copy`` in place of the database at ``db_path``; the file it replaces is kept
    beside it as ``<name>.damaged-<stamp>`` (nothing is deleted). Returns where that went."""
    import shutil

    aside = db_path.with_name(f"{db_path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
    for suffix in ("", "-wal", "-shm"):
        current = Path(str(db_path) + suffix)
        if current.exists():
            current.rename(Path(str(aside) + suffix))
    fd = os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    shutil.copyfile(copy, db_path)
    return aside
