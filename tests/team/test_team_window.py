"""The window of one Clerk while another Clerk, in another process, works on the same meeting
in a PostgreSQL database: the other's changes appear by themselves within two seconds, and
notes typed on a copy the other Clerk changed first are merged with the other's; words both
rewrote are refused with a notice that does not take the keyboard, kept in a file, and the
editor shows what is saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from clerk.domain.model import Attendance
from clerk.gui.main_window import MainWindow
from clerk.services.clock import ManualClock
from clerk.services.meetings import load_meeting, save_new_meeting
from clerk.store.db import open_database
from tests.gui.live_helpers import type_text
from tests.team.test_two_clerks import Clerk, meeting

pytestmark = pytest.mark.postgres


@pytest.fixture
def two(qtbot, postgres_server, tmp_path, monkeypatch):
    url = postgres_server.new_database()
    db = open_database(url)
    saved = save_new_meeting(db, meeting())
    window = MainWindow(db, ManualClock(datetime(2026, 3, 17, 17, 30)))
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(saved.id)
    other = Clerk(url, saved.id, tmp_path / "kept-other")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text))
    )
    yield window, other, warnings, saved.id
    other.close()
    window.close()
    db.close()


def test_the_other_clerks_change_appears_within_two_seconds(two, qtbot):
    window, other, warnings, _ = two
    model = window.live.attendance.model
    assert other.do("mark_absent", "cole") == {"ok": True}
    qtbot.waitUntil(
        lambda: window.session.meeting.person("cole").attendance is Attendance.ABSENT,
        timeout=2000,
    )
    row = model.row_of("cole")
    shown = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert any("bsent" in str(v) for v in shown)
    assert "another Clerk" in window.statusBar().currentMessage()
    assert warnings == []


def test_notes_typed_on_a_stale_copy_are_merged_with_the_other_clerks(two, qtbot):
    window, other, warnings, meeting_id = two
    window._poll_timer.stop()  # the other Clerk's change lands while this one is typing
    live = window.live
    agenda = live.agenda
    agenda.table.setCurrentIndex(agenda.model.index(agenda.model.row_of("i3"), 1))
    assert live.notes.item_key == "i3"
    editor = live.notes.editor
    assert other.do("set_notes", "i3", "The other Clerk's notes.") == {"ok": True}
    editor.setFocus()
    type_text(editor, "My notes.")
    both = "The other Clerk's notes. My notes."
    qtbot.waitUntil(lambda: editor.toPlainText() == both, timeout=3000)
    assert warnings == []
    # The next keystrokes go on after both texts, and the next save keeps both.
    type_text(editor, " More.")
    qtbot.waitUntil(
        lambda: load_meeting(window.db, meeting_id).item("i3").narrative == both + " More.",
        timeout=3000,
    )
    assert not live.notes.autosave.dirty


def test_words_rewritten_on_a_stale_copy_are_kept_and_typing_goes_on(two, qtbot, monkeypatch):
    window, other, warnings, meeting_id = two
    notices: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "clerk.gui.main_window.show_notice",
        lambda parent, title, text: notices.append((title, text)),
    )
    live = window.live
    agenda = live.agenda
    agenda.table.setCurrentIndex(agenda.model.index(agenda.model.row_of("i3"), 1))
    editor = live.notes.editor
    editor.setFocus()
    type_text(editor, "First draft.")
    qtbot.waitUntil(lambda: not live.notes.autosave.dirty, timeout=3000)
    window._poll_timer.stop()
    assert other.do("poll") == {"ok": True, "changed": True}  # it has seen "First draft."
    assert other.do("set_notes", "i3", "Final wording.") == {"ok": True}
    editor.selectAll()
    editor.insertPlainText("Second draft.")  # one edit: a loaded machine may not split it
    qtbot.waitUntil(lambda: bool(notices), timeout=3000)
    # Not a modal dialog: a clerk typing on would have lost the next keystrokes to it.
    assert warnings == []
    title, text = notices[0]
    assert title == "Changed by another Clerk"
    assert "Item 3's notes were changed by another Clerk" in text and "kept in" in text
    kept = text.split("kept in ", 1)[1].split(". Clerk now", 1)[0]
    assert "Second draft." in Path(kept).read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: editor.toPlainText() == "Final wording.", timeout=2000)
    assert not live.notes.autosave.dirty
    QTest.qWait(800)  # nothing left to save: the other Clerk's notes stay
    assert load_meeting(window.db, meeting_id).item("i3").narrative == "Final wording."
