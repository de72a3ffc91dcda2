"""Helpers for driving the window with the keyboard, as a clerk would."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

LIVE_ITEM_KEYS = (
    "minute_number",
    "started_at",
    "ended_at",
    "narrative",
    "speakers",
    "motions",
    "resolution",
)
LIVE_PERSON_KEYS = ("arrived_at", "left_at", "left_note")


def agenda_state(record: dict) -> dict:
    """The meeting as set up before it starts: people and items, nothing recorded yet."""
    start = copy.deepcopy(record)
    start["started_at"] = None
    start["finished_at"] = None
    start["declarations"] = []
    start.pop("actions", None)
    start.pop("adjournments", None)
    for person in start["people"]:
        person["attendance"] = "unknown"
        for key in LIVE_PERSON_KEYS:
            person.pop(key, None)
    for item in start["items"]:
        item["status"] = "pending"
        for key in LIVE_ITEM_KEYS:
            item.pop(key, None)
    return start


def type_text(widget, text: str) -> None:
    """Type text key by key. QTest.keyClicks aborts on non-ASCII and on line ends, so those go
    as single key events carrying their text."""
    chunk = ""

    def send_chunk():
        nonlocal chunk
        if chunk:
            QTest.keyClicks(widget, chunk)
            chunk = ""

    for ch in text:
        if ch == "\n":
            send_chunk()
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif " " <= ch <= "~":
            chunk += ch
        else:
            send_chunk()
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
    send_chunk()


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


class KeptLook:
    """Puts the application's style, palette, font and style sheet back after a test that
    themes it, so later tests measure widgets as they would be without it."""

    def __enter__(self):
        from PySide6.QtGui import QFont, QPalette
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        self.app = app
        self.style = app.style().name()
        self.palette = QPalette(app.palette())
        self.font = QFont(app.font())
        self.sheet = app.styleSheet()
        return self

    def __exit__(self, *exc):
        self.app.setStyle(self.style)
        self.app.setPalette(self.palette)
        self.app.setFont(self.font)
        self.app.setStyleSheet(self.sheet)
        return False


def arrival(meeting, person_id: str):
    """When the person arrived late, as the presence ledger says (None: not late)."""
    from clerk.domain.formal import presence as ledger

    return ledger.moves_of(meeting, meeting.person(person_id)).arrived_at


def saved_meeting(window):
    """The open meeting as it is on disk, not as the window holds it."""
    from clerk.store import repository

    return repository.load_meeting(window.db.engine, window.session.meeting.id)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def answer_questions(monkeypatch, yes: bool = True) -> list[str]:
    """Answer every Yes/No question the window asks; returns the questions, in order."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(parent, title, text, *args, **kw):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def in_dialog(kind, act, timeout_ms: int = 3000) -> None:
    """When a modal dialog of ``kind`` opens (after the next key), run ``act(dialog)`` in it,
    as a clerk at the keyboard would; fails the test if it never opens."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    waited = [0]

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
            return
        waited[0] += 10
        if waited[0] > timeout_ms:
            raise AssertionError(f"no {kind.__name__} opened")
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def back_to(window) -> None:
    """After a dialog closes, the window is active again (offscreen does not do it itself)."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)


def demo_window(qtbot, db, monkeypatch, at):
    """The main window, shown and active, on the demo meeting, with the clock stopped at
    ``at`` (``window.clock_for_test``); every Yes/No question is answered Yes."""
    from clerk.gui.main_window import MainWindow
    from clerk.services.clock import ManualClock
    from clerk.services.meetings import create_demo_meeting

    meeting = create_demo_meeting(db)
    answer_questions(monkeypatch)
    clock = ManualClock(at)
    w = MainWindow(db, clock)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    QTest.qWaitForWindowActive(w)
    w.open_meeting(meeting.id)
    w.clock_for_test = clock
    return w


def example_window(qtbot, db, record, monkeypatch, view: str):
    """The main window on ``record`` imported (the example meeting, held on 8 December 2026),
    two days after it with the clock stopped, showing the view named (``"LIVE"``,
    ``"PREVIEW"``…); every Yes/No question is answered Yes."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from clerk.gui.main_window import MainWindow
    from clerk.services.clock import ManualClock
    from clerk.services.meetings import import_record

    meeting = import_record(db, record)
    answer_questions(monkeypatch)
    w = MainWindow(db, ManualClock(datetime(2026, 12, 10, 9, 30)))
    qtbot.addWidget(w)
    w.show()
    w.open_meeting(meeting.id)
    w.show_view(getattr(w, view))
    QApplication.processEvents()
    return w
