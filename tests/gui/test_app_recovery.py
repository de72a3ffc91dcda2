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
    kept = [
        p
        for p in db_path.parent.glob("clerk.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].stat().st_size == 4096 + 64


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


def test_a_start_up_check_that_raises_shows_the_damaged_database_dialog(qtbot, db, monkeypatch):
    from clerk.store import maintenance

    def broken(*a, **k):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(maintenance, "check", broken)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    app_module.look_after(db)
    assert len(said) == 1 and "problem in its database" in said[0]
    assert "malformed" in said[0]


def test_a_file_set_aside_is_offered_at_start_and_its_meetings_recovered(
    qtbot, db_path, monkeypatch
):
    record = damaged_database_with_backup(db_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    db = app_module.open_or_restore(str(db_path))
    try:
        shown = []

        def choose(box):
            shown.append(box.text())
            box.buttons()[0].click()  # "Recover its meetings"
            return 0

        monkeypatch.setattr(QMessageBox, "exec", choose)
        told = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
        app_module.tell_what_was_set_aside(db)
        assert len(shown) == 1 and "set aside" in shown[0]
        assert told and "already here" in told[0]
        assert export_record(db, 1) == record
    finally:
        db.close()
