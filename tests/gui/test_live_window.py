"""The live window as a clerk meets it: undo and redo, a failed save, the keys, About, first start."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableWidget, QWidget
from sqlalchemy.exc import OperationalError

from clerk import __version__
from clerk.domain.formal import presence as ledger
from clerk.gui import app as gui_app
from clerk.gui.main_window import MainWindow
from clerk.gui.shortcuts import ShortcutsDialog
from clerk.services import live as live_service
from clerk.services.clock import ManualClock
from clerk.services.meetings import list_meetings
from clerk.store import repository, revisions
from tests.gui.live_helpers import KeptLook, demo_window, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, db, monkeypatch):
    # Starting, closing and deferring ask first: the clerk answers Yes.
    return demo_window(qtbot, db, monkeypatch, datetime(2026, 12, 8, 18, 0))


def saved_meeting(window):
    return repository.load_meeting(window.db.engine, window.session.meeting.id)


def test_typing_is_one_undo_step_and_undo_redo_reach_the_disk(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    editor = window.live.notes.editor
    type_text(editor, "First words. ")
    qtbot.waitUntil(lambda: not window.live.notes.autosave.dirty, timeout=2000)
    type_text(editor, "More words.")
    qtbot.waitUntil(lambda: not window.live.notes.autosave.dirty, timeout=2000)
    key = window.session.meeting.current_item
    assert saved_meeting(window).item(key).narrative == "First words. More words."
    assert window.undo_action.text() == "&Undo Type notes"
    assert window.statusBar().currentMessage().startswith("Saved 18:00:00")
    assert window.save_state.text() == "All changes saved 18:00:00"

    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the meeting's undo, even from the editor
    assert saved_meeting(window).item(key).narrative is None
    assert editor.toPlainText() == ""
    assert window.undo_action.text() == "&Undo Take item 1"
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.toPlainText() == "First words. More words."
    assert saved_meeting(window).item(key).narrative == "First words. More words."


def test_text_beyond_ascii_typed_through_the_window_reaches_the_disk_as_typed(window, qtbot):
    """Pounds, dashes, quotes and accents, key by key (older Qt turned a typed "£" into "Â")."""
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    typed = "A grant of £2.4 million – “option B” for the café, 12½ m of wall."
    type_text(window.live.notes.editor, typed)
    qtbot.waitUntil(lambda: not window.live.notes.autosave.dirty, timeout=2000)
    key = window.session.meeting.current_item
    assert saved_meeting(window).item(key).narrative == typed


def test_taking_out_of_order_numbers_minutes_in_the_order_taken(window):
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_A, ALT)
    table = live.agenda.table
    table.selectRow(4)  # item 5
    QTest.keyClick(table, Qt.Key.Key_Return)
    QTest.keyClick(window, Qt.Key.Key_F7)  # next after 5 is 6
    meeting = saved_meeting(window)
    assert [(it.agenda_number, it.minute_number) for it in meeting.taken_items] == [
        ("5", 31),
        ("6", 32),
    ]
    assert meeting.item(meeting.current_item).agenda_number == "6"
    model = table.model()
    assert model.index(5, model.STATUS).data() == "current"
    assert model.index(4, model.STATUS).data() == "taken"
    table.selectRow(6)
    QTest.keyClick(window, Qt.Key.Key_D, CTRL | SHIFT)  # withdraw item 7
    assert saved_meeting(window).items[6].status.value == "withdrawn"
    assert model.index(6, model.STATUS).data() == "withdrawn"


def test_late_arrival_and_departure_with_time_and_item(window):
    clock = window.clock_for_test
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F7)
    clock.set(datetime(2026, 12, 8, 18, 12))
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    table = live.attendance.table
    table.selectRow(2)  # Cllr Bellamy
    QTest.keyClick(table, "P")
    clock.set(datetime(2026, 12, 8, 18, 40))
    table.selectRow(2)
    QTest.keyClick(table, "L")
    saved = saved_meeting(window)
    moves = ledger.moves_of(saved, saved.person("bellamy"))
    assert moves.arrived_at == datetime(2026, 12, 8, 18, 12)
    assert moves.left_at == datetime(2026, 12, 8, 18, 40)
    assert moves.left_note == "left during item 1"
    assert table.model().index(2, 2).data() == "left 18:40"
    # Seven seats: the substitute sits in the seat of the member they replace.
    assert "Members present: 0 of 7" in live.attendance.count.text()


def test_a_failed_save_shows_a_dialog_and_keeps_the_typed_text(window, qtbot, monkeypatch):
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    editor = window.live.notes.editor
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def disk_full(*args, **kw):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(revisions, "commit_change", disk_full)
    type_text(editor, "Words the clerk must not lose.")
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert "disk is full" in shown[0]
    assert editor.toPlainText() == "Words the clerk must not lose."
    assert window.live.notes.autosave.dirty
    assert window.statusBar().currentMessage().startswith("NOT SAVED")
    assert window.save_state.text() == "NOT SAVED"
    type_text(editor, " Still typing.")
    QTest.qWait(800)  # another failed save: no second dialog while the clerk types
    assert len(shown) == 1
    assert editor.toPlainText() == "Words the clerk must not lose. Still typing."
    monkeypatch.undo()  # the disk has room again: the next flush saves the text
    assert window.live.flush()
    key = window.session.meeting.current_item
    assert (
        saved_meeting(window).item(key).narrative == "Words the clerk must not lose. Still typing."
    )


def test_the_shortcut_list_names_every_meeting_action(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    table = dialog.findChild(QTableWidget, "shortcutTable")
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Start meeting"] == "F5"
    assert rows["Next item"] == "F7"
    assert rows["Undo"] == "Ctrl+Z"
    assert "Left the meeting, with the time and the item" in rows


def test_about_names_version_licence_and_database(window, qtbot):
    about = next(a for a in window.findChildren(QAction) if "About" in a.text())
    about.trigger()
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert __version__ in box.text()
    assert "GPL-3.0-or-later" in box.text()
    assert str(window.db.location) in box.text()


def test_first_start_offers_the_demo_and_opens_it(qtbot, db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    demo = gui_app.offer_demo(db, clock=ManualClock(datetime(2027, 3, 2, 9, 15)))
    assert demo is not None and len(list_meetings(db)) == 1
    # Dated the day it is made, so a newcomer can clerk it now.
    assert repository.load_meeting(db.engine, demo).date == date(2027, 3, 2)
    assert gui_app.offer_demo(db) is None  # only on a first start
    w = MainWindow(db, ManualClock(datetime(2026, 12, 8, 17, 50)))
    qtbot.addWidget(w)
    assert w.open_meeting(demo)
    assert w.views.currentWidget() is w.live
    assert w.live.agenda.table.model().rowCount() == 11
    assert QApplication.instance() is not None


def test_meeting_keys_act_only_in_the_live_view(window):
    window.show_view(window.MEETINGS)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert saved_meeting(window).started_at is None
    window.show_view(window.LIVE)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert saved_meeting(window).started_at == datetime(2026, 12, 8, 18, 0)


def test_a_meeting_deleted_elsewhere_is_closed_in_the_window(window):
    meeting_id = window.session.meeting.id
    repository.delete_meeting(window.db.engine, meeting_id)
    window.show_view(window.SETUP)
    assert window.session is None
    assert not window.live.isEnabled()
    assert live_service.meeting_left_open(window.db) is None


def test_dark_theme_by_choice(window):
    with KeptLook():
        dark_then_light(window)


def dark_then_light(window):
    from PySide6.QtGui import QPalette

    dark = next(a for a in window.findChildren(QAction) if a.text() == "Dark")
    dark.trigger()
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 60
    assert live_service.look()[1] == "dark"
    light = next(a for a in window.findChildren(QAction) if a.text() == "Light")
    light.trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_the_first_command_leads_to_the_demo_meeting(tmp_path):
    """`clerk` on a fresh database, the demo accepted: the demo meeting is open in the window."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from clerk.store.db import open_database

    root = Path(__file__).resolve().parents[2]
    db_file = tmp_path / "fresh" / "clerk.sqlite3"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(root),
        CLERK_DEMO="yes",
        CLERK_EXIT_AFTER_START="ready",
    )
    before = date.today()
    done = subprocess.run(
        [sys.executable, "-m", "clerk", "--db", str(db_file)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    db = open_database(db_file)
    try:
        (meeting,) = list_meetings(db)
        assert live_service.meeting_left_open(db) == meeting.id
        loaded = repository.load_meeting(db.engine, meeting.id)
        assert len(loaded.items) == 11
        assert loaded.date in (before, date.today())  # today (the run may cross midnight)
    finally:
        db.close()


def test_adjourn_and_resume_with_f9(window):
    clock = window.clock_for_test
    QTest.keyClick(window, Qt.Key.Key_F5)
    clock.set(datetime(2026, 12, 8, 18, 30))
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert window.live.clock_bar.meeting_time.text().startswith("Adjourned")
    assert window.live.clock_bar.adjourn_button.text() == "Resume"
    clock.set(datetime(2026, 12, 8, 18, 40))
    QTest.keyClick(window, Qt.Key.Key_F9)
    (pause,) = saved_meeting(window).adjournments
    assert (pause.from_, pause.to) == (
        datetime(2026, 12, 8, 18, 30),
        datetime(2026, 12, 8, 18, 40),
    )


def test_export_draft_minutes_writes_a_word_file_or_says_why_not(window, tmp_path, monkeypatch):
    import clerk.minutes

    out = tmp_path / "minutes.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_F5, SHIFT)
    QTest.keyClick(window, Qt.Key.Key_E, CTRL)
    if hasattr(clerk.minutes, "preview_html"):  # the minutes composition is in this build
        import docx

        assert warnings == []
        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        assert "Apologies for Absence" in text
    else:
        assert len(warnings) == 1 and "not written" in warnings[0]
        assert not out.exists()


def test_the_theme_follows_the_system_scheme(qtbot, monkeypatch):
    """The offscreen platform has no colour scheme to switch, so the system's answer is
    stood in for; the change signal is the one Qt sends when the system switches."""
    from PySide6.QtGui import QGuiApplication, QPalette

    from clerk.gui import theme

    app = QApplication.instance()
    with KeptLook():
        theme.apply_theme(app, 1.0, "system")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
        theme.follow_system(app, lambda: (1.0, "system"))
        monkeypatch.setattr(theme, "is_dark", lambda: True)
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60


def test_views_switch_with_ctrl_and_a_digit_and_the_meeting_opens_from_the_list(window):
    for digit, index in (
        (Qt.Key.Key_1, window.MEETINGS),
        (Qt.Key.Key_2, window.SETUP),
        (Qt.Key.Key_4, window.PREVIEW),
        (Qt.Key.Key_3, window.LIVE),
    ):
        QTest.keyClick(window, digit, CTRL)
        assert window.views.currentIndex() == index
    assert "Environment and Housing Committee" in window.windowTitle()
    QTest.keyClick(window, Qt.Key.Key_1, CTRL)
    table = window.meetings.table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Return)  # open the meeting from the list
    assert window.views.currentIndex() == window.LIVE


def test_every_control_of_the_live_view_has_a_name_for_screen_readers(window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDateEdit,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit)
    unnamed, checked = [], 0
    for widget in window.live.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView):
            continue
        if widget.window() is not window or isinstance(
            widget.parent(), (QComboBox, QDateEdit, QAbstractItemView)
        ):
            continue  # parts of a named control: its popup, its line edit, a table's corner
        checked += 1
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert checked > 30
    assert unnamed == []
