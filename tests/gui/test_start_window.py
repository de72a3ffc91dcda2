"""The start window gives way to the main window: the meeting left open comes back in it, and
the start window's native window (and the image Qt paints it into) is gone before the main
window first paints, so the two are never held at once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from clerk.gui.app import StartWindow, finish_start
from clerk.services import preferences
from clerk.services.meetings import create_demo_meeting
from clerk.store.db import open_database
from tests.gui.live_helpers import KeptLook


def test_the_meeting_left_open_replaces_the_start_window(qtbot, tmp_path):
    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    meeting = create_demo_meeting(db)
    preferences.remember_open_meeting(db.location, meeting.id)
    db.close()

    app = QApplication.instance()
    start = StartWindow(str(path))
    start.show()
    qtbot.waitExposed(start)
    started: dict = {"code": 0, "db": None}
    with KeptLook():
        finish_start(app, start, str(path), None, started)
        window = started["window"]
        try:
            assert window.isVisible()
            assert window.session is not None and window.session.meeting.id == meeting.id
            assert window.views.currentWidget() is window.live
            assert start.windowHandle() is None  # its native window is gone already
            assert not start.isVisible()
        finally:
            window.close()
            started["db"].close()


def test_the_start_window_names_the_file_as_it_is(qtbot):
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    start = StartWindow("/meetings/Parks & <Open> Spaces.sqlite3")
    qtbot.addWidget(start)
    label = start.findChild(QLabel)
    shown = QTextDocument()
    shown.setHtml(label.text())
    assert shown.toPlainText() == "Opening /meetings/Parks & <Open> Spaces.sqlite3…"
