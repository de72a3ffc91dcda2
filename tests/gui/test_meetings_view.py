"""The list of meetings driven as a clerk would: new, next meeting, open, search, delete."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from clerk.domain.model import Attendance, ItemStatus
from clerk.gui.meetings_view import MeetingsView
from clerk.services.bodies import body_of_meeting
from clerk.services.meetings import import_record, list_meetings
from clerk.store import repository

BODY = "Environment and Housing Committee"
ORG = "Kestrel Vale District Council"


def on_next_dialog(act) -> None:
    """Run ``act(dialog)`` on the next modal dialog once it is open."""

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)


def click(dialog, text: str) -> None:
    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r}")


def december_record() -> dict:
    """A fictional committee meeting of 20 December 2022 that used minutes 17 to 25."""
    titles = [
        ("Declarations of Interest", "declarations"),
        ("Minutes", "minutes"),
        ("Public Participation", "public_participation"),
        ("Flood Defences", "report"),
        ("Empty Homes", "report"),
        ("Garden Waste", "report"),
        ("Depot", "report"),
        ("Allotments", "report"),
        ("Work Plan", "work_plan"),
    ]
    return {
        "format": "clerk.meeting/1",
        "organisation": ORG,
        "committee": BODY,
        "date": "2022-12-20",
        "scheduled_time": "17:30",
        "venue": "Council Chamber",
        "first_minute_number": 17,
        "started_at": "17:30",
        "finished_at": "19:22",
        "people": [
            {
                "id": "marsh",
                "title": "Councillor",
                "surname": "Marsh",
                "role": "chair",
                "attendance": "present",
            },
            {"id": "gill", "title": "Councillor", "surname": "Gill", "attendance": "apologies"},
            {
                "id": "holroyd",
                "title": "Councillor",
                "surname": "Holroyd",
                "role": "substitute",
                "substitute_for": "gill",
                "attendance": "present",
            },
        ],
        "items": [
            {
                "agenda_number": str(i + 1),
                "title": t,
                "kind": k,
                "status": "taken",
                "minute_number": 17 + i,
            }
            for i, (t, k) in enumerate(titles)
        ],
    }


@pytest.fixture
def view(qtbot, db):
    w = MeetingsView(db)
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_new_meeting_from_the_dialog(qtbot, db, view):
    assert "No meetings yet" in view.empty.text()

    def fill(dialog):
        qtbot.keyClicks(dialog.body.lineEdit(), "Licensing Sub-Committee")
        dialog.date.setDate(QDate(2024, 1, 9))
        qtbot.keyClicks(dialog.time, "10:00")
        qtbot.keyClicks(dialog.venue, "Room 2")
        assert "First minute number: 1" in dialog.proposal.text()
        click(dialog, "Create meeting")

    on_next_dialog(fill)
    with qtbot.waitSignal(view.openRequested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    meeting = repository.load_meeting(db.engine, opened.args[0])
    assert (meeting.committee, meeting.date, meeting.scheduled_time, meeting.venue) == (
        "Licensing Sub-Committee",
        date(2024, 1, 9),
        time(10, 0),
        "Room 2",
    )
    assert meeting.first_minute_number == 1 and len(meeting.items) == 5
    assert view.model.index(0, 1).data() == "Licensing Sub-Committee"
    assert view.current_meeting_id() == meeting.id


def test_a_new_meeting_needs_a_body(qtbot, db, view):
    said = []

    def fill(dialog):
        def answer():
            box = QApplication.activeModalWidget()
            said.append(box.text())
            box.accept()
            QTimer.singleShot(0, lambda: click(dialog, "Cancel"))

        QTimer.singleShot(0, answer)
        click(dialog, "Create meeting")

    on_next_dialog(fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert said and "Name the body" in said[0]
    assert list_meetings(db) == []


@pytest.mark.parametrize("day, proposed", [(date(2023, 2, 20), 26), (date(2023, 6, 12), 1)])
def test_next_meeting_proposes_the_minute_number(qtbot, db, view, day, proposed):
    december = import_record(db, december_record())
    view.refresh()
    view.select_meeting(december.id)
    seen = []

    def fill(dialog):
        dialog.date.setDate(QDate(day.year, day.month, day.day))
        seen.append(dialog.proposal.text())
        click(dialog, "Create meeting")

    on_next_dialog(fill)
    with qtbot.waitSignal(view.openRequested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert f"First minute number: {proposed}" in seen[0]
    nxt = repository.load_meeting(db.engine, opened.args[0])
    assert (nxt.date, nxt.first_minute_number, nxt.scheduled_time, nxt.venue) == (
        day,
        proposed,
        time(17, 30),
        "Council Chamber",
    )
    assert [p.id for p in nxt.people] == ["marsh", "gill"]
    assert all(p.attendance is Attendance.UNKNOWN for p in nxt.people)
    assert [it.title for it in nxt.items] == [
        "Declarations of Interest",
        "Minutes",
        "Public Participation",
        "Work Plan",
    ]
    assert all(it.status is ItemStatus.PENDING for it in nxt.items)
    assert body_of_meeting(db, nxt.id).id == body_of_meeting(db, december.id).id


def test_delete_asks_and_cancel_keeps_the_meeting(qtbot, db, view):
    december = import_record(db, december_record())
    view.refresh()
    view.table.setFocus()
    asked = []

    def cancel():
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        click(box, "Cancel")

    QTimer.singleShot(0, cancel)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "20 December 2022" in asked[0] and "closed" in asked[0]
    assert [m.id for m in list_meetings(db)] == [december.id]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    QTimer.singleShot(0, lambda: click(QApplication.activeModalWidget(), "Delete"))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert list_meetings(db) == []
    assert view.model.rowCount() == 0


def test_search_and_open_with_enter(qtbot, db, view):
    december = import_record(db, december_record())
    other = december_record() | {"committee": "Planning Committee", "date": "2023-01-05"}
    import_record(db, other)
    view.refresh()
    assert view.model.rowCount() == 2
    qtbot.keyClicks(view.search, "environment")
    assert view.model.rowCount() == 1
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.table
    with qtbot.waitSignal(view.openRequested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [december.id]
    view.search.clear()
    qtbot.keyClicks(view.search, "no such meeting")
    assert view.model.rowCount() == 0 and "No meeting matches" in view.empty.text()
