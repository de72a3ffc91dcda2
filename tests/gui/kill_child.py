"""The child process of test_kill_typing: a clerk records attendance, starts the meeting, takes
an item, then types notes steadily, one character every 20 ms, until killed."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from clerk.gui.main_window import MainWindow  # noqa: E402
from clerk.store.db import open_database  # noqa: E402

NOTES = (
    "Members considered a report on the library opening hours. "
    "The Head of Libraries answered questions about the mobile library and volunteers. "
) * 20


def main() -> None:
    app = QApplication(sys.argv[:1])
    # The meeting's date is not today's: the clerk answers Yes to starting it anyway.
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes
    db = open_database(sys.argv[1])
    window = MainWindow(db)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.open_meeting(int(sys.argv[2]))
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    table = window.live.attendance.table
    table.selectRow(0)
    for key in "PPA":
        QTest.keyClick(table, key)
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    editor = window.live.notes.editor
    print("ready", flush=True)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClicks(editor, NOTES[typed])
        typed += 1
        print(f"typed {typed} {time.monotonic():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(20)
    app.exec()


if __name__ == "__main__":
    main()
