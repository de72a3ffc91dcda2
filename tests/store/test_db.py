"""Opening a SQLite database: durability settings, privacy, one Clerk at a time, bad files."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from clerk.services.meetings import export_record, import_record
from clerk.store import backup
from clerk.store.db import HEAD_REVISION, DatabaseError, DatabaseLocked, open_database
from tests.conftest import SHARED

FIXTURES = Path(__file__).parent / "fixtures"


def test_pragmas_are_set_on_every_connection(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_file_and_folder_are_private(db, db_path, example_record):
    import_record(db, example_record)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    wal = Path(str(db_path) + "-wal")
    if wal.exists():
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_second_clerk_in_this_process_is_refused(db, db_path):
    with pytest.raises(DatabaseLocked, match="already open in another Clerk"):
        open_database(db_path)


def test_second_clerk_process_is_refused_and_nothing_is_damaged(db, db_path, example_record):
    meeting = import_record(db, example_record)
    record_file = db_path.parent / "again.json"
    record_file.write_text(json.dumps(example_record), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "clerk", "import-record", "--db", str(db_path), str(record_file)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 1
    assert "already open in another Clerk" in result.stderr
    assert result.stderr.count("\n") == 1
    assert export_record(db, meeting.id) == example_record


def test_lock_is_released_on_close(db_path):
    first = open_database(db_path)
    first.close()
    second = open_database(db_path)
    second.close()


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Minutes of the last meeting\n" * 100)
    with pytest.raises(DatabaseError, match="is not a Clerk database"):
        open_database(path)
    assert path.read_text().startswith("Minutes of the last meeting")


def test_a_truncated_database_is_refused(tmp_path, example_record):
    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    import_record(db, example_record)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    backup.make_backup(path, reason="daily")
    path.write_bytes(data[:4096] + b"\x00" * 100)
    with pytest.raises(DatabaseError, match="is damaged") as err:
        open_database(path)
    assert err.value.backup == backup.list_backups(path)[0]
    assert "the newest sound backup is" in str(err.value)
    restored = open_database(err.value.backup)
    try:
        assert export_record(restored, 1) == example_record
    finally:
        restored.close()


def test_a_database_from_a_newer_clerk_is_refused(tmp_path):
    path = tmp_path / "clerk.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="written by a newer Clerk"):
        open_database(path)


def test_a_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseError, match="not Clerk's"):
        open_database(path)


def test_first_schema_database_opens_and_upgrades(tmp_path):
    """A real database file written at schema 0001 opens (upgraded, after a backup when
    needed) and still holds its meeting (the real December 2022 example, imported then)."""
    path = tmp_path / "clerk.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == HEAD_REVISION
            )
        record = export_record(db, 1)
        assert record["date"] == "2022-12-20" and len(record["people"]) == 14
        assert [it["minute_number"] for it in record["items"]] == list(range(17, 26))
        assert [d["person"] for d in record["declarations"]] == ["webb", "daubeney", "waller"]
        # Read back whole, it is the record it was written from, when that is beside us.
        york = SHARED / "examples" / "cec-2022-12-20.record.json"
        if york.exists():
            assert record == json.loads(york.read_text(encoding="utf-8"))
        if db.upgraded_from is not None:
            assert db.upgraded_from == "0001"
            assert db.backup_path is not None and db.backup_path.exists()
    finally:
        db.close()


def test_backups_are_consistent_and_rotated(db, db_path, example_record):
    import_record(db, example_record)
    made = [backup.make_backup(db_path, reason="test", keep=3) for _ in range(5)]
    kept = backup.list_backups(db_path)
    assert len(kept) == 3
    assert kept[0] == made[-1]
    copy = open_database(kept[0])
    try:
        assert export_record(copy, 1) == example_record
    finally:
        copy.close()
