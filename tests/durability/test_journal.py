"""The database's journal (WAL) deleted by another program while Clerk runs: noticed at once,
saving stops, nothing saved so far is lost, the open meeting is written to a file of its own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from clerk.services.meetings import create_demo_meeting
from clerk.services.session import MeetingSession, SaveError
from clerk.store import health, repository
from clerk.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]


def notes(m, key, text):
    return replace(
        m, items=tuple(replace(it, narrative=text) if it.key == key else it for it in m.items)
    )


def test_a_deleted_journal_stops_saving_and_keeps_what_was_saved(tmp_path):
    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    try:
        session = MeetingSession.open(db, create_demo_meeting(db).id)
        key = session.meeting.items[4].key
        for n in range(20):
            session.apply("Notes", notes, key, f"Saved note {n}.")
        os.unlink(f"{path}-wal")  # a sync or clean-up tool
        with pytest.raises(SaveError, match="deleted the database's journal") as err:
            session.apply("Notes", notes, key, "Typed after the journal went.")
        assert session.meeting.items[4].narrative == "Saved note 19."
        with pytest.raises(SaveError):  # and it stays stopped
            session.apply("Notes", notes, key, "Still typing.")
        rescued = list(tmp_path.glob("clerk-meeting-*.rescued.json"))
        assert len(rescued) == 1 and str(rescued[0]) in str(err.value)
        record = json.loads(rescued[0].read_text(encoding="utf-8"))
        assert record["items"][4]["narrative"] == "Typed after the journal went."
        # A crash now: only the database file is left (the deleted journal dies with Clerk).
        crash = tmp_path / "after-crash" / "clerk.sqlite3"
        crash.parent.mkdir()
        shutil.copyfile(path, crash)
    finally:
        db.close()
    copy = open_database(crash)
    try:
        assert repository.load_meeting(copy.engine, 1).items[4].narrative == "Saved note 19."
    finally:
        copy.close()


def test_the_journal_watch_is_quiet_while_nothing_is_wrong(tmp_path):
    db = open_database(tmp_path / "clerk.sqlite3")
    try:
        session = MeetingSession.open(db, create_demo_meeting(db).id)
        key = session.meeting.items[0].key
        for n in range(5):
            session.apply("Notes", notes, key, f"Note {n}.")
            db.engine.dispose()  # connections come and go: the journal stays the same file
        assert session.check_journal() is None and not db.journal_lost()
    finally:
        db.close()


def test_the_window_tells_the_clerk_within_seconds(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from clerk.gui import main_window

    monkeypatch.setattr(main_window, "JOURNAL_CHECK_MS", 50)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    try:
        meeting = create_demo_meeting(db)
        window = main_window.MainWindow(db)
        qtbot.addWidget(window)
        window.open_meeting(meeting.id)
        os.unlink(f"{path}-wal")
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        assert "journal" in said[0] and window.save_state.text() == "NOT SAVING"
        window.close()
    finally:
        db.close()


@pytest.mark.parametrize(
    ("folder", "client"),
    [
        ("OneDrive - Kestrel Vale District Council", "OneDrive"),
        ("Dropbox", "Dropbox"),
        ("Google Drive", "Google Drive"),
        ("iCloud Drive", "iCloud Drive"),
        ("Documents", None),
    ],
)
def test_sync_client_folders_are_recognised(tmp_path, folder, client):
    assert health.sync_client(tmp_path / folder / "clerk" / "clerk.sqlite3") == client


def test_a_database_in_a_sync_folder_is_warned_of_at_every_command(tmp_path):
    path = tmp_path / "OneDrive - Council" / "clerk.sqlite3"
    path.parent.mkdir()
    open_database(path).close()
    done = subprocess.run(
        [sys.executable, "-m", "clerk", "--db", str(path), "meetings"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stderr.count("\n") == 1 and "managed by OneDrive" in done.stderr
