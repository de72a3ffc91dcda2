"""A kill in the middle of typing notes loses at most the last second of typing, and nothing
recorded before it; the next start reopens the meeting at the item being taken."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtTest import QTest

from clerk.domain.model import Attendance
from clerk.gui.main_window import MainWindow
from clerk.services import live as live_service
from clerk.services.clock import SystemClock
from clerk.services.meetings import create_demo_meeting
from clerk.store import repository
from clerk.store.db import open_database
from tests.gui.kill_child import NOTES

ROOT = Path(__file__).resolve().parents[2]


def test_killed_while_typing_loses_at_most_a_second(db_path, qtbot):
    db = open_database(db_path)
    meeting_id = create_demo_meeting(db).id
    db.close()

    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.kill_child", str(db_path), str(meeting_id)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    typed_at: list[tuple[int, float]] = []
    try:
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 2.5
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line.startswith("typed"), line
            _, count, when = line.split()
            typed_at.append((int(count), float(when)))
        os.kill(child.pid, signal.SIGKILL)
        killed_at = time.monotonic()
    finally:
        child.kill()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    # Everything typed more than a second before the kill is on disk.
    must_have = max(count for count, when in typed_at if when <= killed_at - 1.0)
    db = open_database(db_path)  # the lock died with the child
    try:
        meeting = repository.load_meeting(db.engine, meeting_id)
        current = meeting.item(meeting.current_item)
        saved = current.narrative or ""
        assert NOTES.startswith(saved)
        assert len(saved) >= must_have, (len(saved), must_have, typed_at[-1][0])
        lost = typed_at[-1][0] - len(saved)
        print(f"typed {typed_at[-1][0]} characters, {len(saved)} saved, {lost} lost at the kill")
        # The structured records made before the typing are all there.
        attendance = {p.id: p.attendance for p in meeting.people}
        assert attendance["marsh"] is Attendance.PRESENT
        assert attendance["okafor"] is Attendance.PRESENT
        assert attendance["bellamy"] is Attendance.APOLOGIES
        assert meeting.started_at is not None
        assert [it.minute_number for it in meeting.items[:2]] == [31, 32]
        assert current.agenda_number == "2"

        # Restarting reopens the meeting in the Live view, at the item, with the notes.
        window = MainWindow(db, SystemClock())
        qtbot.addWidget(window)
        assert window.reopen_left_open()
        window.show()
        QTest.qWait(10)
        assert window.views.currentWidget() is window.live
        assert window.live.notes.heading.text().startswith("Minute 32 · Item 2:")
        assert window.live.notes.editor.toPlainText() == saved
        window.close()
        assert live_service.meeting_left_open(db) is None
    finally:
        db.close()
