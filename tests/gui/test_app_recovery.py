"""Start-up care of the database: a damaged file is replaced by its newest backup on request,
the damaged file kept; once the window is up, the daily backup is made."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from clerk.gui import app as app_module
from clerk.services.meetings import create_demo_meeting, export_record
from clerk.store import backup
from clerk.store.db import open_database


def damaged_database_with_backup(db_path):
    db = open_database(db_path)
    meeting = create_demo_meeting(db)
    record = export_record(db, meeting.id)
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup.make_backup(db_path, reason="daily")
    data = db_path.read_bytes()
    db_path.write_bytes(data[:4096] + b"\x00" * 64)
    return record


def test_damaged_database_is_restored_from_the_newest_backup(qtbot, db_path, monkeypatch):
    record = damaged_database_with_backup(db_path)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    db = app_module.open_or_restore(str(db_path))
    assert db is not None
    try:
        assert "Restore the newest backup" in asked[0]
        assert export_record(db, 1) == record
    finally:
        db.close()
    kept = list(db_path.parent.glob("clerk.sqlite3.damaged-*"))
    assert kept and kept[0].stat().st_size == 4096 + 64


def test_declining_the_restore_leaves_the_damaged_file_alone(qtbot, db_path, monkeypatch):
    damaged_database_with_backup(db_path)
    before = db_path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert app_module.open_or_restore(str(db_path)) is None
    assert db_path.read_bytes() == before


def test_daily_backup_after_start(qtbot, db, db_path):
    create_demo_meeting(db)
    app_module.look_after(db)
    assert len(backup.list_backups(db_path)) == 1
    app_module.look_after(db)  # not twice in a day
    assert len(backup.list_backups(db_path)) == 1
