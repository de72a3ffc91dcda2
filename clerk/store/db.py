"""Opening the database: where it lives, durability settings, one Clerk at a time, upgrades.

SQLite is the default, one file in the user data folder; a PostgreSQL URL serves a team sharing
one database. On SQLite every commit is durable (WAL journal, ``synchronous=FULL``), the file is
private to its owner, and a lock file held by the operating system keeps a second Clerk out
(the lock dies with the process, so a crash never leaves a stale lock). An older schema is
upgraded on open, after a timestamped backup copy.

On SQLite, SQLAlchemy is imported only when something asks for ``Database.engine``: opening a
file at the current schema, checking it, and reading and saving the meeting open in the window
run on the driver's own connection (``Database.driver``), with the same pragmas, so a clerk's
start and key presses do not wait for SQLAlchemy's import (about a third of a second of CPU and
26 MB here). Alembic is imported only when the schema needs an upgrade.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from clerk.store import backup, health
from clerk.store.handle import Database, Source, driver_of, engine_of  # noqa: F401 - re-exported
from clerk.store.lockfile import FileLock, LockHeld

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

DB_FILENAME = "clerk.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
# The newest schema this Clerk knows (a file at it opens without Alembic); held equal to the
# migrations' head by tests/store/test_columns.py.
HEAD_REVISION = "0010"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")


class DatabaseError(Exception):
    """A database that cannot be opened; ``str()`` says why in one line and what to do.

    ``backup`` is the newest backup copy of a damaged SQLite file, to offer in its place.
    """

    def __init__(self, message: str, backup: Path | None = None):
        super().__init__(message)
        self.backup = backup


class DatabaseLocked(DatabaseError):
    pass


def default_location() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Clerk", appauthor=False)) / DB_FILENAME


def resolve(target: str | os.PathLike | None) -> str:
    """The database to use: ``--db``, else ``CLERK_DB``, else the user data folder."""
    if target is None or str(target) == "":
        target = os.environ.get("CLERK_DB") or default_location()
    return str(target)


def is_url(target: str) -> bool:
    return "://" in target


def open_database(
    target: str | os.PathLike | None = None, *, lock: bool = True, read_only: bool = False
) -> Database:
    """Open (creating or upgrading as needed) the database named by ``target``.

    ``lock=False`` is for commands that may run beside an open Clerk. ``read_only=True`` (for
    commands that only read) opens an existing SQLite file without writing anything, so that
    reading works on a full or read-only drive; it falls back to an ordinary open when the
    file does not exist yet or needs a schema upgrade.
    """
    target = resolve(target)
    if is_url(target) and not target.startswith("sqlite"):
        return _open_server(target)
    path = Path(_url_database(target)) if is_url(target) else Path(target).expanduser()
    path = path.absolute()
    if read_only and path.is_file():
        return _open_sqlite_reading(path)
    return _open_sqlite(path, lock=lock)


def _url_database(target: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(target).database or ""


def _open_server(url: str) -> Database:
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # driver errors differ; all mean the same to the clerk
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseError(f"cannot connect to the database server: {reason}") from None
    db = Database(make_engine=lambda: engine, url=url)
    db._engine = engine
    _migrate(db)
    return db


def _open_sqlite(path: Path, *, lock: bool) -> Database:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder {folder}: {exc.strerror}") from None
    if not os.access(folder, os.W_OK) or health.read_only_place(path):
        raise DatabaseError(
            f"{path} cannot be written (a read-only file, folder or drive); your meetings are "
            "safe: make it writable, or copy it to a folder you can write and open that with "
            "--db (reading, e.g. `clerk meetings`, still works)"
        )
    held = None
    if lock:
        held = FileLock(str(path) + ".lock")
        try:
            held.acquire()
        except LockHeld:
            raise DatabaseLocked(
                f"{path} is already open in another Clerk; close that one first, "
                "or choose another database with --db"
            ) from None
        except OSError as exc:
            raise DatabaseError(f"cannot lock {path}: {exc.strerror}") from None
    try:
        _create_private(path)
        _check_header(path)

        def connect() -> sqlite3.Connection:
            conn = sqlite3.connect(str(path), timeout=10)
            _sqlite_pragmas(conn, None)
            return conn

        db = Database(
            make_engine=lambda: _sqlite_engine(path),
            url=f"sqlite:///{path}",
            path=path,
            connect=connect,
            _lock=held,
        )
        _migrate(db)
        _refuse_if_damaged(db)
        db.watch_journal()
        return db
    except BaseException:
        if held is not None:
            held.release()
        raise


def _sqlite_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _create_private(path: Path) -> None:
    """Create an empty database file readable by its owner only (WAL files follow its mode)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseError(f"cannot create {path}: {exc.strerror}") from None
    os.close(fd)


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if head and head != SQLITE_HEADER:
        raise damaged(path, "is not a Clerk database (it may be damaged)")


def damaged(path: Path, what: str) -> DatabaseError:
    """The error for a damaged file, offering the newest backup copy that is this database's
    and sound, when there is one."""
    offer = backup.best_backup(path)
    if offer.copy is not None:
        return DatabaseError(
            f"{path} {what}; the newest sound backup is {offer.copy} — open it with --db, "
            "or restore it",
            backup=offer.copy,
        )
    none = "no sound backup of it was found" if offer.skipped else "there is no backup of it"
    return DatabaseError(f"{path} {what}; {none}: choose another file with --db")


def trouble(path: Path, exc: BaseException) -> DatabaseError:
    """The error for a database that failed to open: full, read-only, I/O or damaged."""
    found = health.diagnose(path, exc)
    if found.kind == health.DAMAGED:
        return damaged(path, found.message)
    return DatabaseError(found.message)


def _refuse_if_damaged(db: Database) -> None:
    """A file whose pages fail ``quick_check`` is not written to: every write could spread the
    damage, and the clerk would believe it saved."""
    path = db.path
    driver = db.driver
    if path is None or driver is None:  # PostgreSQL: its server keeps its own pages sound
        return
    try:
        rows = [r[0] for r in driver.execute("PRAGMA quick_check")]
    except Exception as exc:
        db.close()
        raise trouble(path, exc) from None
    if rows != ["ok"]:
        db.close()
        first = " ".join(rows[0].replace("*** in database main ***", "").split())
        raise damaged(path, f"is damaged ({first[:200]})")


def _open_sqlite_reading(path: Path) -> Database:
    """Open an existing file for reading only, writing nothing beside it.

    Tried in turn: SQLite's read-only mode; immutable mode (nothing written, not even the
    shared-memory file) when there is no journal to read; a private copy of the file and its
    journal in the temporary folder (a full drive with a journal still to read)."""
    _check_header(path)
    wal = Path(str(path) + "-wal")
    has_journal = wal.exists() and wal.stat().st_size > 0
    failure: BaseException | None = None
    for how in ("read-only", "immutable", "copy"):
        copy_dir = None
        source = path
        if how == "immutable" and has_journal:
            continue  # immutable would ignore the journal, and with it the latest changes
        if how == "copy":
            if not has_journal:
                break
            try:
                copy_dir = Path(tempfile.mkdtemp(prefix="clerk-reading-"))
                for suffix in ("", "-wal"):
                    shutil.copyfile(str(path) + suffix, str(copy_dir / path.name) + suffix)
            except OSError:
                if copy_dir is not None:
                    shutil.rmtree(copy_dir, ignore_errors=True)
                break
            source = copy_dir / path.name
        db = _reading_database(path, source, how == "immutable", copy_dir)
        try:
            revision = current_revision(db)
        except DatabaseError:
            db.close()
            raise
        except Exception as exc:
            db.close()
            failure = exc
            continue
        if revision == HEAD_REVISION:
            return db
        db.close()
        return _open_sqlite(path, lock=False)  # an older schema: upgrading writes
    raise trouble(path, failure or OSError("cannot be read"))


def _reading_database(path: Path, source: Path, immutable: bool, copy_dir: Path | None):
    uri = health.readonly_uri(source, immutable=immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)

    def reading() -> sqlite3.Connection:
        conn = connect()
        _reading_pragmas(conn, None)
        return conn

    def make_engine() -> Engine:
        from sqlalchemy import create_engine, event

        engine = create_engine("sqlite://", creator=connect)
        event.listen(engine, "connect", _reading_pragmas)
        return engine

    return Database(
        make_engine=make_engine,
        url=f"sqlite:///{path}",
        path=path,
        connect=reading,
        read_only=True,
        _reading_copy=copy_dir,
    )


def _reading_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


# What SQLAlchemy's inspector would list, read at once (building an inspector cost half of
# opening a small database).
_SQLITE_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"
)


def current_revision(source: Database | Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database.

    On a SQLite ``Database`` read on its driver: comparing it with ``HEAD_REVISION`` needs
    neither SQLAlchemy nor Alembic."""
    driver = source.driver if isinstance(source, Database) else None
    if driver is not None:
        tables = {r[0] for r in driver.execute(_SQLITE_TABLES)}
        if _revision_table(tables):
            found = driver.execute("SELECT version_num FROM alembic_version").fetchone()
            return found[0] if found else None
        return None
    from sqlalchemy import inspect, text

    engine = source.engine if isinstance(source, Database) else source
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            names = {r[0] for r in conn.exec_driver_sql(_SQLITE_TABLES)}
        else:
            names = set(inspect(conn).get_table_names())
        if _revision_table(names):
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None


def _revision_table(tables: set[str]) -> bool:
    """Whether the database has Alembic's revision table (False: it is empty)."""
    if "alembic_version" in tables:
        return True
    if tables - {"sqlite_sequence"}:
        raise DatabaseError(
            "this database holds tables that are not Clerk's; choose another with --db"
        )
    return False


def _migrate(db: Database) -> None:
    try:
        revision = current_revision(db)
    except DatabaseError:
        db.close()
        raise
    except Exception as exc:
        db.close()
        if db.path is not None:
            raise trouble(db.path, exc) from None
        raise DatabaseError(f"cannot read the database {db.location}: {_reason(exc)}") from None
    if revision == HEAD_REVISION or db.read_only:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        db.close()
        raise DatabaseError(
            f"{db.location} was written by a newer Clerk (schema {revision}); "
            "install the newer Clerk, or open a backup"
        )
    if revision is not None and db.path is not None:
        try:
            db.backup_path = backup.make_backup(db.path, reason=f"before-upgrade-from-{revision}")
        except (OSError, sqlite3.Error) as exc:
            db.close()
            raise DatabaseError(
                f"{db.location} needs an upgrade to this Clerk's schema, and the backup made "
                f"first failed: {health.diagnose(db.path, exc).message}"
            ) from None
    db.upgraded_from = revision
    try:
        _upgrade(db.engine)
    except Exception as exc:
        db.close()
        kept = f"; the copy made before it is {db.backup_path}" if db.backup_path else ""
        raise DatabaseError(
            f"the upgrade of {db.location} from schema {revision or 'none'} failed "
            f"({_reason(exc)}); nothing of it was kept{kept} — tell your IT support"
        ) from None


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, sqlite3.DatabaseError) or hasattr(exc, "orig"):
        exc = getattr(exc, "orig", exc)
    text_ = str(exc).strip().splitlines()
    return text_[0] if text_ else type(exc).__name__
