"""The database as the GUI and the command line see it: open it, check it, back it up.

They may not import the store (``tests/test_layers.py``); what they need of it is here.
"""

from __future__ import annotations

import os
from pathlib import Path

from clerk.store import backup, health, maintenance
from clerk.store.db import Database, DatabaseError, DatabaseLocked, open_database, resolve

__all__ = [
    "Database",
    "DatabaseError",
    "DatabaseLocked",
    "backup",
    "health",
    "check",
    "open_database",
    "restore_backup",
    "rolling_backup",
    "target_path",
]


def target_path(target: str | os.PathLike | None) -> Path:
    """The database file a ``--db`` value (or none: the default) names."""
    return Path(resolve(target))


def check(db: Database, quick: bool = False) -> list[str]:
    """The problems an integrity check finds (empty: none)."""
    return maintenance.check(db, quick=quick)


def rolling_backup(db: Database) -> Path | None:
    """The daily rolling backup beside the database, if one is due."""
    return maintenance.rolling_backup(db)


def restore_backup(target: Path, copy: Path) -> Path:
    """Put a backup in place of a damaged database (the damaged file is kept beside it)."""
    return backup.restore(target, copy)
