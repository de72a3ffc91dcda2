"""More formal business at the keyboard: an amendment lost, a tie settled by the Chair's
casting vote, a public speaker's countdown, the quorum and time limit set by the body's
settings, a resolution to continue, an item's time limit, and a withdrawal keyed with W."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from clerk.domain.model import MotionKind, MotionResult, PresenceKind
from clerk.gui.live.formal_bar import ALARM, WARN
from clerk.gui.live.votes import ShowOfHandsDialog
from clerk.gui.main_window import MainWindow
from clerk.services.clock import ManualClock
from clerk.services.meetings import create_demo_meeting
from clerk.store import repository
from tests.gui.live_helpers import (
    answer_questions,
    back_to,
    choose,
    in_dialog,
    saved_meeting,
    type_text,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def t(hhmm: str, seconds: int = 0) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2026, 12, 8, int(h), int(m), seconds)


@pytest.fixture
def window(qtbot, db, monkeypatch):
    meeting = create_demo_meeting(db)
    repository.set_setting(db.engine, "formal.quorum", {"number": 6})
    repository.set_setting(db.engine, "formal.meeting_minutes", 60)
    repository.set_setting(db.engine, "formal.speaker_minutes", 3)
    clock = ManualClock(t("17:55"))
    w = MainWindow(db, clock)
    qtbot.addWidget(w)
    w.show()
    back_to(w)
    w.open_meeting(meeting.id)
    w.clock_for_test = clock
    w.warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: w.warned.append(text))
    answer_questions(monkeypatch)
    QTest.keyClick(w, Qt.Key.Key_P, ALT)
    w.live.attendance.table.selectRow(0)
    for key in "PPPPPPPPPPPP":
        QTest.keyClick(w.live.attendance.table, key)
    clock.set(t("18:00"))
    QTest.keyClick(w, Qt.Key.Key_F5)
    return w


def take(window, number: str) -> None:
    QTest.keyClick(window, Qt.Key.Key_A, ALT)
    table = window.live.agenda.table
    table.selectRow(table.model().row_of(window.session.meeting.item_by_number(number).key))
    QTest.keyClick(table, Qt.Key.Key_Return)


def move(window, text, mover, seconder, kind="Motion") -> None:
    panel = window.live.motions
    QTest.keyClick(window, Qt.Key.Key_M, ALT)
    choose(panel.kind, kind)
    type_text(panel.text, text)
    choose(panel.mover, mover)
    choose(panel.seconder, seconder)
    QTest.keyClick(panel.text, Qt.Key.Key_Return, CTRL)


def show_of_hands(window, counts) -> None:
    def fill(dialog):
        for box, n in zip((dialog.for_, dialog.against, dialog.abstain), counts, strict=True):
            box.setValue(n)
        QTest.keyClick(dialog.for_, Qt.Key.Key_Return)

    in_dialog(ShowOfHandsDialog, fill)
    QTest.keyClick(window, Qt.Key.Key_F10)
    back_to(window)


def test_an_amendment_lost_and_a_tie_carried_by_the_chairs_casting_vote(window):
    clock = window.clock_for_test
    take(window, "5")
    move(window, "That Option B be agreed as the preferred option.", "Cllr Okafor", "Cllr Bellamy")
    # The seconder list offers only members who may take part: no officer, no one absent.
    seconders = [window.live.motions.seconder.itemText(i) for i in range(1, 9)]
    assert "Cllr Quayle" not in seconders and "Cllr Marsh" in seconders
    move(window, "That Option C be agreed instead.", "Cllr Gill", "Cllr Holroyd", "Amendment")
    clock.set(t("18:30"))
    show_of_hands(window, (2, 6, 0))  # on the amendment, the latest moved
    window.live.motions.list.setCurrentRow(0)  # back to the motion
    clock.set(t("18:31"))
    show_of_hands(window, (4, 4, 0))
    assert window.live.motions.list.item(0).text().endswith("lost 4–4–0")

    def cast_for(dialog):
        assert "Cllr Marsh, presiding" in dialog.labelText()
        dialog.setTextValue("for")
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    in_dialog(QInputDialog, cast_for)
    QTest.keyClick(window, Qt.Key.Key_F11, CTRL)
    back_to(window)
    item = saved_meeting(window).item_by_number("5")
    motion, amendment = item.motions
    assert amendment.kind is MotionKind.AMENDMENT and amendment.result is MotionResult.LOST
    assert motion.result is MotionResult.CARRIED
    assert (motion.vote.casting_vote, motion.vote.casting_side) == ("marsh", "for")
    assert item.resolution.parts == ("That Option B be agreed as the preferred option.",)
    assert window.live.resolution.parts.toPlainText() == motion.text
    assert window.warned == []
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)  # undo the casting vote: lost again
    assert saved_meeting(window).item_by_number("5").motions[0].result is MotionResult.LOST


def test_speaker_countdown_quorum_and_time_limits_from_the_settings(window, qtbot):
    clock, live = window.clock_for_test, window.live
    bar = live.formal_bar
    assert bar.quorum.text() == "Quorum 6 · 8 members in the room"
    take(window, "4")
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    type_text(live.speakers.name, "Ms Joan Hepworth")
    QTest.keyClick(live.speakers.name, Qt.Key.Key_Return)
    clock.set(t("18:06"))
    QTest.keyClick(window, Qt.Key.Key_F12)
    clock.set(t("18:08", 30))
    live.tick()
    assert live.speaker_timer.label.text() == "Ms Joan Hepworth: 0:30 left"
    assert live.speaker_timer.label.styleSheet() == WARN
    clock.set(t("18:09", 10))
    live.tick()
    assert live.speaker_timer.label.text() == "Ms Joan Hepworth: over by 0:10"
    assert live.speaker_timer.label.styleSheet() == ALARM
    QTest.keyClick(window, Qt.Key.Key_F12)
    speaker = saved_meeting(window).item_by_number("4").speakers[0]
    assert (speaker.started_at, speaker.ended_at) == (t("18:06"), t("18:09", 10))

    # Three members leave: five in the room, six needed.
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    table = live.attendance.table
    for pid in ("bellamy", "dunstan", "fairweather"):
        table.selectRow(table.model().row_of(pid))
        QTest.keyClick(table, "L")
    assert bar.inquorate.isVisible() and "5 of 6 needed" in bar.inquorate.text()

    # The item's own limit, and the meeting's hour with its warning ten minutes ahead.
    in_dialog(QInputDialog, lambda d: (d.setIntValue(10), QTest.keyClick(d, Qt.Key.Key_Return)))
    QTest.keyClick(window, Qt.Key.Key_T, CTRL)
    back_to(window)
    assert saved_meeting(window).item_by_number("4").time_limit_minutes == 10
    clock.set(t("18:52"))
    live.tick()
    assert "Item 4 limit 10 min" in bar.item_limit.text()
    assert bar.meeting_limit.text().startswith("TIME LIMIT SOON — Meeting limit 19:00")
    assert bar.continue_button.isVisible()

    def until_eight(dialog):
        type_text(dialog.findChild(type(live.speakers.name)), "20:00")
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    in_dialog(QInputDialog, until_eight)
    QTest.keyClick(window, Qt.Key.Key_T, CTRL | SHIFT)
    back_to(window)
    (c,) = saved_meeting(window).continuations
    assert (c.at, c.until) == (t("18:52"), t("20:00"))
    assert bar.meeting_limit.text() == "Meeting limit 20:00 · 68:00 left"
    assert not bar.continue_button.isVisible()


def test_w_and_r_in_the_attendance_list_record_a_withdrawal_and_return(window):
    clock, live = window.clock_for_test, window.live
    take(window, "6")
    clock.set(t("18:10"))
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    table = live.attendance.table
    model = table.model()
    table.selectRow(model.row_of("gill"))
    QTest.keyClick(table, "W")
    assert model.index(model.row_of("gill"), model.ATTENDANCE).data() == "out for item 6"
    assert live.formal_bar.quorum.text() == "Quorum 6 · 7 members in the room"
    clock.set(t("18:25"))
    table.selectRow(model.row_of("gill"))
    QTest.keyClick(table, "R")
    events = [(e.kind, e.at) for e in saved_meeting(window).presence if e.person == "gill"]
    assert events == [(PresenceKind.WITHDREW, t("18:10")), (PresenceKind.RETURNED, t("18:25"))]
    # A return without a withdrawal is refused with the rule's sentence.
    QTest.keyClick(table, "R")
    assert window.warned == ["Cllr Gill has not left the room for an interest at 18:25."]


def test_the_formal_keys_are_listed_in_help(window, qtbot):
    from PySide6.QtWidgets import QTableWidget

    from clerk.gui.shortcuts import ShortcutsDialog

    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    table = dialog.findChild(QTableWidget, "shortcutTable")
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Vote by show of hands"] == "F10"
    assert rows["Recorded vote"] == "F11"
    assert rows["Casting vote"] == "Ctrl+F11"
    assert rows["Exclude or readmit press and public"] == "Ctrl+Shift+X"
    assert rows["Motions"] == "Alt+M"
    assert "W (attendance list)" in rows.values()
    dialog.close()


def test_a_quorum_for_this_meeting_overrides_the_setting(window):
    def four(dialog):
        dialog.setIntValue(4)
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    action = next(a for a in window.findChildren(QAction) if a.text() == "&Quorum for this meeting")
    in_dialog(QInputDialog, four)
    action.trigger()
    back_to(window)
    assert saved_meeting(window).quorum.number == 4
    assert window.live.formal_bar.quorum.text() == "Quorum 4 · 8 members in the room"


def test_starting_without_a_quorum_says_so_before_it_starts(qtbot, db, monkeypatch):
    meeting = create_demo_meeting(db)
    repository.set_setting(db.engine, "formal.quorum", {"number": 6})
    w = MainWindow(db, ManualClock(datetime.combine(meeting.date, t("17:55").time())))
    qtbot.addWidget(w)
    w.show()
    back_to(w)
    w.open_meeting(meeting.id)
    asked = answer_questions(monkeypatch, yes=False)
    QTest.keyClick(w, Qt.Key.Key_P, ALT)
    w.live.attendance.table.selectRow(0)
    QTest.keyClick(w.live.attendance.table, "P")
    assert w.live.formal_bar.quorum.text() == "Quorum 6 · 1 member in the room"
    QTest.keyClick(w, Qt.Key.Key_F5)
    assert len(asked) == 1
    assert "Only 1 of the 6 members needed for a quorum is marked present" in asked[0]
    assert saved_meeting(w).started_at is None  # the clerk said No: not started
