"""The agenda import preview: what the importer found, corrected by the clerk, then saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from clerk.agenda import AgendaImport
from clerk.domain.model import ItemKind, Role
from clerk.gui.agenda_import import AgendaImportDialog
from clerk.gui.models.record_rows import UNSURE_BRUSH
from clerk.services.meetings import import_record
from clerk.store import repository


def found() -> AgendaImport:
    """What a reader might make of a fictional council's agenda, with its doubts."""
    record = {
        "format": "clerk.meeting/1",
        "organisation": "Kestrel Vale District Council",
        "committee": "Environment and Housing Committee",
        "kind": "committee",
        "date": "2027-02-09",
        "scheduled_time": "18:00",
        "venue": "Council Chamber, Riverside House",
        "democracy_officer": {"name": "Priya Hallam", "phone": "(01632) 960418"},
        "people": [
            {"id": "marsh", "title": "Councillor", "surname": "Marsh", "role": "chair"},
            {"id": "okafor", "title": "Councillor", "surname": "Okafor", "role": "member"},
            {"id": "gill", "title": "Councillor", "surname": "Gill", "role": "member"},
        ],
        "items": [
            {"agenda_number": "1", "title": "Declarations of Interest", "kind": "declarations"},
            {"agenda_number": "2", "title": "Minutes", "kind": "minutes", "pages": [1, 6]},
            {
                "agenda_number": "3",
                "title": "Riverside Flood Defence Scheme",
                "kind": "other",
                "pages": [7, 28],
            },
            {
                "agenda_number": "4",
                "title": "Depot Relocation",
                "kind": "report",
                "pages": [29, 40],
                "exempt": True,
            },
        ],
    }
    return AgendaImport(
        record,
        notes=["No Vice-Chair was named in the membership."],
        unsure={
            "items[2].kind": "no kind recognised from the title",
            "people[1].role": "the membership list gives no roles",
            "items[3].exempt_paragraph": "exempt, but no paragraph given",
        },
    )


@pytest.fixture
def dialog(qtbot, db):
    d = AgendaImportDialog(db, found=found())
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitActive(d)
    return d


def edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Select a cell and type over it, as a clerk would (typing starts the editor)."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the edit is committed


def choose_in_cell(qtbot, table, row: int, col: int, label: str) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findText(label))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def test_unsure_cells_are_highlighted_with_the_reason(dialog):
    model = dialog.items_model
    kind = model.index(2, 2)
    assert kind.data() == "Other"
    assert kind.data(Qt.ItemDataRole.BackgroundRole) == UNSURE_BRUSH
    assert "no kind recognised" in kind.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "No Vice-Chair" in dialog.notes.text() and "3 value(s)" in dialog.notes.text()
    assert dialog.tabs.tabText(2) == "&Items (4)"


def test_correcting_values_before_saving(qtbot, db, dialog):
    dialog.tabs.setCurrentIndex(2)
    choose_in_cell(qtbot, dialog.items, 2, 2, "Report")
    assert dialog.items_model.index(2, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    edit_cell(qtbot, dialog.items, 2, 1, "Riverside Flood Defence Scheme - Phase 2")
    edit_cell(qtbot, dialog.items, 1, 3, "1-8")
    choose_in_cell(qtbot, dialog.items, 3, 6, "3")
    dialog.tabs.setCurrentIndex(1)
    choose_in_cell(qtbot, dialog.people, 1, 5, "Vice-Chair")
    dialog.tabs.setCurrentIndex(0)
    edit_cell(qtbot, dialog.details, 5, 1, "Committee Room 1")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    m = repository.load_meeting(db.engine, dialog.meeting_id)
    assert m.venue == "Committee Room 1" and m.date == date(2027, 2, 9)
    assert m.democracy_officer.name == "Priya Hallam"
    assert [(it.agenda_number, it.title, it.kind, it.pages) for it in m.items][1:3] == [
        ("2", "Minutes", ItemKind.MINUTES, (1, 8)),
        ("3", "Riverside Flood Defence Scheme - Phase 2", ItemKind.REPORT, (7, 28)),
    ]
    assert (m.items[3].exempt, m.items[3].exempt_paragraph) == (True, 3)
    assert m.person("okafor").role is Role.VICE_CHAIR


def test_a_bad_value_is_refused_in_the_cell(qtbot, dialog):
    dialog.tabs.setCurrentIndex(2)
    edit_cell(qtbot, dialog.items, 0, 3, "nine")
    assert "Pages are written like" in dialog.message.text()
    assert dialog.items_model.index(0, 3).data() == ""


def test_a_fault_found_on_saving_points_at_the_cell(qtbot, db, dialog):
    dialog.tabs.setCurrentIndex(2)
    edit_cell(qtbot, dialog.items, 3, 0, "2")  # two items numbered 2
    said = []

    def answer():
        box = QApplication.activeModalWidget()
        said.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Item 4, agenda_number" in said[0] and "used by another item" in said[0]
    assert dialog.isVisible() and dialog.meeting_id is None
    assert dialog.items.currentIndex().row() == 3 and dialog.items.currentIndex().column() == 0
    assert repository.list_meetings(db.engine) == []


def test_rows_can_be_added_and_removed_and_people_get_ids(qtbot, db, dialog):
    dialog.tabs.setCurrentIndex(1)
    dialog.people.setFocus()
    dialog.people.setCurrentIndex(dialog.people_model.index(2, 0))
    qtbot.keyClick(dialog.people, Qt.Key.Key_Insert)
    edit_cell(qtbot, dialog.people, 3, 3, "Varga")
    dialog.people.setCurrentIndex(dialog.people_model.index(0, 0))
    qtbot.keyClick(dialog.people, Qt.Key.Key_Delete)
    assert dialog.tabs.tabText(1) == "&People (3)"
    dialog.accept()
    m = repository.load_meeting(db.engine, dialog.meeting_id)
    assert [p.id for p in m.people] == ["okafor", "gill", "varga"]
    assert m.person("varga").title == "Councillor"


def test_a_known_body_gets_its_first_minute_proposed(qtbot, db):
    held = found().record | {
        "date": "2026-12-08",
        "items": [
            {
                "agenda_number": "1",
                "title": "Minutes",
                "kind": "minutes",
                "status": "taken",
                "minute_number": 30,
            }
        ],
    }
    import_record(db, held)
    d = AgendaImportDialog(db, found=found())
    qtbot.addWidget(d)
    row = d.details_model.row_of("first_minute_number")
    cell = d.details_model.index(row, 1)
    assert cell.data() == "31"
    assert "proposed" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_an_unreadable_file_is_explained(qtbot, db, tmp_path):
    said = []

    def answer():
        box = QApplication.activeModalWidget()
        said.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    d = AgendaImportDialog(db, path=tmp_path / "no-such-agenda.pdf")
    qtbot.addWidget(d)
    assert said and ("could not read this agenda" in said[0] or "cannot be opened" in said[0])
    assert not d.save_button.isEnabled()
