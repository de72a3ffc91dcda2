"""The meeting of 20 February 2023 clerked end to end by keyboard at 1366×768, as in the field
report that found the frictions fixed in ``test_field_report_fixes``: the agenda pack imported
by typing its path, a substitute added in Set-up, the register with an apology and a late
arrival (its time corrected), two declarations (one member leaving the room), a public speaker,
notes, a motion with a recorded vote, a two-part resolution, an exempt item, a deferral, an
action, the close; the minutes exported and read back; the same agenda imported again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from clerk.domain.model import Attendance, ItemStatus, MotionResult, Role
from clerk.gui.agenda_import import AgendaImportDialog
from clerk.gui.live.exclusion import ExclusionDialog
from clerk.gui.live.votes import RecordedVoteDialog
from clerk.gui.main_window import MainWindow
from clerk.services.clock import ManualClock
from clerk.services.meetings import list_meetings
from tests.gui.live_helpers import (
    arrival,
    back_to,
    choose,
    in_dialog,
    saved_meeting,
    type_text,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def t(hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2023, 2, 20, int(h), int(m))


def key(window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window, k, modifier)


def import_by_typing(qtbot, window, path: Path, then) -> None:
    def act(dialog):
        try:
            assert dialog.focusWidget() is dialog.file  # a path can be typed at once
            type_text(dialog.file, str(path))
            QTest.keyClick(dialog.file, Qt.Key.Key_Return)
            then(dialog)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test waiting
                dialog.reject()

    in_dialog(AgendaImportDialog, act)
    key(window, Qt.Key.Key_I, CTRL)
    back_to(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_the_field_reports_meeting_clerked_by_keyboard(
    qtbot, db, seed_agenda_path, tmp_path, monkeypatch
):
    asked: list[str] = []

    def question(parent, title, text, *args, **kw):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    clock = ManualClock(t("17:10"))
    window = MainWindow(db, clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    live = window.live

    # -- before: the agenda pack imported by typing its path ---------------------------------
    import_by_typing(qtbot, window, seed_agenda_path, lambda dialog: dialog.accept())
    meeting = saved_meeting(window)
    assert meeting.first_minute_number == 26
    assert window.views.currentIndex() == window.LIVE

    key(window, Qt.Key.Key_2, CTRL)  # Set-up
    details = window.setup.details
    assert "Proposed: 1" not in details.proposed.text()  # 26 stands: Clerk knows no earlier
    assert not details.use_proposed.isEnabled()

    # A substitute for Cllr Heaton, added by keys: placed with the substitutes, not after
    # whoever was selected.
    people = window.setup.people
    people.select("daubeney")
    people.table.setFocus()
    key(people.table, Qt.Key.Key_Insert)
    type_text(people.fields["surname"], "Mason")
    people.fields["title"].setFocus()
    type_text(people.fields["title"], "Councillor\n")
    choose(people.role, "Substitute")
    people.role.activated.emit(people.role.currentIndex())
    people.replaces.setFocus()
    QTest.keyClicks(people.replaces, "hea")
    on_disk = saved_meeting(window).people
    mason = next(p for p in on_disk if p.surname == "Mason")
    assert (mason.role, mason.substitute_for) == (Role.SUBSTITUTE, "heaton")
    assert on_disk.index(mason) == len([p for p in on_disk if p.role.is_member]) - 1

    # Item 5 is taken in private.
    agenda = window.setup.agenda
    agenda.select(saved_meeting(window).item_by_number("5").key)
    agenda.exempt.setChecked(True)
    agenda.paragraph.setCurrentIndex(agenda.paragraph.findData(1))
    agenda.paragraph.activated.emit(agenda.paragraph.currentIndex())

    # -- the register: Heaton's apology, Orrell not yet here ---------------------------------
    key(window, Qt.Key.Key_3, CTRL)
    key(window, Qt.Key.Key_P, ALT)
    table = live.attendance.table
    model = table.model()
    for pid, mark in (
        ("daubeney", "P"),
        ("webb", "P"),
        ("baker", "P"),
        ("fitzpatrick", "P"),
        ("heaton", "A"),
        ("hollyer", "P"),
        ("waller", "P"),
        (mason.id, "P"),
    ):
        table.selectRow(model.row_of(pid))
        QTest.keyClick(table, mark)
        assert live.attendance.echo.text().endswith("Ctrl+Z undoes")
    assert asked == []  # no one marked twice
    clock.set(t("17:30"))
    key(window, Qt.Key.Key_F5)
    assert asked == []  # the meeting's own day, members present: nothing to ask
    assert live.clock_bar.present.text() == "Members present\n7 of 8"

    # -- 26. Declarations: two, typed by surname --------------------------------------------
    key(window, Qt.Key.Key_F7)
    panel = live.declarations
    for who, kind, items, nature in (
        ("web", "other registerable", "5", "as a governor of a school named in the report"),
        ("fitz", "disclosable pecuniary", "4", "as her employer provides the service"),
    ):
        key(window, Qt.Key.Key_D, ALT)
        QTest.keyClicks(panel.member, who)
        QTest.qWait(1100)  # the next name typed starts a new search
        choose(panel.kind, kind)
        type_text(panel.items, items)
        type_text(panel.nature, nature + "\n")
    declared = saved_meeting(window).declarations
    assert [(d.person, d.kind.value) for d in declared] == [
        ("webb", "other_registerable"),
        ("fitzpatrick", "disclosable_pecuniary"),
    ]

    # Cllr Orrell arrives during item 26; the P was pressed a minute late.
    clock.set(t("17:36"))
    key(window, Qt.Key.Key_P, ALT)
    row = model.row_of("orrell")
    table.selectRow(row)
    QTest.keyClick(table, "P")
    table.setCurrentIndex(model.index(row, model.ATTENDANCE))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "17:35\n")
    qtbot.waitUntil(lambda: arrival(window.session.meeting, "orrell") == t("17:35"))
    assert live.clock_bar.present.text() == "Members present\n8 of 8"

    # -- 27. Minutes; 28. Public Participation with a speaker on the clock -------------------
    clock.set(t("17:38"))
    key(window, Qt.Key.Key_F7)
    clock.set(t("17:40"))
    key(window, Qt.Key.Key_F7)
    key(window, Qt.Key.Key_S, ALT)
    type_text(live.speakers.name, "Ms Clarke")
    live.speakers.capacity.setFocus()
    type_text(live.speakers.capacity, "a parent")
    live.speakers.summary.setFocus()
    type_text(live.speakers.summary, "Spoke on waiting times for assessments.\nAsked for")
    type_text(live.speakers.summary, " a termly update.")
    QTest.keyClick(live.speakers.summary, Qt.Key.Key_Return, CTRL)
    key(window, Qt.Key.Key_F12)
    clock.set(datetime(2023, 2, 20, 17, 42, 20))
    key(window, Qt.Key.Key_N, ALT)
    live.tick()
    assert live.clock_bar.speaker.text() == "Speaker Ms Clarke: 0:40 left"
    key(window, Qt.Key.Key_F12)
    live.tick()
    assert not live.clock_bar.speaker.isVisible()

    # -- 29. Item 4: Fitzpatrick leaves; notes, a motion, a recorded vote, two parts ---------
    clock.set(t("17:45"))
    key(window, Qt.Key.Key_F7)
    assert any("Fitzpatrick" in q for q in asked)  # asked out for her interest
    key(window, Qt.Key.Key_N, ALT)
    type_text(live.notes.editor, "Officers presented the revisit findings.")
    key(window, Qt.Key.Key_M, ALT)
    type_text(live.motions.text, "That the report be noted.")
    key(window, Qt.Key.Key_O, ALT)
    QTest.keyClicks(live.motions.mover, "wal")
    key(window, Qt.Key.Key_B, ALT)
    QTest.keyClicks(live.motions.seconder, "hol")
    QTest.keyClick(live.motions.seconder, Qt.Key.Key_Return, CTRL)
    assert "not yet voted on" in live.motions.list.item(0).text()

    def mark(dialog):
        for letter in "F" * len(dialog.members):
            QTest.keyClick(dialog.table, letter)
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)

    in_dialog(RecordedVoteDialog, mark)
    key(window, Qt.Key.Key_F11)
    back_to(window)
    key(window, Qt.Key.Key_R, ALT)
    live.resolution.parts.selectAll()
    type_text(live.resolution.parts, "That the report be noted.\nThat a further update come")
    type_text(live.resolution.parts, " in six months.")
    live.resolution.reason.setFocus()
    type_text(live.resolution.reason, "To keep the Committee informed.")
    live.flush()
    item4 = saved_meeting(window).item_by_number("4")
    assert item4.motions[0].result is MotionResult.CARRIED
    assert len(item4.resolution.parts) == 2

    # An action with its owner, added by Enter in the owner field.
    key(window, Qt.Key.Key_C, ALT)
    type_text(live.actions_panel.text, "Report back on assessment waiting times")
    key(window, Qt.Key.Key_O, ALT)
    type_text(live.actions_panel.owner.lineEdit(), "Webb")
    QTest.keyClick(live.actions_panel.owner.lineEdit(), Qt.Key.Key_Escape)
    QTest.keyClick(live.actions_panel.owner.lineEdit(), Qt.Key.Key_Return)
    assert saved_meeting(window).actions[0].owner == "webb"
    assert "owner: " in live.actions_panel.list.item(0).text()

    # -- 30. Item 5 in private; the Work Plan deferred untaken; 31. Urgent Business ----------
    clock.set(t("18:20"))
    in_dialog(ExclusionDialog, lambda dialog: dialog.accept())  # press and public excluded
    key(window, Qt.Key.Key_F7)
    back_to(window)
    clock.set(t("18:40"))
    key(window, Qt.Key.Key_A, ALT)
    live.agenda.table.selectRow(5)  # item 6, Work Plan, not taken
    before = len(asked)
    key(window, Qt.Key.Key_D, CTRL)
    assert "has not been taken" in asked[before]
    key(window, Qt.Key.Key_F7)  # the next item still to take: 7
    clock.set(t("18:45"))
    before = len(asked)
    key(window, Qt.Key.Key_F5, SHIFT)
    assert asked[before].startswith("Close the meeting at 18:45?")

    done = saved_meeting(window)
    assert done.finished_at == t("18:45")
    assert done.item_by_number("6").status is ItemStatus.DEFERRED
    assert [(it.agenda_number, it.minute_number) for it in done.taken_items] == [
        ("1", 26),
        ("2", 27),
        ("3", 28),
        ("4", 29),
        ("5", 30),
        ("7", 31),
    ]
    assert done.person("heaton").attendance is Attendance.APOLOGIES

    # -- after: the draft minutes, under a name of whole words ----------------------------
    suggested = []
    out = tmp_path / "minutes.docx"

    def save_as(parent, title, name, *args, **kw):
        suggested.append(Path(name).name)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    key(window, Qt.Key.Key_E, CTRL)
    assert suggested == ["children-education-and-communities-2023-02-20.docx"]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    tables = "\n".join(c.text for tb in docx.Document(str(out)).tables for c in tb._cells)
    assert "Mason (Substitute for Cllr Heaton)" in tables
    assert "26. Declarations of Interest (17:30)" in text
    assert "Cllr Orrell joined the meeting at 5.35 pm." in text  # the corrected time
    assert "left the room during consideration of that item" in text
    assert "Ms Clarke, a parent spoke." in text
    assert "A recorded vote was taken: For: Councillors" in text
    assert "i.\tThat the report be noted.\nii.\tThat a further update come in six months." in text
    assert "30. Ofsted Action Plan, Children in Care and Workforce (18:20)" in text
    # Deferred before being taken: minuted in its agenda place with the deferral resolution.
    assert "31. Work Plan\nResolved: That the item be deferred.\n32. Urgent Business" in text
    assert "[The meeting started at 5.30 pm and finished at 6.45 pm]." in text

    # -- the same agenda imported again: it says so and opens the meeting -------------------
    def open_it(dialog):
        def click(box):
            next(b for b in box.buttons() if b.text().replace("&", "") == "Open it").click()

        in_dialog(QMessageBox, click)
        dialog.accept()

    import_by_typing(qtbot, window, seed_agenda_path, open_it)
    assert len(list_meetings(db)) == 1
    assert window.session.meeting.id == done.id
