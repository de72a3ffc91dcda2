"""The Meetings view after the meeting, driven as a clerk would: the minutes' stage and due
date of the selected meeting, the body's attendance record and action list written to files,
and a full-text search whose result asks to open the meeting at the item."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from clerk.gui.meetings_view import MeetingsView
from clerk.services import bodies
from clerk.services.meetings import import_record
from clerk.services.styles import import_style
from clerk.store import bodies as body_store
from tests.test_cli_cycle import first_meeting


def words(path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_minutes_line_records_and_search(qtbot, db, tmp_path):
    first = import_record(db, json.loads(json.dumps(first_meeting())))
    import_style(
        db,
        '[style]\nbased_on = "english-parish"\n',
        body_store.body_id_of_meeting(db.engine, first.id),
    )
    second = bodies.duplicate_as_next(db, first.id, date(2026, 7, 14))
    view = MeetingsView(db)
    qtbot.addWidget(view)
    view.show()
    view.select_meeting(first.id)
    # Draft minutes of the first meeting: due a month after it (the parish style's deadline).
    assert view.minutes_label.text().startswith("Minutes: draft")
    assert "due 12 June 2026 (1 month)" in view.minutes_label.text()
    late = date.today() > date(2026, 6, 12)
    assert ("overdue" in view.minutes_label.text()) == late

    said = view.export_body_record("attendance", tmp_path / "attendance.docx")
    assert "2 meetings" in said and view.empty.text() == said
    assert "Crowther" in words(tmp_path / "attendance.docx")
    said = view.export_body_record("actions", tmp_path / "actions.csv")
    assert "2, 2 outstanding" in said
    rows = list(csv.reader((tmp_path / "actions.csv").open(encoding="utf-8")))
    assert [r[0] for r in rows[1:]] == ["Order new swings", "Tell the insurers"]
    assert {r[3] for r in rows[1:]} == {"Open"}

    panel = view.full_search
    qtbot.keyClicks(panel.words, "swings")
    qtbot.keyClick(panel.words, Qt.Key.Key_Return)
    assert panel.model.rowCount() >= 2 and "found" in panel.message.text()
    wanted = next(
        r
        for r in range(panel.model.rowCount())
        if panel.model.row_value(r).meeting_id == first.id and panel.model.row_value(r).item_key
    )
    with qtbot.waitSignal(view.openAtItemRequested) as got:
        panel.table.activated.emit(panel.model.index(wanted, 0))
    item = first.item_by_number("3")
    assert got.args == [first.id, item.key]
    assert second.id != first.id

    panel.words.clear()
    qtbot.keyClicks(panel.words, "zzyzxqwv")
    panel.run()
    assert panel.model.rowCount() == 0 and "Nothing found" in panel.message.text()


def test_actions_brought_forward_are_marked_in_the_live_actions_tab(qtbot, db):
    from clerk.gui.live.entries import ActionsPanel
    from clerk.services.session import MeetingSession

    first = import_record(db, json.loads(json.dumps(first_meeting())))
    second = bodies.duplicate_as_next(db, first.id, date(2026, 7, 14))
    session = MeetingSession.open(db, second.id)

    def perform(action, *args):
        return action(session, *args) is not None

    panel = ActionsPanel(perform)
    qtbot.addWidget(panel)
    panel.show_meeting(session.meeting, None)
    assert panel.list.count() == 2
    assert panel.list.item(0).text().startswith("[brought forward, open] ")
    panel.list.setCurrentRow(1)
    qtbot.keyClicks(panel.note, "insurers replied")
    panel.mark_buttons["carried"].click()
    panel.show_meeting(session.meeting, None)
    assert panel.list.item(1).text().startswith("[brought forward, carried forward] ")
    assert panel.list.item(1).text().endswith("note: insurers replied")
    assert panel.note.text() == ""
    session.undo()
    assert session.meeting.actions[1].status.value == "open"


def test_minutes_menu_takes_the_minutes_from_draft_to_signed(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from clerk.gui.after_meeting import minutes_step

    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: warned.append((title, text))
    )

    first = import_record(db, json.loads(json.dumps(first_meeting())))
    second = bodies.duplicate_as_next(db, first.id, date(2026, 7, 14))
    view = MeetingsView(db)
    qtbot.addWidget(view)
    view.select_meeting(first.id)
    assert view.minutes_button.isEnabled() and len(view.minutes_button.menu().actions()) == 5
    said = minutes_step(view, "draft", path=tmp_path / "v1.docx")
    assert said == "Minutes draft version 1 written: v1.docx"
    assert minutes_step(view, "sent") == "The chair has version 1 of the minutes."
    assert "sent to the chair" in view.minutes_label.text()
    # Final and signing are refused before approval, each with the one dialog, nothing written.
    assert minutes_step(view, "final", path=tmp_path / "f.docx") == ""
    assert not (tmp_path / "f.docx").exists()
    assert minutes_step(view, "sign") == ""
    assert [title for title, _ in warned] == ["Export final version", "Minutes signed"]
    assert "have not been approved yet" in warned[0][1]
    assert "no later meeting has approved" in warned[1][1]

    view.select_meeting(second.id)
    said = minutes_step(view, "approve", amendments=["minute 3: for swing read swings"])
    assert "subject to the following amendments: minute 3: for swing read swings" in said
    view.select_meeting(first.id)
    assert view.minutes_label.text().startswith("Minutes: approved, with 1 amendment")
    assert minutes_step(view, "sign").startswith("Minutes of 12 May 2026 signed")
    said = minutes_step(view, "final", path=tmp_path / "final.docx")
    assert said == "Minutes final version 2 written: final.docx"
    assert "DRAFT" not in words(tmp_path / "final.docx")
    assert view.minutes_label.text().startswith("Minutes: signed")


def test_minutes_steps_on_the_open_meeting_are_undone_with_ctrl_z(qtbot, db, monkeypatch):
    """Approving the last meeting's minutes from the Minutes menu, with the approving meeting
    open in the main window, is a change of the open meeting: Ctrl+Z takes it back. A refused
    step (signing before approval) shows the one dialog and changes nothing."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from clerk.gui.main_window import MainWindow
    from clerk.services import minutes_cycle as mc
    from clerk.services.clock import ManualClock
    from clerk.services.meetings import load_meeting
    from tests.gui.live_helpers import back_to, in_dialog

    first = import_record(db, json.loads(json.dumps(first_meeting())))
    second = bodies.duplicate_as_next(db, first.id, date(2026, 7, 14))
    window = MainWindow(db, ManualClock(datetime(2026, 7, 14, 21, 0)))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    assert window.open_meeting(second.id)
    window.show_view(window.MEETINGS)
    view = window.meetings

    # Signing the first meeting's minutes before any meeting approved them: refused, one dialog.
    view.select_meeting(first.id)
    shown: list[tuple[str, str]] = []

    def read_and_close(box):
        shown.append((box.windowTitle(), box.text()))
        box.accept()

    in_dialog(QMessageBox, read_and_close)
    sign = next(a for a in view.minutes_button.menu().actions() if a.text().startswith("Signed"))
    sign.trigger()
    back_to(window)
    assert len(shown) == 1 and shown[0][0] == "Minutes signed"
    assert "no later meeting has approved" in shown[0][1]
    assert mc.approval_of(db, first.id) is None
    assert load_meeting(db, first.id).minutes_signed_at is None

    # At the open (second) meeting: approved subject to one amendment, typed in the menu's box.
    view.select_meeting(second.id)

    def amend(box):
        box.setTextValue("minute 3: for swing read swings")
        box.accept()

    in_dialog(QInputDialog, amend)
    approve = next(a for a in view.minutes_button.menu().actions() if a.text().startswith("Appr"))
    approve.trigger()
    back_to(window)
    assert "subject to the following amendments: minute 3" in view.empty.text()
    approval = mc.approval_of(db, first.id)
    assert approval is not None and approval.amendments == ("minute 3: for swing read swings",)
    # It is a change of the open meeting: its minutes item holds it, and it is on Edit ▸ Undo.
    item = next(i for i in window.session.meeting.items if i.approves_meeting == first.id)
    assert item.resolution is not None and "swings" in item.resolution.parts[0]
    assert window.undo_action.isEnabled()
    assert "Approve" in window.undo_action.text()

    view.select_meeting(first.id)
    assert view.minutes_label.text().startswith("Minutes: approved, with 1 amendment")
    view.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mc.approval_of(db, first.id) is None
    assert view.minutes_label.text().startswith("Minutes: ")
    assert "approved" not in view.minutes_label.text()
    assert shown == [shown[0]]  # no dialog for the undo
