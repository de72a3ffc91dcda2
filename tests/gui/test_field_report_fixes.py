"""What got in the way of a clerk's first real meeting, each put right and held here: the window
driven by keys, offscreen, on a real SQLite file."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from clerk.domain.model import Attendance, ItemStatus, Role
from clerk.gui.bridge import SessionBridge
from clerk.gui.live.corrections import TimesDialog
from clerk.gui.main_window import MainWindow, file_stem
from clerk.gui.setup_view import SetupView
from clerk.minutes import compose, plain_text
from clerk.services.clock import ManualClock
from clerk.services.meetings import create_demo_meeting, import_record
from clerk.services.session import MeetingSession
from tests.gui.live_helpers import (
    agenda_state,
    answer_questions,
    arrival,
    back_to,
    in_dialog,
    press,
    saved_meeting,
    type_text,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def t(hhmm: str, day: int = 8) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2026, 12, day, int(h), int(m))


def open_window(qtbot, db, clock, meeting_id, size=(1366, 768)):
    w = MainWindow(db, clock)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    w.activateWindow()
    QTest.qWaitForWindowActive(w)
    w.open_meeting(meeting_id)
    return w


@pytest.fixture
def window(qtbot, db):
    meeting = create_demo_meeting(db)
    clock = ManualClock(t("18:00"))
    w = open_window(qtbot, db, clock, meeting.id)
    w.clock_for_test = clock
    return w


def register(window, keys: str = "PPPAPPPP") -> None:
    """The register from the top: the demo has Marsh, Okafor, Bellamy, Dunstan (apologies),
    Fairweather, Gill, Holroyd and Lindqvist (substitute for Dunstan)."""
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    table = window.live.attendance.table
    table.selectRow(0)
    for key in keys:
        QTest.keyClick(table, key)


def started(window, monkeypatch) -> list[str]:
    asked = answer_questions(monkeypatch)
    register(window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    return asked


# -- bugs ------------------------------------------------------------------------------------


def test_a_substitute_takes_the_seat_of_the_member_they_replace(window, monkeypatch):
    started(window, monkeypatch)
    bar = window.live.clock_bar.present.text()
    # Seven members (Dunstan sent apologies, Lindqvist sits in for him): 7 of 7, not 7 of 8.
    assert bar == "Members present\n7 of 7"
    assert window.live.attendance.count.text().startswith("Members present: 7 of 7")


def test_the_first_minute_from_the_pack_is_kept_and_the_proposal_says_why(qtbot, db, york_record):
    record = agenda_state(york_record)
    record["first_minute_number"] = 17  # as the importer reads it from the previous minutes
    meeting = import_record(db, record)
    session = MeetingSession.open(db, meeting.id)
    view = SetupView()
    qtbot.addWidget(view)
    view.set_session(session, SessionBridge(session))
    details = view.details
    assert details.first_minute.value() == 17
    assert "Proposed: 1" not in details.proposed.text()
    assert not details.use_proposed.isEnabled()
    assert "No earlier meeting of this body in Clerk" in details.proposed.toolTip()


def test_deferring_an_item_not_yet_taken_says_how_its_minute_differs(window, monkeypatch):
    started(window, monkeypatch)
    table = window.live.agenda.table
    table.selectRow(5)  # item 6, pending
    asked = answer_questions(monkeypatch, yes=False)
    QTest.keyClick(window, Qt.Key.Key_D, CTRL)
    assert asked and "has not been taken" in asked[0] and "take the item (F6)" in asked[0]
    assert saved_meeting(window).items[5].status is ItemStatus.PENDING
    answer_questions(monkeypatch, yes=True)
    QTest.keyClick(window, Qt.Key.Key_D, CTRL)
    assert saved_meeting(window).items[5].status is ItemStatus.DEFERRED


# -- choosing members ------------------------------------------------------------------------


def test_every_member_picker_takes_a_surname(window, monkeypatch):
    started(window, monkeypatch)
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_D, ALT)
    member = live.declarations.member
    QTest.keyClicks(member, "gi")
    assert member.currentText() == "Cllr Gill"
    QTest.qWait(1100)  # a pause starts a new search
    QTest.keyClicks(member, "Cllr F")
    assert member.currentText() == "Cllr Fairweather"
    QTest.keyClick(window, Qt.Key.Key_F7)  # a taken item: the motions tab opens for it
    QTest.keyClick(window, Qt.Key.Key_M, ALT)
    QTest.keyClick(window, Qt.Key.Key_O, ALT)
    assert QApplication.focusWidget() is live.motions.mover
    QTest.keyClicks(live.motions.mover, "hol")
    assert live.motions.mover.currentText() == "Cllr Holroyd"
    QTest.keyClick(window, Qt.Key.Key_B, ALT)  # the seconder has its own key
    assert QApplication.focusWidget() is live.motions.seconder
    QTest.keyClicks(live.motions.seconder, "ok")
    assert live.motions.seconder.currentText() == "Cllr Okafor"


def test_declarations_list_members_present_first_and_choose_no_kind(window, monkeypatch):
    started(window, monkeypatch)
    panel = window.live.declarations
    names = [panel.member.itemText(i) for i in range(panel.member.count())]
    assert names.index("Cllr Dunstan") > names.index("Cllr Holroyd")  # apologies come last
    assert panel.kind.currentData() is None
    QTest.keyClick(window, Qt.Key.Key_D, ALT)
    type_text(panel.items, "5")
    type_text(panel.nature, "a governor of a school named in the report")
    QTest.keyClick(panel.nature, Qt.Key.Key_Return)  # a hurried Enter
    assert saved_meeting(window).declarations == ()
    assert "kind" in panel.problem.text()


# -- motions ---------------------------------------------------------------------------------


def test_ctrl_enter_moves_the_motion_from_anywhere_in_the_tab(window, monkeypatch):
    started(window, monkeypatch)
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_M, ALT)
    type_text(live.motions.text, "That the report be noted.")
    QTest.keyClick(window, Qt.Key.Key_O, ALT)
    QTest.keyClicks(live.motions.mover, "Ma")
    QTest.keyClick(window, Qt.Key.Key_B, ALT)
    QTest.keyClicks(live.motions.seconder, "Be")
    QTest.keyClick(live.motions.seconder, Qt.Key.Key_Return, CTRL)
    motions = saved_meeting(window).item(live.motions.item.key).motions
    assert [m.text for m in motions] == ["That the report be noted."]
    line = live.motions.list.item(0).text()
    assert "not yet voted on" in line and "before the meeting" not in line


# -- the small screen ------------------------------------------------------------------------


def test_at_1366_by_768_every_tab_shows_and_the_speaker_clock_runs_in_the_band(window, monkeypatch):
    live = window.live
    bar = live.tabs.tabBar()
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width() and bar.tabText(bar.count() - 1) == "Interests"
    started(window, monkeypatch)
    for _ in range(4):
        QTest.keyClick(window, Qt.Key.Key_F7)  # item 4, public participation
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    type_text(live.speakers.name, "Ms Rowe\n")
    QTest.keyClick(window, Qt.Key.Key_F12)
    window.clock_for_test.set(datetime(2026, 12, 8, 18, 1, 15))
    QTest.keyClick(window, Qt.Key.Key_N, ALT)  # another tab: the countdown stays in sight
    live.tick()
    band = live.clock_bar.speaker
    assert band.isVisible()
    assert band.text() == "Speaker Ms Rowe: 1:45 left"


# -- actions ---------------------------------------------------------------------------------


def test_enter_in_any_field_adds_the_action_with_its_owner_shown(window, monkeypatch):
    started(window, monkeypatch)
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_C, ALT)
    panel = live.actions_panel
    type_text(panel.text, "Circulate the flood map to members")
    QTest.keyClick(window, Qt.Key.Key_O, ALT)
    editor = panel.owner.lineEdit()
    type_text(editor, "Moreno")
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # close the suggestions, as a clerk would
    QTest.keyClick(editor, Qt.Key.Key_Return)
    actions = saved_meeting(window).actions
    assert [(a.text, a.owner) for a in actions] == [
        ("Circulate the flood map to members", "moreno")
    ]
    assert "owner: Ana Moreno" in panel.list.item(0).text()


# -- single-letter keys ----------------------------------------------------------------------


def test_each_attendance_mark_is_echoed_and_a_change_asks(window, monkeypatch):
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    table = live.attendance.table
    table.selectRow(0)
    QTest.keyClick(table, "P")
    assert live.attendance.echo.text() == "Cllr Marsh: present — Ctrl+Z undoes"
    table.selectRow(0)
    asked = answer_questions(monkeypatch, yes=False)
    QTest.keyClick(table, "A")  # a stray letter on someone already marked
    assert asked and "already marked present" in asked[0]
    assert saved_meeting(window).person("marsh").attendance is Attendance.PRESENT


# -- confirmations ---------------------------------------------------------------------------


def test_start_with_no_one_present_or_on_another_day_asks(qtbot, db, monkeypatch):
    meeting = create_demo_meeting(db)
    clock = ManualClock(t("18:00", day=9))  # the day after the meeting's date
    window = open_window(qtbot, db, clock, meeting.id)
    asked = answer_questions(monkeypatch, yes=False)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert saved_meeting(window).started_at is None
    assert "today is" in asked[0] and "No member is marked present" in asked[0]


def test_closing_with_shift_f5_asks(window, monkeypatch):
    started(window, monkeypatch)
    asked = answer_questions(monkeypatch, yes=False)
    QTest.keyClick(window, Qt.Key.Key_F5, SHIFT)
    assert saved_meeting(window).finished_at is None
    assert asked[0].startswith("Close the meeting at 18:00?")


# -- correcting stamped times ----------------------------------------------------------------


def test_stamped_times_are_corrected_in_place_undoably_and_the_minutes_follow(
    window, monkeypatch, qtbot
):
    started(window, monkeypatch)
    live, clock = window.live, window.clock_for_test
    QTest.keyClick(window, Qt.Key.Key_F7)  # item 1 at 18:00
    clock.set(t("18:04"))
    QTest.keyClick(window, Qt.Key.Key_F7)  # item 2 at 18:04, pressed late: it began 18:02
    table = live.agenda.table
    table.setFocus()
    table.setCurrentIndex(live.agenda.model.index(1, live.agenda.model.STARTED))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "18:04"
    editor.selectAll()
    type_text(editor, "18:02")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the cell is committed on the next loop turn
    qtbot.waitUntil(lambda: window.session.meeting.items[1].started_at == t("18:02"))
    item = saved_meeting(window).items[1]
    assert item.started_at == t("18:02")
    minutes = plain_text(compose(saved_meeting(window)))
    assert "Declarations of Interest (18:02)" in minutes
    assert window.undo_action.text() == "&Undo Correct the times of item 2"

    # A late arrival stamped 18:12, who came in at 18:10.
    clock.set(t("18:12"))
    answer_questions(monkeypatch, yes=True)
    att = live.attendance.table
    row = live.attendance.model.row_of("dunstan")
    att.setFocus()
    att.selectRow(row)
    QTest.keyClick(att, "P")  # came after all
    att.setCurrentIndex(live.attendance.model.index(row, 2))
    QTest.keyClick(att, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "18:10")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: arrival(window.session.meeting, "dunstan") == t("18:10"))
    assert arrival(saved_meeting(window), "dunstan") == t("18:10")

    # The meeting's own start, in the dialog of Meeting ▸ Correct times.
    def correct(dialog):
        field = dialog.fields["meeting_start"]
        field.selectAll()
        type_text(field, "17:59")
        dialog.accept()

    in_dialog(TimesDialog, correct)
    QTest.keyClick(window, Qt.Key.Key_F5, CTRL | SHIFT)
    back_to(window)
    assert saved_meeting(window).started_at == t("17:59")
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert saved_meeting(window).started_at == t("18:00")


def test_a_time_that_contradicts_the_record_is_refused(window, monkeypatch):
    started(window, monkeypatch)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_F7)
    live.agenda.model.setData(live.agenda.model.index(0, live.agenda.model.STARTED), "17:30")
    assert saved_meeting(window).items[0].started_at == t("18:00")
    assert "before the meeting started at 18:00" in warned[-1]
    live.agenda.model.setData(live.agenda.model.index(0, live.agenda.model.STARTED), "half six")
    assert "is not a time" in warned[-1]


# -- set-up ----------------------------------------------------------------------------------


def test_people_added_in_setup_are_placed_by_role(window):
    window.show_view(window.SETUP)
    people = window.setup.people
    people.select("moreno")  # an officer
    people.table.setFocus()
    QTest.keyClick(people.table, Qt.Key.Key_Insert)
    roles = [p.role for p in saved_meeting(window).people]
    assert roles[-1] is Role.OFFICER  # among the officers, at their end
    people.select("marsh")  # the Chair, at the top
    people.table.setFocus()
    QTest.keyClick(people.table, Qt.Key.Key_Insert)
    on_disk = saved_meeting(window).people
    new = on_disk.index(next(p for p in on_disk if p.id == people.current_key()))
    assert on_disk[new].role is Role.MEMBER
    assert on_disk[new - 1].id == "holroyd"  # after the last member, before the substitute
    assert on_disk[new + 1].role is Role.SUBSTITUTE


def test_alt_t_is_left_to_the_meeting_menu_in_setup(window):
    window.show_view(window.SETUP)
    menus = {
        a.text()[a.text().index("&") + 1].lower()
        for a in window.menuBar().actions()
        if "&" in a.text()
    }
    assert "t" in menus
    clashes = []
    for label in window.setup.findChildren(QLabel):
        text = label.text()
        if label.buddy() is not None and "&" in text:
            letter = text[text.index("&") + 1].lower()
            if letter in menus:
                clashes.append(text)
    assert clashes == []
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    assert QApplication.focusWidget() is window.setup.details.time


def test_the_speakers_summary_takes_several_lines(window, monkeypatch):
    started(window, monkeypatch)
    live = window.live
    for _ in range(4):
        QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    type_text(live.speakers.name, "Mr Ellis")
    QTest.keyClick(live.speakers.summary, Qt.Key.Key_Tab)
    live.speakers.summary.setFocus()
    type_text(live.speakers.summary, "Spoke against the scheme.\nAsked for a site visit.")
    QTest.keyClick(live.speakers.summary, Qt.Key.Key_Return, CTRL)
    speaker = saved_meeting(window).items[3].speakers[0]
    assert speaker.summary == "Spoke against the scheme.\nAsked for a site visit."


# -- files -----------------------------------------------------------------------------------


def test_the_suggested_file_name_has_whole_words_and_single_hyphens():
    name = "Children, Education and Communities Policy and Scrutiny Committee - Commissioned Slot"
    assert file_stem(name) == "children-education-and-communities"
    assert file_stem("Planning  Committee (East)") == "planning-committee-east"
    assert file_stem("—") == "meeting"


# -- the agenda list and the notes -----------------------------------------------------------


def test_agenda_rows_fit_their_titles_when_the_meeting_opens_before_the_window(qtbot, db):
    meeting = create_demo_meeting(db)
    w = MainWindow(db, ManualClock(t("18:00")))
    qtbot.addWidget(w)
    w.open_meeting(meeting.id)  # as after a restart: before the window is shown
    w.resize(1366, 768)
    w.show()
    QTest.qWaitForWindowExposed(w)
    table = w.live.agenda.table
    qtbot.wait(50)
    shown = [table.rowHeight(r) for r in range(table.model().rowCount())]
    table.resizeRowsToContents()
    assert shown == [table.rowHeight(r) for r in range(table.model().rowCount())]


def test_after_redo_the_cursor_is_after_the_restored_text(window, monkeypatch, qtbot):
    started(window, monkeypatch)
    QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    editor = window.live.notes.editor
    type_text(editor, "Members noted the report.")
    qtbot.waitUntil(lambda: not window.live.notes.autosave.dirty, timeout=2000)
    press(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == ""
    press(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.toPlainText() == "Members noted the report."
    assert editor.textCursor().position() == len("Members noted the report.")


# -- importing an agenda ---------------------------------------------------------------------


def test_the_import_dialog_reads_a_typed_path_and_finds_a_second_copy(qtbot, db, seed_agenda_path):
    from clerk.gui.agenda_import import AgendaImportDialog
    from clerk.services.meetings import list_meetings

    dialog = AgendaImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    assert QApplication.focusWidget() is dialog.file and not dialog.file.isReadOnly()
    type_text(dialog.file, str(seed_agenda_path))
    QTest.keyClick(dialog.file, Qt.Key.Key_Return)  # reads the file, does not save yet
    assert dialog.found is not None and dialog.isVisible()
    assert dialog.save_button.isEnabled() and list_meetings(db) == []
    dialog.accept()
    first = dialog.meeting_id
    assert first is not None

    again = AgendaImportDialog(db, path=seed_agenda_path)
    qtbot.addWidget(again)
    seen = []

    def open_it(box):
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == "Open it").click()

    in_dialog(QMessageBox, open_it)
    again.accept()
    assert "already in Clerk" in seen[0]
    assert again.meeting_id == first and len(list_meetings(db)) == 1
