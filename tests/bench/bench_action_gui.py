"""One recorded action through the live window — a key in the attendance list to the row
committed on disk — against a bare sqlite3 insert + commit with the same durability."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from tests.bench.bench_store import bare_sqlite_commits
from tests.bench.common import Result, median, percentile, timed

ACTIONS = 300


def gui_actions(folder: Path, count: int) -> tuple[list[float], list[float]]:
    """Per key: milliseconds to the commit's return, and to the screen refreshed."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from clerk.gui.main_window import MainWindow
    from clerk.services.clock import ManualClock
    from clerk.services.meetings import create_demo_meeting
    from clerk.store.db import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(folder / "clerk.sqlite3")
    meeting = create_demo_meeting(db)
    clock = ManualClock(datetime(2026, 12, 8, 18, 0))
    window = MainWindow(db, clock)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.open_meeting(meeting.id)
    QTest.keyClick(window, Qt.Key.Key_F5)  # start: from now on P is an arrival, L a departure
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the attendance list
    table = window.live.attendance.table
    keys = iter(["P", "L"] * count)
    session = window.session
    save = session._save  # wrapped here only to read the clock when the commit returns
    committed: list[float] = []

    def timed_save(before, after):
        save(before, after)
        committed.append(time.perf_counter())

    session._save = timed_save
    to_disk: list[float] = []

    def one():
        clock.advance(minutes=1)
        table.selectRow(2)
        start = time.perf_counter()
        QTest.keyClick(table, next(keys))
        to_disk.append((committed[-1] - start) * 1000)

    try:
        values = timed(one, count)
        app.processEvents()
        assert len(window.session.meeting.presence) >= count, "the keys did not record actions"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        db.close()
    return to_disk, values


def bench_action_gui() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gui_actions(Path(tempfile.mkdtemp(dir=tmp)), 20)  # warm up
        floor = bare_sqlite_commits(folder, ACTIONS)
        ours, screen = gui_actions(Path(tempfile.mkdtemp(dir=tmp)), ACTIONS)
    return [
        Result(
            "action median (key to disk)",
            median(ours),
            "ms",
            median(floor),
            2.0,
            "P/L in the attendance list until the ledger entry is committed",
        ),
        Result(
            "action p99 (key to disk)",
            percentile(ours, 99),
            "ms",
            percentile(floor, 99),
            2.0,
            absolute_limit=20.0,
        ),
        Result(
            "action median (key to screen)",
            median(screen),
            "ms",
            median(floor),
            None,
            "the same, until every view has refreshed; no target set",
        ),
        Result(
            "action p99 (key to screen)",
            percentile(screen, 99),
            "ms",
            percentile(floor, 99),
            None,
            "no ratio target",
            absolute_limit=20.0,
        ),
    ]
