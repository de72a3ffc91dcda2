"""A full disk, a read-only file and damaged pages are told apart, and reading still works."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from clerk.services.meetings import create_demo_meeting, export_record
from clerk.store import backup
from clerk.store.db import DatabaseError, open_database

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "demo-meeting.json"


def clerk(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "clerk", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def one_line(done) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def fill(folder: Path) -> None:
    with open(folder / "filler", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"x" * 4096)
        except OSError:
            pass


def demo_db(path: Path) -> dict:
    db = open_database(path)
    meeting = create_demo_meeting(db)
    record = export_record(db, meeting.id)
    db.close()
    return record


def test_a_full_disk_is_not_damage_and_reading_still_works(tiny_disk, tmp_path):
    path = tiny_disk / "clerk.sqlite3"
    demo_db(path)
    backup.make_backup(path, reason="daily")
    fill(tiny_disk)
    try:
        open_database(path).close()  # SQLite may still open it, when its journal files exist
    except DatabaseError as err:
        assert "is full" in str(err) and err.backup is None  # no restore offered
    listed = clerk("--db", path, "meetings")
    assert listed.returncode == 0 and "Environment and Housing Committee" in listed.stdout
    exported = clerk("--db", path, "export-record", "1")
    assert exported.returncode == 0 and '"clerk.meeting/1"' in exported.stdout
    minutes = clerk("--db", path, "minutes", "1", "-o", tmp_path / "m.docx")
    assert minutes.returncode == 0 and (tmp_path / "m.docx").stat().st_size > 0
    checked = clerk("--db", path, "check")
    assert checked.returncode == 0 and checked.stdout.strip().endswith(": ok")
    refused = clerk("--db", path, "import-record", DEMO)
    assert refused.returncode == 1 and "is full" in one_line(refused)
    (tiny_disk / "filler").unlink()
    db = open_database(path)
    try:
        assert len(db.engine.connect().exec_driver_sql("SELECT id FROM meetings").all()) == 1
    finally:
        db.close()


def test_a_full_disk_at_start_offers_no_restore(tiny_disk, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from clerk.gui import app as app_module

    path = tiny_disk / "clerk.sqlite3"
    demo_db(path)
    backup.make_backup(path, reason="daily")
    before = path.read_bytes()
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if wal.exists() and wal.stat().st_size == 0:  # as after a clean close: nothing to lose
        wal.unlink()
        shm.unlink(missing_ok=True)
    fill(tiny_disk)
    said = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("restore offered"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    assert app_module.open_or_restore(str(path)) is None
    assert "is full" in said[0]
    assert path.read_bytes() == before
    assert backup.set_aside_files(path) == []


def test_a_read_only_file_in_a_writable_folder_is_one_line(tmp_path):
    path = tmp_path / "clerk.sqlite3"
    demo_db(path)
    path.chmod(0o400)
    # root ignores permissions: make the file immutable instead
    if (
        os.access(path, os.W_OK)
        and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0
    ):
        pytest.skip("cannot make a read-only file here")
    try:
        done = clerk("--db", path, "import-record", DEMO)
        assert done.returncode == 1 and "cannot be written" in one_line(done)
        listed = clerk("--db", path, "meetings")
        assert listed.returncode == 0 and listed.stdout.count("\n") == 1
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def damaged_pages(path: Path) -> None:
    """Overwrite a page in the middle of the file: the header and schema stay readable."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    last = len(data) // page - 2
    data[last * page : (last + 1) * page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def test_a_database_with_damaged_pages_refuses_writes_and_reads_say_so(tmp_path):
    path = tmp_path / "clerk.sqlite3"
    demo_db(path)
    damaged_pages(path)
    before = path.read_bytes()
    done = clerk("--db", path, "import-record", DEMO)
    assert done.returncode == 1 and "damaged" in one_line(done)
    assert path.read_bytes() == before
    checked = clerk("--db", path, "check")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr + checked.stdout
    for args in (("export-record", "1"), ("minutes", "1", "-o", tmp_path / "m.docx")):
        done = clerk("--db", path, *args)
        assert "Traceback" not in done.stderr
        if done.returncode != 0:
            assert done.returncode == 1 and one_line(done)


def test_a_failed_upgrade_names_the_backup_made_before_it(tmp_path, monkeypatch):
    import shutil

    from clerk.store import db as db_module

    path = tmp_path / "clerk.sqlite3"
    shutil.copy(ROOT / "tests" / "store" / "fixtures" / "schema-0001.sqlite3", path)

    def broken(engine):
        raise RuntimeError("alembic: a step failed")

    monkeypatch.setattr(db_module, "_upgrade", broken)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    copies = backup.list_backups(path)
    assert len(copies) == 1 and str(copies[0]) in str(err.value)
    assert "upgrade" in str(err.value) and "\n" not in str(err.value)


def test_a_file_set_aside_is_mentioned_at_every_start_and_its_meetings_recovered(tmp_path):
    path = tmp_path / "clerk.sqlite3"
    record = demo_db(path)
    copy = backup.make_backup(path, reason="daily")
    from clerk.services.meetings import import_record

    later = {**record, "venue": "The Guildhall"}  # made after the backup: only in the old file
    db = open_database(path)
    import_record(db, later)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    aside = backup.restore(path, copy)
    for args in (("meetings",), ("check",)):
        done = clerk("--db", path, *args)
        assert done.returncode == 0
        assert aside.name in one_line(done) and "clerk recover" in done.stderr
    done = clerk("--db", path, "recover", aside)
    assert done.returncode == 0, done.stderr
    assert "recovered meetings: 2; already here: 1" in done.stdout
    listed = clerk("--db", path, "meetings")
    assert listed.stderr == "" and listed.stdout.count("\n") == 2
    db = open_database(path)
    try:
        assert export_record(db, 2) == later
    finally:
        db.close()
