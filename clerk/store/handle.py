"""An open database, as the store holds it: SQLAlchemy's engine, made the first time it is asked
for, and on SQLite the file, its lock, its journal watch and the driver connection the store
reads and saves a meeting on without SQLAlchemy (``clerk.store.db`` opens it).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


@dataclass
class Database:
    """An open database: the engine, and for SQLite its file and the lock that holds it.

    ``make_engine`` makes the SQLAlchemy engine the first time ``engine`` is asked for (on
    SQLite, often never); ``connect`` makes a driver connection with the database's pragmas
    (SQLite only), for ``driver``."""

    make_engine: Callable[[], Engine]
    url: str
    path: Path | None = None
    connect: Callable[[], sqlite3.Connection] | None = field(default=None, repr=False)
    _lock: Any = field(default=None, repr=False)
    upgraded_from: str | None = None
    backup_path: Path | None = None
    read_only: bool = False
    # A private copy read in place of the file (a full drive with a journal to read): removed
    # on close.
    _reading_copy: Path | None = field(default=None, repr=False)
    # The journal watch: a connection kept open (so SQLite never removes the WAL itself while
    # Clerk runs) and our own handle on the WAL file, to notice another program deleting it.
    _keeper: Any = field(default=None, repr=False)
    _wal_fd: int | None = field(default=None, repr=False)
    _engine: Any = field(default=None, repr=False)
    _driver: sqlite3.Connection | None = field(default=None, repr=False)
    _driver_thread: int | None = field(default=None, repr=False)

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy imported) when first asked for."""
        if self._engine is None:
            self._engine = self.make_engine()
        return self._engine

    @property
    def is_sqlite(self) -> bool:
        return self.connect is not None

    @property
    def driver(self) -> sqlite3.Connection | None:
        """The SQLite connection the store reads and saves on without SQLAlchemy, or None (a
        server database, or a thread other than the one that first asked: a sqlite3
        connection is used by one thread, the others go through the engine's pool).

        In autocommit mode: each caller begins and commits its own transaction."""
        if self.connect is None:
            return None
        if self._driver is None:
            self._driver = self.connect()
            self._driver.isolation_level = None
            self._driver_thread = threading.get_ident()
        elif self._driver_thread != threading.get_ident():
            return None
        return self._driver

    @property
    def location(self) -> str:
        """Where the data is, for people: the file, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def journal(self) -> Path | None:
        return Path(str(self.path) + "-wal") if self.path is not None else None

    def watch_journal(self) -> None:
        """Start watching the WAL file (a writable SQLite database only)."""
        if self.path is None or self.read_only or self._keeper is not None:
            return
        keeper = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False)
        keeper.execute("PRAGMA journal_mode=WAL").fetchall()
        keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()
        self._keeper = keeper
        journal = self.journal
        if journal is None:
            return
        try:
            self._wal_fd = os.open(journal, os.O_RDONLY)
        except OSError:
            self._wal_fd = None

    def journal_lost(self) -> bool:
        """True when the WAL file Clerk writes into was deleted or replaced by another program:
        every change written since would vanish at the next crash."""
        if self._wal_fd is None:
            return False
        try:
            held = os.fstat(self._wal_fd)
            if held.st_nlink == 0:
                return True
            journal = self.journal
            if journal is None:
                return False
            now = os.stat(journal)
        except OSError:
            return True
        return (now.st_ino, now.st_dev) != (held.st_ino, held.st_dev)

    def rescue_journal(self) -> bool:
        """Copy what the deleted WAL still holds into the database file, by a checkpoint
        through the connection kept open for this (it still has the old WAL open); True when
        every change it held is now in the database file."""
        if self._keeper is None:
            return False
        try:
            busy, log, done = self._keeper.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
        except sqlite3.Error:
            return False
        return busy == 0 and done == log

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._driver is not None:
            if self._driver_thread == threading.get_ident():
                self._driver.close()
            self._driver = None
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None
        if self._wal_fd is not None:
            os.close(self._wal_fd)
            self._wal_fd = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._reading_copy is not None:
            shutil.rmtree(self._reading_copy, ignore_errors=True)
            self._reading_copy = None


Source = Database | Any  # a Database, or (as the store's older callers pass) its engine


def driver_of(source: Source) -> sqlite3.Connection | None:
    """The SQLite driver connection to read or write ``source`` on without SQLAlchemy: a SQLite
    ``Database``'s own (see ``Database.driver``); None for an engine or a server database."""
    return source.driver if isinstance(source, Database) else None


def engine_of(source: Source) -> Engine:
    """SQLAlchemy's engine of ``source`` (a ``Database`` or an engine already)."""
    return source.engine if isinstance(source, Database) else source
