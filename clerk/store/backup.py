"""Backup copies of a SQLite database, each kept with the one database it was made from.

A database ``council.sqlite3`` keeps its copies in ``backups/council.sqlite3/`` beside it: the
folder is named after the whole file name, so ``council.sqlite3`` and
``council-planning.sqlite3`` in one folder can never take (or rotate away) each other's copies.
Each database also holds an identity (a UUID in its ``database_identity`` table, made when it
was created) which every copy carries; a copy is offered in place of a damaged database only
when its identity is that database's and SQLite's ``quick_check`` finds it sound.

Copies are made with SQLite's online backup API, so a copy is consistent even while Clerk is
writing, and private to the owner like the database itself. A restore writes the replacement
in full beside the database, syncs it, checks it, and only then swaps it in with one rename;
the file it replaces stays beside the database as ``<name>.damaged-<stamp>``.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

DEFAULT_KEEP = 10
IDENTITY_FILE = "identity"
_STAMP = r"\d{8}-\d{6}(?:-\d{6})?"


class RestoreError(OSError):
    """A restore that did not happen; the database was left as it was. ``str()`` says why."""


def backup_folder(db_path: Path) -> Path:
    """Where the copies of ``db_path`` (and only of it) are kept."""
    return db_path.parent / "backups" / db_path.name


def _legacy_copies(db_path: Path) -> list[Path]:
    """Copies made by earlier Clerks as ``backups/<stem>-<stamp>-<reason>.sqlite3``; the stamp
    must follow the stem at once, so ``council-planning-…`` is never taken for ``council``."""
    folder = db_path.parent / "backups"
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(db_path.stem) + "-" + _STAMP + r"-[^/]*\.sqlite3$")
    return [p for p in folder.iterdir() if pattern.fullmatch(p.name) and p.is_file()]


def _sort_key(path: Path) -> str:
    match = re.search(_STAMP, path.name)
    return match.group(0) if match else ""


def _uri(path: Path, immutable: bool) -> str:
    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")


def read_identity(path: Path) -> str | None:
    """The identity stored in the database file ``path``, or None when it has none or cannot
    be read. Nothing is written (read-only, else immutable on a full or read-only drive)."""
    if not path.is_file():
        return None
    for immutable in (False, True):
        try:
            conn = sqlite3.connect(_uri(path, immutable), uri=True)
        except sqlite3.Error:
            continue
        try:
            row = conn.execute("SELECT id FROM database_identity LIMIT 1").fetchone()
            return str(row[0]) if row else None
        except sqlite3.Error:
            continue
        finally:
            conn.close()
    return None


def quick_check(path: Path) -> list[str]:
    """SQLite's ``quick_check`` of a closed copy at ``path``; [] when it is sound. Opened
    immutable: a copy has no journal, and nothing (not even ``-shm``) is written beside it."""
    try:
        conn = sqlite3.connect(_uri(path, True), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        return [] if rows == ["ok"] else rows
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def make_backup(db_path: Path, reason: str = "backup", keep: int = DEFAULT_KEEP) -> Path:
    """Copy ``db_path`` to ``backups/<name>/<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite3``; keep the
    last ``keep`` copies of this database (and only of it)."""
    folder = backup_folder(db_path)
    folder.parent.mkdir(mode=0o700, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}-{reason}.sqlite3"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(_uri(db_path, False), uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    identity = read_identity(target)
    if identity is not None:
        _remember_identity(folder, identity)
    rotate(db_path, keep)
    return target


def _remember_identity(folder: Path, identity: str) -> None:
    """The folder notes whose copies it holds, for when the database itself cannot be read."""
    note = folder / IDENTITY_FILE
    with contextlib.suppress(OSError):
        if not note.exists():
            fd = os.open(note, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(identity + "\n")


def folder_identity(db_path: Path) -> str | None:
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return (backup_folder(db_path) / IDENTITY_FILE).read_text(encoding="ascii").strip() or None
    return None


def list_backups(db_path: Path) -> list[Path]:
    """Backups of ``db_path``, newest first."""
    folder = backup_folder(db_path)
    own = [p for p in folder.glob("*.sqlite3") if p.is_file()] if folder.is_dir() else []
    return sorted(own + _legacy_copies(db_path), key=_sort_key, reverse=True)


def rotate(db_path: Path, keep: int = DEFAULT_KEEP) -> None:
    for old in list_backups(db_path)[max(1, keep) :]:
        with contextlib.suppress(OSError):
            old.unlink()


@dataclass(frozen=True)
class Offer:
    """A copy fit to offer in place of a database, or why none is."""

    copy: Path | None
    skipped: tuple[str, ...] = ()


def best_backup(db_path: Path) -> Offer:
    """The newest copy that is this database's (same identity) and sound (``quick_check``).

    The identity to match is the database's own when it can still be read, else the one its
    backup folder noted. Copies of another database, or damaged ones, are passed over (and
    said so in ``skipped``)."""
    expected = read_identity(db_path) or folder_identity(db_path)
    skipped: list[str] = []
    for copy in list_backups(db_path):
        found = read_identity(copy)
        if expected is not None and found is not None and found != expected:
            skipped.append(f"{copy.name} is a copy of another database")
            continue
        if expected is not None and found is None and copy.parent == backup_folder(db_path):
            # Made before identities existed, in this database's own folder: still its copy.
            pass
        elif expected is not None and found is None:
            skipped.append(f"{copy.name} cannot be shown to be a copy of this database")
            continue
        problems = quick_check(copy)
        if problems:
            skipped.append(f"{copy.name} is damaged ({problems[0]})")
            continue
        return Offer(copy, tuple(skipped))
    return Offer(None, tuple(skipped))


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def restore(db_path: Path, copy: Path) -> Path:
    """Put ``copy`` in place of the database at ``db_path``; returns where the replaced file
    was kept (``<name>.damaged-<stamp>``, nothing is deleted).

    The replacement is written in full beside the database, synced and checked first; only
    then is the current file linked aside and the replacement renamed over it in one step. If
    anything fails before that rename, the database is exactly as it was (RestoreError)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    staging = db_path.with_name(f".{db_path.name}.restoring-{stamp}")
    try:
        _write_copy(copy, staging)
        problems = quick_check(staging)
        if problems:
            raise RestoreError(f"the backup {copy.name} is damaged ({problems[0]})")
        _keep_aside(db_path, aside)
        for suffix in ("-wal", "-shm"):
            # The journal files belong to the file being replaced: a stale WAL replayed on
            # the restored copy would damage it, so they go aside with it.
            current = Path(str(db_path) + suffix)
            if current.exists():
                current.rename(Path(str(aside) + suffix))
        os.replace(staging, db_path)
        _fsync_folder(db_path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            staging.unlink()
        if isinstance(exc, RestoreError):
            raise
        raise RestoreError(
            f"the backup could not be put in place ({exc.strerror or exc}); "
            f"{db_path.name} was left as it was"
        ) from None
    return aside


def _write_copy(copy: Path, staging: Path) -> None:
    fd = os.open(staging, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with open(copy, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise


def _keep_aside(db_path: Path, aside: Path) -> None:
    """A second name for the current file (a hard link: no copy, no space), so the rename
    that follows replaces the name only; where links are not possible, a synced copy."""
    if not db_path.exists():
        return
    try:
        os.link(db_path, aside)
    except OSError:
        _write_copy(db_path, aside)


def set_aside_files(db_path: Path) -> list[Path]:
    """Files set aside beside the database (``<name>.damaged-*``), oldest first."""
    folder = db_path.parent
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.glob(f"{glob_escape(db_path.name)}.damaged-*")
        if not p.name.endswith(("-wal", "-shm")) and p.is_file()
    ]
    return sorted(found)


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)
