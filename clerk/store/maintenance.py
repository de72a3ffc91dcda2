"""Keeping a database healthy: the integrity check and the rolling backup.

``clerk check`` and the application's start both use ``check``; the application keeps a
rolling backup beside the database (at most one a day, the last ``backups.keep`` kept).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from clerk.store import backup, repository
from clerk.store.db import Database


def check(db: Database, quick: bool = False) -> list[str]:
    """Problems found in the database; an empty list means it is sound."""
    if db.is_sqlite:
        driver = db.driver
        if driver is None:  # another thread: a connection of its own, closed after
            assert db.connect is not None
            own = db.connect()
            try:
                return _check_sqlite(db, own, quick)
            finally:
                own.close()
        return _check_sqlite(db, driver, quick)
    from sqlalchemy import text

    with db.engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM meetings"))
    return []


def _check_sqlite(db: Database, conn, quick: bool) -> list[str]:
    """The SQLite checks, on a driver connection (no SQLAlchemy needed)."""
    pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
    # The full check looks every row up in each of its indexes: with SQLite's default 2 MB
    # page cache a file larger than that is read again and again from the system, and the
    # check grew faster than the file. A cache the size of the file, for the check only, reads
    # each page once.
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0] or -2000)
    if not quick:
        conn.execute(f"PRAGMA cache_size = -{_cache_kib(db)}")
    try:
        rows = [r[0] for r in conn.execute(pragma)]
        problems = [] if rows == ["ok"] else rows
        problems += [
            f"foreign key: {r[0]} row {r[1]} refers to a missing {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
    finally:
        if not quick:
            conn.execute(f"PRAGMA cache_size = {before}")
    return problems


CHECK_CACHE_MAX_KIB = 512 * 1024  # never more than this for the check's page cache


def _cache_kib(db: Database) -> int:
    """KiB of page cache holding the whole file and its journal (2 MB at least)."""
    size = 0
    for part in (db.path, db.journal):
        try:
            size += part.stat().st_size if part is not None else 0
        except OSError:  # no journal just now
            continue
    return max(2000, min(CHECK_CACHE_MAX_KIB, size // 1024 + 1024))


def backups_to_keep(db: Database) -> int:
    return keep_from_value(repository.get_setting(db, "backups.keep", backup.DEFAULT_KEEP))


def keep_from_value(value: object) -> int:
    """How many backups the stored ``backups.keep`` means (the default when unreadable)."""
    try:
        keep = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        keep = backup.DEFAULT_KEEP
    return max(1, keep)


def rolling_backup(db: Database, every: timedelta = timedelta(hours=20)) -> Path | None:
    """Make a backup copy when the newest is older than ``every``; returns the new copy."""
    if db.path is None:
        return None
    existing = backup.list_backups(db.path)
    if existing:
        newest = datetime.fromtimestamp(existing[0].stat().st_mtime)
        if datetime.now() - newest < every:
            return None
    return backup.make_backup(db.path, reason="daily", keep=backups_to_keep(db))
