"""The set-up view driven as a clerk would: keys and clicks, offscreen, on a real SQLite file."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from clerk.domain.model import Role
from clerk.gui.bridge import SessionBridge
from clerk.gui.setup_view import SetupView
from clerk.services.meetings import create_demo_meeting, import_record
from clerk.services.session import MeetingSession
from clerk.store import repository


def answer_next_dialog(button_text: str, seen: list | None = None) -> None:
    """Click ``button_text`` in the next modal dialog, as the clerk would."""

    def click():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, click)
            return
        if seen is not None:
            seen.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
        for button in box.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in the dialog")

    QTimer.singleShot(0, click)


@pytest.fixture
def setup(qtbot, db):
    meeting = create_demo_meeting(db)
    session = MeetingSession.open(db, meeting.id)
    bridge = SessionBridge(session)
    view = SetupView()
    qtbot.addWidget(view)
    view.set_session(session, bridge)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view, session, db


def saved(db, session):
    """The meeting as it is on disk, not as the session holds it."""
    return repository.load_meeting(db.engine, session.meeting.id)


def titles(meeting):
    return [it.title for it in meeting.items]


def test_insert_adds_an_item_after_the_selected_one_and_typing_saves_it(qtbot, setup):
    view, session, db = setup
    view.agenda.select(session.meeting.items[5].key)  # item 6
    view.agenda.table.setFocus()
    qtbot.keyClick(view.agenda.table, Qt.Key.Key_Insert)
    assert QApplication.focusWidget() is view.agenda.title
    qtbot.keyClicks(view.agenda.title, "Allotments Review")
    qtbot.keyClick(view.agenda.title, Qt.Key.Key_Tab)  # leaves the field: saved
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # kind: next in the list
    qtbot.keyClick(view.agenda.kind, Qt.Key.Key_Tab)
    view.agenda.pages.setFocus()
    qtbot.keyClicks(view.agenda.pages, "81-90")
    qtbot.keyClick(view.agenda.pages, Qt.Key.Key_Return)
    on_disk = saved(db, session)
    new = on_disk.items[6]
    assert (new.agenda_number, new.title, new.pages) == ("12", "Allotments Review", (81, 90))
    assert view.agenda.table.model().index(6, 1).data() == "Allotments Review"
    # Renumbering puts the agenda in order again.
    qtbot.mouseClick(view.agenda.renumber_button, Qt.MouseButton.LeftButton)
    assert [it.agenda_number for it in saved(db, session).items] == [str(i) for i in range(1, 13)]


def test_ctrl_arrows_reorder_items_and_undo_puts_them_back(qtbot, setup):
    view, session, db = setup
    before = titles(session.meeting)
    view.agenda.select(session.meeting.items[7].key)  # Work Plan
    view.agenda.table.setFocus()
    qtbot.keyClick(view.agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    moved = titles(saved(db, session))
    assert moved[5] == "Work Plan" and moved[6:8] == before[5:7]
    assert view.agenda.current_entity().title == "Work Plan"  # the selection follows it
    session.undo()
    session.undo()
    assert titles(saved(db, session)) == before
    assert view.agenda.table.model().index(7, 1).data() == "Work Plan"


def test_delete_asks_first(qtbot, setup):
    view, session, db = setup
    view.agenda.select(session.meeting.items[6].key)  # Garden Waste
    view.agenda.table.setFocus()
    asked: list = []
    answer_next_dialog("Cancel", asked)
    qtbot.keyClick(view.agenda.table, Qt.Key.Key_Delete)
    assert "Garden Waste Collection Charges" in asked[0]
    assert len(saved(db, session).items) == 11
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.agenda.table)
    answer_next_dialog("Remove")
    qtbot.keyClick(view.agenda.table, Qt.Key.Key_Delete)
    assert "Garden Waste Collection Charges 2027/28" not in titles(saved(db, session))
    assert view.agenda.current_entity().title == "Work Plan"


def test_add_a_substitute_for_a_member(qtbot, setup):
    view, session, db = setup
    people = view.people
    people.select("holroyd")
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_Insert)
    assert QApplication.focusWidget() is people.fields["surname"]
    qtbot.keyClicks(people.fields["surname"], "Varga")
    qtbot.keyClick(people.fields["surname"], Qt.Key.Key_Tab)
    people.fields["title"].setFocus()
    qtbot.keyClicks(people.fields["title"], "Councillor")
    qtbot.keyClick(people.fields["title"], Qt.Key.Key_Return)
    people.role.setCurrentIndex(people.role.findData(Role.SUBSTITUTE.value))
    people.role.activated.emit(people.role.currentIndex())
    assert people.replaces.isEnabled()
    people.replaces.setCurrentIndex(people.replaces.findData("gill"))
    people.replaces.activated.emit(people.replaces.currentIndex())
    on_disk = saved(db, session)
    new = next(p for p in on_disk.people if p.surname == "Varga")
    # Placed by role: among the substitutes, after the members, not after the selected row.
    roles = [p.role for p in on_disk.people]
    at = on_disk.people.index(new)
    assert all(r.is_member and r is not Role.SUBSTITUTE for r in roles[: at - 1])
    assert roles[at - 1] is Role.SUBSTITUTE
    assert (new.title, new.surname, new.role, new.substitute_for) == (
        "Councillor",
        "Varga",
        Role.SUBSTITUTE,
        "gill",
    )
    row = people.table.model().row_of(new.id)
    assert people.table.model().index(row, 3).data() == "Cllr Gill"


def test_a_new_chair_replaces_the_old_one(qtbot, setup):
    view, session, db = setup
    view.people.select("okafor")
    view.people.role.setCurrentIndex(view.people.role.findData(Role.CHAIR.value))
    view.people.role.activated.emit(view.people.role.currentIndex())
    roles = {p.id: p.role for p in saved(db, session).people}
    assert roles["okafor"] is Role.CHAIR and roles["marsh"] is Role.MEMBER


def test_reorder_and_remove_people(qtbot, setup):
    view, session, db = setup
    view.people.select("quayle")
    view.people.table.setFocus()
    qtbot.keyClick(view.people.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [p.id for p in saved(db, session).people][8:10] == ["moreno", "quayle"]
    answer_next_dialog("Remove")
    qtbot.mouseClick(view.people.remove_button, Qt.MouseButton.LeftButton)
    assert "quayle" not in {p.id for p in saved(db, session).people}


def test_meeting_details_are_saved_when_left(qtbot, setup):
    view, session, db = setup
    d = view.details
    d.venue.selectAll()
    qtbot.keyClicks(d.venue, "Committee Room 1")
    qtbot.keyClick(d.venue, Qt.Key.Key_Return)
    d.time.selectAll()
    qtbot.keyClicks(d.time, "1730")
    qtbot.keyClick(d.time, Qt.Key.Key_Return)
    m = saved(db, session)
    assert (m.venue, m.scheduled_time) == ("Committee Room 1", time(17, 30))
    assert d.time.text() == "17:30"


def test_a_refused_value_is_explained_and_the_field_goes_back(qtbot, setup):
    view, session, db = setup
    view.agenda.select(session.meeting.items[4].key)
    number = view.agenda.number
    number.selectAll()
    qtbot.keyClicks(number, "3")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert "already numbered 3" in view.message.text()
    assert number.text() == "5"
    assert saved(db, session).items[4].agenda_number == "5"
    view.agenda.pages.selectAll()
    qtbot.keyClicks(view.agenda.pages, "32-9")
    qtbot.keyClick(view.agenda.pages, Qt.Key.Key_Return)
    assert "after the last page" in view.message.text()
    assert view.agenda.pages.text() == "7–28"


def test_exempt_with_paragraph(qtbot, setup):
    view, session, db = setup
    view.agenda.select(session.meeting.items[6].key)
    qtbot.mouseClick(view.agenda.exempt, Qt.MouseButton.LeftButton)
    view.agenda.paragraph.setCurrentIndex(view.agenda.paragraph.findData(4))
    view.agenda.paragraph.activated.emit(view.agenda.paragraph.currentIndex())
    item = saved(db, session).items[6]
    assert (item.exempt, item.exempt_paragraph) == (True, 4)
    assert view.agenda.table.model().index(6, 5).data() == "Para 4"


def test_first_minute_number_is_proposed_from_the_previous_meeting(qtbot, db, demo_before):
    meeting = create_demo_meeting(db)
    session = MeetingSession.open(db, meeting.id)
    view = SetupView()
    qtbot.addWidget(view)
    view.set_session(session, SessionBridge(session))
    view.details.first_minute.setValue(0)
    view.details.first_minute.editingFinished.emit()
    assert saved(db, session).first_minute_number is None
    assert view.details.proposed.text() == "Proposed: 31"
    qtbot.mouseClick(view.details.use_proposed, Qt.MouseButton.LeftButton)
    assert saved(db, session).first_minute_number == 31
    assert not view.details.use_proposed.isEnabled()


@pytest.fixture
def demo_before(db):
    """A meeting of the demo body in November 2026 that used minutes 22 to 30."""
    from clerk.services.meetings import demo_record

    record = demo_record()
    record["date"] = "2026-11-10"
    for i, item in enumerate(record["items"][:9]):
        item["status"] = "taken"
        item["minute_number"] = 22 + i
    return import_record(db, record)


def test_every_field_is_reachable_with_tab_and_named(qtbot, setup):
    view, _, _ = setup
    inputs = [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox | QPlainTextEdit | QCheckBox)
        and w.isEnabled()
        and w.isVisible()
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]
    assert len(inputs) > 20
    assert all(w.accessibleName() for w in inputs), [w for w in inputs if not w.accessibleName()]
    view.details.body.setFocus()
    reached = set()
    widget = view.details.body
    for _ in range(200):
        reached.add(widget)
        view.focusNextChild()
        widget = QApplication.focusWidget()
        if widget is view.details.body:
            break
    missing = [w.accessibleName() for w in inputs if w not in reached]
    assert not missing


def test_save_as_standing_membership(qtbot, setup):
    from clerk.services import bodies

    view, session, db = setup
    qtbot.mouseClick(view.people.save_standing_button, Qt.MouseButton.LeftButton)
    assert "Saved 11 people" in view.message.text()  # twelve less the substitute
    body = bodies.body_of_meeting(db, session.meeting.id)
    standing = bodies.standing_membership(db, body.id)
    assert "lindqvist" not in {p.id for p in standing} and len(standing) == 11
    nxt = bodies.create_meeting(
        db, body.name, session.meeting.date.replace(year=2027), organisation=body.organisation
    )
    assert [p.id for p in nxt.people] == [p.id for p in standing]


def test_the_facts_house_styles_print_are_entered_in_set_up(qtbot, setup):
    """The meeting's type, apologies accepted and the public's count; a person's letters after the name, ward,
    reason for apologies, and attendance in part — typed and ticked, and saved."""
    view, session, db = setup
    d = view.details
    d.meeting_type.setFocus()
    qtbot.keyClicks(d.meeting_type, "Extraordinary")
    qtbot.keyClick(d.meeting_type, Qt.Key.Key_Return)
    d.apologies_accepted.setFocus()
    qtbot.keyClick(d.apologies_accepted, Qt.Key.Key_Space)
    d.public_count.setFocus()
    d.public_count.selectAll()
    qtbot.keyClicks(d.public_count, "8")
    qtbot.keyClick(d.public_count, Qt.Key.Key_Return)
    people = view.people
    people.select("okafor")
    for name, text in (
        ("post_nominals", "MBE"),
        ("ward", "Guildhall"),
        ("apology_reason", "work commitment"),
    ):
        people.fields[name].setFocus()
        qtbot.keyClicks(people.fields[name], text)
        qtbot.keyClick(people.fields[name], Qt.Key.Key_Return)
    people.flags["in_part"].setFocus()
    qtbot.keyClick(people.flags["in_part"], Qt.Key.Key_Space)
    m = saved(db, session)
    assert (m.meeting_type, m.apologies_accepted, m.public_count) == ("Extraordinary", True, 8)
    okafor = m.person("okafor")
    assert (okafor.post_nominals, okafor.ward, okafor.apology_reason, okafor.in_part) == (
        "MBE",
        "Guildhall",
        "work commitment",
        True,
    )
    # Shown back when the person is chosen again, and unticking saves.
    people.select("marsh")
    people.select("okafor")
    assert people.fields["ward"].text() == "Guildhall" and people.flags["in_part"].isChecked()
    qtbot.keyClick(people.flags["in_part"], Qt.Key.Key_Space)
    assert saved(db, session).person("okafor").in_part is False
